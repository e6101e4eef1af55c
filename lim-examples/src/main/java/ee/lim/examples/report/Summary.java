package ee.lim.examples.report;

/**
 * The head counts of a run.
 *
 * @param students students scored
 * @param high students in the high band
 * @param watch students in the watch band
 * @param none students in neither
 * @param withNeeds students with at least one need
 * @param needs needs in total
 * @param referrals proposed referrals
 * @param unserved needs left without a service
 * @param rejectedRecords input records the import rejected
 */
public record Summary(
        int students,
        int high,
        int watch,
        int none,
        int withNeeds,
        int needs,
        int referrals,
        int unserved,
        long rejectedRecords) {}
