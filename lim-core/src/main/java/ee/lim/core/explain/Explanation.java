package ee.lim.core.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskBand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The explanation of one risk assessment in one language: a summary sentence and the reasons,
 * raised indicators first (high before watch, the furthest past its threshold first), then the
 * model contributions that raised the risk, largest first. The texts hold no student key: the
 * caller shows them next to the student.
 *
 * @param student the student the assessment is about; never {@code null}
 * @param asOf the as-of date; never {@code null}
 * @param band the overall band; never {@code null}
 * @param locale the language of the texts; never {@code null}
 * @param summary the summary sentence; never {@code null}
 * @param reasons the reasons in order; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Explanation(
        StudentKey student,
        LocalDate asOf,
        RiskBand band,
        Locale locale,
        String summary,
        List<Reason> reasons) {
    /**
     * Creates the record, copying the list.
     *
     * @param student the student; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @param band the band; never {@code null}
     * @param locale the locale; never {@code null}
     * @param summary the summary; never {@code null}
     * @param reasons the reasons; never {@code null}
     * @throws NullPointerException if a field is {@code null}
     */
    public Explanation {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(summary, "summary");
        reasons = List.copyOf(reasons);
    }

    /**
     * Returns the summary followed by one sentence per reason.
     *
     * @return the sentences, in order
     */
    public List<String> sentences() {
        List<String> sentences = new ArrayList<>(reasons.size() + 1);
        sentences.add(summary);
        for (Reason reason : reasons) {
            sentences.add(reason.text());
        }
        return sentences;
    }
}
