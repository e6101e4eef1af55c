package ee.lim.plugin.estonia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.spi.model.Sector;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecialistRoleTest {

    @Test
    void displayName_estonianNamesFromGlossary() {
        assertEquals(
                "klassijuhataja", SpecialistRole.CLASS_TEACHER.displayName(EstonianTexts.ESTONIAN));
        assertEquals(
                "HEV-koordinaator",
                SpecialistRole.SEN_COORDINATOR.displayName(EstonianTexts.ESTONIAN));
        assertEquals(
                "lastekaitsespetsialist",
                SpecialistRole.CHILD_PROTECTION_SPECIALIST.displayName(EstonianTexts.ESTONIAN));
        assertEquals(
                "school psychologist",
                SpecialistRole.SCHOOL_PSYCHOLOGIST.displayName(Locale.ENGLISH));
    }

    @Test
    void supportSpecialists_areTheFourSchoolSpecialists() {
        List<SpecialistRole> specialists =
                Arrays.stream(SpecialistRole.values())
                        .filter(SpecialistRole::isSupportSpecialist)
                        .toList();

        assertEquals(
                List.of(
                        SpecialistRole.SPEECH_THERAPIST,
                        SpecialistRole.SPECIAL_EDUCATION_TEACHER,
                        SpecialistRole.SCHOOL_PSYCHOLOGIST,
                        SpecialistRole.SOCIAL_PEDAGOGUE),
                specialists);
    }

    @Test
    void sector_ofMunicipalRoles() {
        assertEquals(Sector.CHILD_PROTECTION, SpecialistRole.CHILD_PROTECTION_SPECIALIST.sector());
        assertEquals(Sector.SOCIAL, SpecialistRole.SOCIAL_WORKER.sector());
        assertEquals(Sector.YOUTH_WORK, SpecialistRole.YOUTH_WORKER.sector());
        assertEquals(Sector.EMPLOYMENT, SpecialistRole.CAREER_COUNSELLOR.sector());
        assertEquals(Sector.EDUCATION, SpecialistRole.SOCIAL_PEDAGOGUE.sector());
    }

    @Test
    void fromId_roundTripsEveryRole() {
        for (SpecialistRole role : SpecialistRole.values()) {
            assertEquals(Optional.of(role), SpecialistRole.fromId(role.id()));
        }
        assertEquals(Optional.empty(), SpecialistRole.fromId("headmaster"));
        assertEquals(Optional.empty(), SpecialistRole.fromId(null));
    }

    @Test
    void verbalScale_standardLevelsAndSchoolLevels() {
        VerbalScale scale = VerbalScale.standard().with("Saavutatud", 4).with("hea", 4);

        assertEquals(5, scale.toGrade(" väga hea ").getAsInt());
        assertEquals(1, scale.toGrade("NÕRK").getAsInt());
        assertEquals(4, scale.toGrade("saavutatud").getAsInt());
        assertEquals(true, scale.toGrade("tubli").isEmpty());
        assertEquals(true, scale.toGrade(null).isEmpty());
    }
}
