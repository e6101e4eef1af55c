package ee.lim.plugin.hsds;

import java.util.ArrayList;
import java.util.List;

/**
 * One HSDS service as read, before it is checked and turned into a LIM service. Both formats fill
 * it; {@link CatalogueAssembler} checks it. Mutable, confined to one read.
 */
final class ServiceDraft {
    /** The record's location: the file and line, and a JSON pointer or CSV column. */
    String file;

    long line;
    String pointer = "";

    String id;
    String name;
    String status;
    String organizationId;
    String organizationName;
    String minimumAge;
    String maximumAge;
    final List<String> languages = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();
    final List<CapacityRow> capacities = new ArrayList<>();
    final List<LocationRow> locations = new ArrayList<>();
    final List<AreaRow> areas = new ArrayList<>();

    /** An attribute with its resolved taxonomy term. */
    record Attribute(String taxonomy, String code, String value, String where) {}

    /** A 3.1 service_capacity with its unit name. */
    record CapacityRow(String available, String maximum, String unit, String where) {}

    /** A location of a service_at_location. */
    record LocationRow(String type, String latitude, String longitude, String where) {}

    /** A service_area. */
    record AreaRow(String extent, String extentType, String where) {}
}
