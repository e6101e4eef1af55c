package ee.lim.plugin.hsds;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import ee.lim.spi.service.ServiceCatalogue;
import ee.lim.spi.service.ServiceProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns service drafts into LIM services and providers, reporting each rejected record and each
 * value it ignored or assumed. Confined to one read.
 */
final class CatalogueAssembler {
    private static final Set<String> CLOSED = Set.of("inactive", "defunct", "temporarily closed");

    private final List<ImportProblem> problems;
    private final Map<String, String> organizationNames;
    private final Map<String, Sector> providerSectors = new LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Set<String> serviceIds = new HashSet<>();

    /**
     * Creates an assembler.
     *
     * @param problems where problems are appended
     * @param organizationNames the known organisations by id, in file order
     */
    CatalogueAssembler(List<ImportProblem> problems, Map<String, String> organizationNames) {
        this.problems = problems;
        this.organizationNames = organizationNames;
    }

    /** Converts one draft, or rejects it with a reason. */
    void add(ServiceDraft draft) {
        try {
            Service service = convert(draft);
            if (!serviceIds.add(service.id())) {
                reject(draft, "id", "service id " + service.id() + " appears twice; keep one");
                return;
            }
            services.add(service);
            providerSectors.putIfAbsent(service.providerId(), service.sector());
        } catch (Rejection e) {
            reject(draft, e.column, e.getMessage());
        } catch (InvalidInputException e) {
            reject(draft, "", e.getMessage());
        }
    }

    /** Returns the catalogue of the accepted services and the organisations they name. */
    ServiceCatalogue catalogue() {
        List<ServiceProvider> providers = new ArrayList<>();
        providerSectors.forEach(
                (id, sector) ->
                        providers.add(new ServiceProvider(id, organizationNames.get(id), sector)));
        return new ServiceCatalogue(providers, services);
    }

    /** Returns the number of accepted services. */
    int serviceCount() {
        return services.size();
    }

    /** Returns the number of providers of accepted services. */
    int providerCount() {
        return providerSectors.size();
    }

    private Service convert(ServiceDraft d) {
        String id = required(d.id, "id");
        String name = required(d.name, "name");
        String status = required(d.status, "status").toLowerCase(Locale.ROOT);
        boolean active = status.equals("active");
        if (!active && !CLOSED.contains(status)) {
            throw new Rejection(
                    "status",
                    "status '"
                            + status
                            + "' is not one of active, inactive, defunct, temporarily closed");
        }
        String organization = required(d.organizationId, "organization_id");
        if (!organizationNames.containsKey(organization)) {
            throw new Rejection(
                    "organization_id",
                    "organization " + organization + " is not in the directory; add it");
        }
        LimAttributes lim = limAttributes(d);
        if (lim.coverage.isEmpty()) {
            throw new Rejection(
                    "attributes",
                    "no lim-needs attribute; name the needs the service covers (see the LIM"
                            + " taxonomy)");
        }
        Service.Level level = lim.level;
        if (level == null) {
            level = Service.Level.SECONDARY;
            warn(d, "attributes", "no lim-level attribute; assumed secondary");
        }
        Sector sector = lim.sector;
        if (sector == null) {
            sector = Sector.EDUCATION;
            warn(d, "attributes", "no lim-sector attribute; assumed education");
        }
        if (!active) {
            warn(d, "status", "status is " + status + "; the service is not offered");
        }
        Integer minAge = optionalInteger(d.minimumAge, "minimum_age");
        Integer maxAge = optionalInteger(d.maximumAge, "maximum_age");
        Set<String> languages = new LinkedHashSet<>();
        for (String language : d.languages) {
            if (language != null && !language.isBlank()) {
                languages.add(language.trim().toLowerCase(Locale.ROOT));
            }
        }
        Eligibility eligibility =
                new Eligibility(
                        minAge,
                        maxAge,
                        lim.minGrade,
                        lim.maxGrade,
                        lim.municipalities,
                        languages,
                        lim.tier,
                        lim.consent);
        return new Service(
                id,
                name,
                organization,
                sector,
                lim.coverage,
                eligibility,
                capacity(d),
                lim.waitingDays,
                place(d),
                level,
                active);
    }

