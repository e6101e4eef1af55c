package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Municipality;
import ee.lim.testkit.SyntheticCohort.SchoolSpec;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A synthetic school year in Võru County, Estonia: the county's five local governments, schools of
 * realistic sizes, lesson-level attendance and grades on the 1-to-5 scale.
 *
 * <p>The municipalities are the real ones with their EHAK codes: Antsla vald {@code 0142}, Rõuge
 * vald {@code 0698}, Setomaa vald {@code 0732}, Võru linn {@code 0919} and Võru vald {@code 0917}.
 * The schools are invented: a few Võru town schools of 450 to 700 pupils and rural schools of 50 to
 * 250, about 2,800 pupils in all. Their names and sizes are illustrative, not real enrolment
 * figures, and every student is generated.
 *
 * <p>Each day has seven 45-minute lessons; most absences cover the whole day and are excused,
 * unexcused or of unknown reason, and some first lessons are late. About 12 % of students live in
 * another municipality than their school's, as pupils who commute to a town school do. A full
 * cohort has about 3.7 million lesson records: stream it into a {@link
 * ee.lim.spi.model.CohortSink}, or call {@link SyntheticCohort.Builder#students(int)} for a smaller
 * one.
 *
 * <p>This class is stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VoruCohort {
    /** The five local governments of Võru County since 2017, with their EHAK codes. */
    public static final List<Municipality> MUNICIPALITIES =
            List.of(
                    new Municipality("0142", "Antsla vald"),
                    new Municipality("0698", "Rõuge vald"),
                    new Municipality("0732", "Setomaa vald"),
                    new Municipality("0919", "Võru linn"),
                    new Municipality("0917", "Võru vald"));

    /** The illustrative schools: ids, names, municipalities, pupils and grades taught. */
    public static final List<SchoolSpec> SCHOOLS =
            List.of(
                    new SchoolSpec(
                            "VRU-01", "Võru linna põhikool 1 (sünteetiline)", "0919", 680, 1, 9),
                    new SchoolSpec(
                            "VRU-02", "Võru linna põhikool 2 (sünteetiline)", "0919", 520, 1, 9),
                    new SchoolSpec("VRU-03", "Võru gümnaasium (sünteetiline)", "0919", 450, 10, 12),
                    new SchoolSpec(
                            "VRV-01", "Võru valla põhikool 1 (sünteetiline)", "0917", 200, 1, 9),
                    new SchoolSpec(
                            "VRV-02", "Võru valla põhikool 2 (sünteetiline)", "0917", 120, 1, 9),
                    new SchoolSpec("VRV-03", "Võru valla algkool (sünteetiline)", "0917", 60, 1, 6),
                    new SchoolSpec("ANT-01", "Antsla kool (sünteetiline)", "0142", 230, 1, 12),
                    new SchoolSpec(
                            "ANT-02", "Antsla valla algkool (sünteetiline)", "0142", 50, 1, 6),
                    new SchoolSpec(
                            "RGE-01", "Rõuge valla põhikool 1 (sünteetiline)", "0698", 180, 1, 9),
                    new SchoolSpec(
                            "RGE-02", "Rõuge valla põhikool 2 (sünteetiline)", "0698", 90, 1, 9),
                    new SchoolSpec(
                            "RGE-03", "Rõuge valla algkool (sünteetiline)", "0698", 50, 1, 6),
                    new SchoolSpec(
                            "STM-01", "Setomaa põhikool 1 (sünteetiline)", "0732", 110, 1, 9),
                    new SchoolSpec(
                            "STM-02", "Setomaa põhikool 2 (sünteetiline)", "0732", 55, 1, 9));

    /** The share of students who live in another municipality than their school's. */
    public static final double RESIDENCE_ELSEWHERE_SHARE = 0.12;

    private VoruCohort() {}

    /**
     * Starts a builder set up for Võru County: the schools of {@link #SCHOOLS}, the municipalities
     * of {@link #MUNICIPALITIES}, seven lessons a day with whole-day absences, the school year
     * 2025/26 and seed 1. Change the seed, the school year or the number of students on the
     * returned builder.
     *
     * @return a new builder; not thread-safe
     */
    public static SyntheticCohort.Builder builder() {
        return SyntheticCohort.builder()
                .schoolLayout(SCHOOLS)
                .municipalities(MUNICIPALITIES.stream().map(Municipality::code).toList())
                .residenceElsewhereShare(RESIDENCE_ELSEWHERE_SHARE)
                .lessonsPerDay(7)
                .wholeDayAbsences(true)
                .schoolYear(2025)
                .seed(1);
    }
}
