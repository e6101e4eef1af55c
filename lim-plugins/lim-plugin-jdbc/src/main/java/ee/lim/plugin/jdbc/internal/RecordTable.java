package ee.lim.plugin.jdbc.internal;

import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseRecord;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.NetworkMeeting;
import ee.lim.spi.coordination.Referral;
import ee.lim.spi.coordination.SupportPlan;
import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The table of each type of case record, with the columns kept beside the JSON body. */
// The column lists are List.of(...) and so unmodifiable; the checker sees only the List type.
@SuppressWarnings("ImmutableEnumChecker")
public enum RecordTable {
    /** Cases. */
    CASE(Case.class, "lim_case", List.of("state")),
    /** Support plans. */
    SUPPORT_PLAN(SupportPlan.class, "lim_support_plan", List.of("case_id")),
    /** Network meetings. */
    NETWORK_MEETING(NetworkMeeting.class, "lim_network_meeting", List.of("case_id")),
    /** Referrals. */
    REFERRAL(Referral.class, "lim_referral", List.of("case_id", "status", "respond_by")),
    /** Consents. */
    CONSENT(Consent.class, "lim_consent", List.of());

    private final Class<? extends CaseRecord> type;
    private final String table;
    private final List<String> extraColumns;

    RecordTable(Class<? extends CaseRecord> type, String table, List<String> extraColumns) {
        this.type = type;
        this.table = table;
        this.extraColumns = extraColumns;
    }

    /**
     * Returns the table of a record type.
     *
     * @param type the record type
     * @return the table
     */
    public static RecordTable of(Class<?> type) {
        for (RecordTable candidate : values()) {
            if (candidate.type.equals(type)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("not a case record type: " + type.getName());
    }

    /**
     * Returns the record type.
     *
     * @return the type
     */
    public Class<? extends CaseRecord> type() {
        return type;
    }

    /**
     * Returns the table name.
     *
     * @return the name
     */
    public String table() {
        return table;
    }

    /**
     * Returns the SQL that inserts a row: id, student_key, version, the extra columns, body.
     *
     * @return the statement
     */
    public String insertSql() {
        List<String> columns = new ArrayList<>(List.of("id", "student_key", "version"));
        columns.addAll(extraColumns);
        columns.add("body");
        return "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList())
                + ")";
    }

    /**
     * Returns the SQL that updates a row if its version matches: the extra columns, body and the
     * new version are set; the id and the expected version are the last two parameters.
     *
     * @return the statement
     */
    public String updateSql() {
        List<String> sets = new ArrayList<>();
        sets.add("version = ?");
        for (String column : extraColumns) {
            sets.add(column + " = ?");
        }
        sets.add("body = ?");
        return "UPDATE "
                + table
                + " SET "
                + String.join(", ", sets)
                + " WHERE id = ? AND version = ?";
    }

    /**
     * Returns the values of the extra columns of a record.
     *
     * @param record the record, of this table's type
     * @return the values in column order, each a {@link String}, a {@link Date} or a {@link
     *     Types#DATE}-typed {@code null}
     */
    public List<Object> extraValues(CaseRecord record) {
        List<Object> values = new ArrayList<>();
        switch (this) {
            case CASE -> values.add(((Case) record).state().name());
            case SUPPORT_PLAN -> values.add(((SupportPlan) record).caseId());
            case NETWORK_MEETING -> values.add(((NetworkMeeting) record).caseId());
            case REFERRAL -> {
                Referral referral = (Referral) record;
                values.add(referral.caseId());
                values.add(referral.status().name());
                values.add(
                        referral.respondBy() == null ? null : Date.valueOf(referral.respondBy()));
            }
            case CONSENT -> {}
        }
        return values;
    }
}