    /** Reads the attributes of the LIM taxonomies and the service areas with municipality codes. */
    private LimAttributes limAttributes(ServiceDraft d) {
        LimAttributes lim = new LimAttributes();
        for (ServiceDraft.Attribute a : d.attributes) {
            String code = a.code() == null ? "" : a.code().trim().toLowerCase(Locale.ROOT);
            String value = a.value() == null ? "" : a.value().trim();
            switch (a.taxonomy()) {
                case LimTaxonomy.NEEDS -> {
                    NeedCategory need = needCategory(code, a.where());
                    double cover = value.isEmpty() ? 1.0 : number(value, a.where());
                    if (!(cover > 0 && cover <= 1)) {
                        throw new Rejection(
                                a.where(), "lim-needs coverage must be in (0, 1], got " + value);
                    }
                    lim.coverage.put(need, cover);
                }
                case LimTaxonomy.LEVEL ->
                        lim.level = enumValue(Service.Level.class, code, a.where());
                case LimTaxonomy.SECTOR ->
                        lim.sector = enumValue(Sector.class, code.replace('-', '_'), a.where());
                case LimTaxonomy.ACCESS -> {
                    if (code.equals("waiting-days")) {
                        lim.waitingDays = integer(value, 0, 3650, a.where());
                    } else {
                        warn(d, a.where(), "lim-access term '" + code + "' is unknown; ignored");
                    }
                }
                case LimTaxonomy.ELIGIBILITY -> {
                    switch (code) {
                        case "min-grade" -> lim.minGrade = integer(value, 0, 13, a.where());
                        case "max-grade" -> lim.maxGrade = integer(value, 0, 13, a.where());
                        case "required-tier" ->
                                lim.tier =
                                        enumValue(
                                                SupportTier.class,
                                                value.toLowerCase(Locale.ROOT),
                                                a.where());
                        case "consent-required" -> lim.consent = bool(value, a.where());
                        case "municipality" -> {
                            if (value.isEmpty()) {
                                throw new Rejection(
                                        a.where(), "lim-eligibility municipality has no value");
                            }
                            lim.municipalities.add(value);
                        }
                        default ->
                                warn(
                                        d,
                                        a.where(),
                                        "lim-eligibility term '" + code + "' is unknown; ignored");
                    }
                }
                default -> {
                    // Attributes of other taxonomies carry nothing LIM reads.
                }
            }
        }
        for (ServiceDraft.AreaRow area : d.areas) {
            if (LimTaxonomy.AREA_EXTENT_TYPE.equals(area.extentType())) {
                if (area.extent() == null || area.extent().isBlank()) {
                    throw new Rejection(area.where(), "service_area extent is empty");
                }
                lim.municipalities.add(area.extent().trim());
            }
        }
        return lim;
    }

    /** The values a service's LIM attributes gave; null or empty where none was given. */
    private static final class LimAttributes {
        final Map<NeedCategory, Double> coverage = new LinkedHashMap<>();
        final Set<String> municipalities = new LinkedHashSet<>();
        Service.Level level;
        Sector sector;
        Integer minGrade;
        Integer maxGrade;
        SupportTier tier;
        boolean consent;
        int waitingDays;
    }

    private Capacity capacity(ServiceDraft d) {
        if (d.capacities.isEmpty()) {
            warn(d, "capacities", "no service_capacity; taken as 0 free places");
            return new Capacity(0, null, "places");
        }
        if (d.capacities.size() > 1) {
            warn(d, "capacities", "several service_capacity entries; the first is used");
        }
        ServiceDraft.CapacityRow row = d.capacities.get(0);
        int available = integer(row.available(), 0, Integer.MAX_VALUE, row.where());
        Integer maximum =
                row.maximum() == null || row.maximum().isBlank()
                        ? null
                        : integer(row.maximum(), 0, Integer.MAX_VALUE, row.where());
        if (maximum != null && maximum < available) {
            throw new Rejection(
                    row.where(), "maximum " + maximum + " is below available " + available);
        }
        String unit = row.unit() == null || row.unit().isBlank() ? "places" : row.unit();
        return new Capacity(available, maximum, unit);
    }

    private Place place(ServiceDraft d) {
        for (ServiceDraft.LocationRow location : d.locations) {
            if (location.type() != null && !location.type().equals("physical")) {
                continue;
            }
            if (location.latitude() == null
                    || location.latitude().isBlank()
                    || location.longitude() == null
                    || location.longitude().isBlank()) {
                continue;
            }
            double lat = number(location.latitude(), location.where());
            double lon = number(location.longitude(), location.where());
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new Rejection(location.where(), "latitude or longitude is out of range");
            }
            return new Place(lat, lon);
        }
        return null;
    }

    private static String required(String value, String column) {
        if (value == null || value.isBlank()) {
            throw new Rejection(column, column + " is missing");
        }
        return value.trim();
    }

    private static NeedCategory needCategory(String code, String where) {
        try {
            return new NeedCategory(code);
        } catch (InvalidInputException e) {
            throw new Rejection(where, "lim-needs code '" + code + "' is not a need category id");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String code, String where) {
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejection(
                    where,
                    "'" + code + "' is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    private static double number(String text, String where) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Rejection(where, "'" + text + "' is not a number");
        }
    }

    private static int integer(String text, int min, int max, String where) {
        if (text == null || text.isBlank()) {
            throw new Rejection(where, "a whole number is missing");
        }
        double value = number(text, where);
        if (value != Math.rint(value) || value < min || value > max) {
            throw new Rejection(
                    where, "'" + text + "' is not a whole number in [" + min + ", " + max + "]");
        }
        return (int) value;
    }

    private static Integer optionalInteger(String text, String column) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return integer(text, 0, 150, column);
    }

    private static boolean bool(String text, String where) {
        if (text.isEmpty() || text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new Rejection(where, "'" + text + "' is not true or false");
    }

    private void reject(ServiceDraft d, String column, String reason) {
        String id = d.id == null ? "" : " (service " + d.id + ")";
        problems.add(ImportProblem.rejected(d.file, d.line, where(d, column), reason + id));
    }

    private void warn(ServiceDraft d, String column, String reason) {
        String id = d.id == null ? "" : " (service " + d.id + ")";
        problems.add(ImportProblem.warning(d.file, d.line, where(d, column), reason + id));
    }

    private static String where(ServiceDraft d, String column) {
        if (d.pointer.isEmpty()) {
            return column;
        }
        if (column.isEmpty() || column.startsWith("/")) {
            return column.isEmpty() ? d.pointer : column;
        }
        return d.pointer + "/" + column;
    }

    /** A reason to reject the whole record, with the column or JSON pointer it concerns. */
    static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;

        Rejection(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    /** Returns an empty organisation map to fill in file order. */
    static Map<String, String> organizations() {
        return new HashMap<>();
    }
}
