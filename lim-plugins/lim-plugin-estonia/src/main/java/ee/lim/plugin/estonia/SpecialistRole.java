package ee.lim.plugin.estonia;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Sector;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The roles of professionals who work on a student's support in Estonia, with their sector. The
 * {@link #id()} is what {@link ee.lim.spi.model.Specialist#role()} holds; {@link #displayName}
 * gives the Estonian or English name.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SpecialistRole {
    /** Class teacher (klassijuhataja). */
    CLASS_TEACHER("class-teacher", Sector.EDUCATION, false),
    /** Speech therapist (logopeed), a support specialist. */
    SPEECH_THERAPIST("speech-therapist", Sector.EDUCATION, true),
    /** Special-education teacher (eripedagoog), a support specialist. */
    SPECIAL_EDUCATION_TEACHER("special-education-teacher", Sector.EDUCATION, true),
    /** School psychologist (koolipsühholoog), a support specialist. */
    SCHOOL_PSYCHOLOGIST("school-psychologist", Sector.EDUCATION, true),
    /** Social pedagogue (sotsiaalpedagoog), a support specialist. */
    SOCIAL_PEDAGOGUE("social-pedagogue", Sector.EDUCATION, true),
    /** SEN coordinator (HEV-koordinaator), who reviews each support measure when it ends. */
    SEN_COORDINATOR("sen-coordinator", Sector.EDUCATION, false),
    /** Child protection specialist of the local government (lastekaitsespetsialist). */
    CHILD_PROTECTION_SPECIALIST("child-protection-specialist", Sector.CHILD_PROTECTION, false),
    /** Social worker of the local government (sotsiaaltöötaja). */
    SOCIAL_WORKER("social-worker", Sector.SOCIAL, false),
    /** Youth worker (noorsootöötaja). */
    YOUTH_WORKER("youth-worker", Sector.YOUTH_WORK, false),
    /** Career counsellor (karjäärinõustaja). */
    CAREER_COUNSELLOR("career-counsellor", Sector.EMPLOYMENT, false);

    private final String id;
    private final Sector sector;
    private final boolean supportSpecialist;

    SpecialistRole(String id, Sector sector, boolean supportSpecialist) {
        this.id = id;
        this.sector = sector;
        this.supportSpecialist = supportSpecialist;
    }

    /**
     * Returns the stable role id, such as {@code "school-psychologist"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the sector the role works in.
     *
     * @return the sector
     */
    public Sector sector() {
        return sector;
    }

    /**
     * Tells whether the role is a school support specialist (tugispetsialist).
     *
     * @return {@code true} for the speech therapist, special-education teacher, school psychologist
     *     and social pedagogue
     */
    public boolean isSupportSpecialist() {
        return supportSpecialist;
    }

    /**
     * Returns the role's name for readers of a locale, such as "koolipsühholoog".
     *
     * @param locale the reader's locale; never {@code null}
     * @return the Estonian name for language {@code et}, otherwise the English one
     * @throws ee.lim.spi.InvalidInputException if {@code locale} is {@code null}
     */
    public String displayName(Locale locale) {
        return EstonianTexts.text(locale, "role." + id);
    }

    /**
     * Finds a role by its id.
     *
     * @param id the id, such as {@code "social-worker"}; {@code null} finds nothing
     * @return the role, or empty if no role has that id
     */
    public static Optional<SpecialistRole> fromId(String id) {
        for (SpecialistRole role : values()) {
            if (role.id.equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
