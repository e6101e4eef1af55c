package ee.lim.core.matching;

import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services that cover each need category, split by service area, so that a student is checked
 * only against the services that serve the student's municipality. It caches the merged list per
 * category and municipality, so it is not thread-safe: one instance serves one matching run.
 */
final class ServiceIndex {
    private final Map<NeedCategory, List<Integer>> all = new HashMap<>();
    private final Map<NeedCategory, List<Integer>> everywhere = new HashMap<>();
    private final Map<NeedCategory, Map<String, List<Integer>>> byMunicipality = new HashMap<>();
    private final Map<NeedCategory, Map<String, List<Integer>>> merged = new HashMap<>();

    /**
     * Indexes services by the categories they cover.
     *
     * @param services the services in their canonical order; index {@code i} is {@code
     *     services.get(i)}
     */
    ServiceIndex(List<Service> services) {
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            for (NeedCategory category : service.coverage().keySet()) {
                all.computeIfAbsent(category, c -> new ArrayList<>()).add(i);
                if (service.eligibility().municipalities().isEmpty()) {
                    everywhere.computeIfAbsent(category, c -> new ArrayList<>()).add(i);
                } else {
                    Map<String, List<Integer>> area =
                            byMunicipality.computeIfAbsent(category, c -> new HashMap<>());
                    for (String code : service.eligibility().municipalities()) {
                        area.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
    }

    /**
     * Returns every service covering a category.
     *
     * @param category the category
     * @return service indices in ascending order
     */
    List<Integer> covering(NeedCategory category) {
        return all.getOrDefault(category, List.of());
    }

    /**
     * Returns the services covering a category that may serve a municipality: those without a
     * service area and those whose area lists it. A {@code null} municipality returns all.
     *
     * @param category the category
     * @param municipality the municipality code, or {@code null}
     * @return service indices in ascending order
     */
    List<Integer> candidates(NeedCategory category, String municipality) {
        if (municipality == null) {
            return covering(category);
        }
        Map<String, List<Integer>> cached = merged.computeIfAbsent(category, c -> new HashMap<>());
        return cached.computeIfAbsent(municipality, m -> merge(category, m));
    }

    private List<Integer> merge(NeedCategory category, String municipality) {
        List<Integer> open = everywhere.getOrDefault(category, List.of());
        List<Integer> local =
                byMunicipality
                        .getOrDefault(category, Map.of())
                        .getOrDefault(municipality, List.of());
        if (local.isEmpty()) {
            return open;
        }
        if (open.isEmpty()) {
            return local;
        }
        List<Integer> merged = new ArrayList<>(open.size() + local.size());
        int i = 0;
        int j = 0;
        while (i < open.size() || j < local.size()) {
            if (j >= local.size() || (i < open.size() && open.get(i) < local.get(j))) {
                merged.add(open.get(i++));
            } else {
                merged.add(local.get(j++));
            }
        }
        return merged;
    }
}
