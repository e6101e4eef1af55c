package ee.lim.plugin.hsds;

/**
 * The taxonomies through which an HSDS directory carries what LIM needs and HSDS has no field for.
 * Each is an HSDS {@code attribute} of a service whose {@code taxonomy_term} belongs to the named
 * taxonomy (the term's {@code taxonomy} text or its {@code taxonomy_detail.name}); the term's
 * {@code code} (or, if empty, its {@code name}) names what the attribute means and the attribute's
 * {@code value} gives the number or code.
 *
 * <ul>
 *   <li>{@code lim-needs}: code = a need category id such as {@code attendance}; value = how well
 *       the service covers it, in {@code (0, 1]}, 1 if empty. At least one is required.
 *   <li>{@code lim-level}: code = {@code primary}, {@code secondary} or {@code tertiary}.
 *   <li>{@code lim-eligibility}: code {@code min-grade} or {@code max-grade} (value 0 to 13),
 *       {@code required-tier} (value {@code general}, {@code enhanced} or {@code special}), {@code
 *       consent-required} (value {@code true} or {@code false}; empty means true), {@code
 *       municipality} (value = a municipality code; one attribute per municipality).
 *   <li>{@code lim-access}: code {@code waiting-days}, value = the usual wait in days, because
 *       HSDS's {@code wait_time} is deprecated free text.
 *   <li>{@code lim-sector}: code = {@code education}, {@code social}, {@code child-protection},
 *       {@code youth-work}, {@code health} or {@code employment}.
 * </ul>
 *
 * <p>Attributes of other taxonomies are ignored. Age limits come from HSDS's own {@code
 * minimum_age} and {@code maximum_age}, languages from {@code languages[].code}, capacity from the
 * 3.1 {@code service_capacity}, the place from the first physical location with coordinates, and
 * municipalities also from {@code service_areas} whose {@code extent_type} is {@code
 * municipality-code} (the {@code extent} is the code).
 */
final class LimTaxonomy {
    static final String NEEDS = "lim-needs";
    static final String LEVEL = "lim-level";
    static final String ELIGIBILITY = "lim-eligibility";
    static final String ACCESS = "lim-access";
    static final String SECTOR = "lim-sector";
    static final String AREA_EXTENT_TYPE = "municipality-code";

    private LimTaxonomy() {}
}
