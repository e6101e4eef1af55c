package ee.lim.plugin.jdbc;

import ee.lim.spi.CaseStore.Change;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseOrigin;
import ee.lim.spi.coordination.CaseState;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashMidBatchTest}: writes one batch slowly in one transaction and
 * prints {@code WROTE i} after each change, so the parent can kill it in the middle.
 *
 * <p>Arguments: url, user, password, id prefix, number of cases to create, pause in milliseconds,
 * id of a stored case (at version 1) to update in the same batch.
 */
final class SlowBatchMain {
    private SlowBatchMain() {}

    static Case draft(String id) {
        return new Case(
                id,
                0,
                new StudentKey("stu-crash"),
                CaseOrigin.SPECIALIST,
                LocalDate.of(2026, 9, 1),
                new Specialist("sp-1", "class-teacher", Sector.EDUCATION, "school-1"),
                List.of(),
                1,
                CaseState.OPEN,
                null);
    }

    public static void main(String[] args) throws Exception {
        String prefix = args[3];
        int count = Integer.parseInt(args[4]);
        long pause = Long.parseLong(args[5]);
        String existing = args[6];
        try (JdbcCaseStore store = JdbcCaseStore.open(args[0], args[1], args[2])) {
            store.afterChange(
                    index -> {
                        System.out.println("WROTE " + index);
                        System.out.flush();
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            List<Change> batch = new ArrayList<>();
            batch.add(
                    Change.update(
                            draft(existing).withVersion(1).withState(CaseState.ACTIVE, null)));
            for (int i = 0; i < count; i++) {
                batch.add(Change.create(draft(prefix + "-" + i)));
            }
            store.apply(batch);
        }
        System.out.println("COMMITTED");
        System.out.flush();
    }
}
