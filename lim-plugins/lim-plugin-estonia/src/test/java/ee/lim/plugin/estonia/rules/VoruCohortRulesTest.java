package ee.lim.plugin.estonia.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.estonia.EstonianProfile;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.testkit.VoruCohort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs both packs and the unknown-reason report on the synthetic Võru County cohort. */
class VoruCohortRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

    @Test
    void ehisPack_matchesDirectCount() {
        long seed = Long.getLong("lim.test.seed", System.nanoTime());
        System.out.println("VoruCohortRulesTest seed: " + seed);
        Cohort cohort = VoruCohort.builder().seed(seed).students(120).build().generate();
        Jurisdiction ee = new EstonianProfile().jurisdiction(AS_OF);
        StudyPeriod q2 = ee.studyPeriodOn(AS_OF.minusDays(1)).orElseThrow();
        EhisAbsenceRulePack pack = new EhisAbsenceRulePack();
        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();
        int high = 0;

        for (Student student : cohort.students()) {
            List<Observation> before = new ArrayList<>();
            int lessons = 0;
            int missed = 0;
            for (Observation observation : byStudent.get(student.key())) {
                if (!observation.date().isBefore(AS_OF)) {
                    continue;
                }
                before.add(observation);
                if (observation instanceof AttendanceEvent event && q2.contains(event.date())) {
                    lessons++;
                    if (event.status() == AttendanceStatus.UNEXCUSED
                            || event.status() == AttendanceStatus.REASON_UNKNOWN) {
                        missed++;
                    }
                }
            }

            List<Indicator> indicators =
                    pack.evaluate(Fixtures.context(student, AS_OF, before, ee));

            assertEquals(1, indicators.size(), "seed " + seed);
            RiskBand expected = missed * 5 > lessons ? RiskBand.HIGH : RiskBand.NONE;
            assertEquals(expected, indicators.get(0).band(), "seed " + seed + " " + student.key());
            if (expected == RiskBand.HIGH) {
                high++;
            }
        }
        assertTrue(high < cohort.students().size(), "every student flagged, seed " + seed);
    }

    @Test
    void unknownReasonReport_usesResidenceNotSchoolMunicipality() {
        Cohort cohort = VoruCohort.builder().seed(7).students(400).build().generate();
        Map<String, String> schoolMunicipality =
                cohort.schools().stream()
                        .collect(Collectors.toMap(School::id, School::municipalityCode));

        List<UnknownReasonNotice> notices =
                new EhisAbsenceReport(SchoolDays.estonian())
                        .unknownReasonNotices(cohort, LocalDate.of(2025, 9, 1), AS_OF);

        assertTrue(notices.size() > 10, "notices: " + notices.size());
        assertTrue(
                notices.stream()
                        .anyMatch(
                                n ->
                                        !n.residenceMunicipality()
                                                .equals(schoolMunicipality.get(n.schoolId()))),
                "no notice goes to a municipality other than the school's");
        for (UnknownReasonNotice notice : notices) {
            assertTrue(SchoolDays.estonian().isSchoolDay(notice.deadline()), notice.toString());
        }
    }

    @Test
    void weeklyPack_evaluatesEveryVoruStudent() {
        Cohort cohort = VoruCohort.builder().seed(3).students(100).build().generate();
        WeeklyEarlyWarningPack pack = WeeklyEarlyWarningPack.forCohort(cohort);
        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();
        int withClassAverage = 0;

        for (Student student : cohort.students()) {
            List<Observation> before =
                    byStudent.get(student.key()).stream()
                            .filter(o -> o.date().isBefore(AS_OF))
                            .toList();

            List<Indicator> indicators =
                    pack.evaluate(Fixtures.context(student, AS_OF, before, null));

            assertTrue(indicators.size() >= 10);
            if (indicators.stream().anyMatch(i -> i.id().equals("below-class-average-4w"))) {
                withClassAverage++;
            }
        }
        assertTrue(withClassAverage > 0, "no student had a class average");
    }
}
