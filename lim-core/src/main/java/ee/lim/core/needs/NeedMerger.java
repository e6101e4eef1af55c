package ee.lim.core.needs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Merges derived and recorded needs into one need per student and category.
 *
 * <p>A merged need has the highest priority of its parts, the latest date, and the reasons of all
 * parts in input order without repeats. Its origin is {@link Need.Origin#RECORDED} when a
 * specialist recorded any part of it, because a person's judgement outranks a derived signal.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NeedMerger {
    /** Creates a merger. */
    public NeedMerger() {}

    /**
     * Merges needs.
     *
     * @param needs derived and recorded needs of any students; never {@code null}
     * @return one need per student and category, sorted by student and category
     * @throws ee.lim.spi.InvalidInputException if {@code needs} is null or contains null
     */
    public List<Need> merge(Collection<Need> needs) {
        List<Need> all = Checks.listOf(needs, "needs");
        Map<StudentKey, Map<NeedCategory, List<Need>>> groups = new TreeMap<>();
        for (Need need : all) {
            groups.computeIfAbsent(need.student(), k -> new TreeMap<>())
                    .computeIfAbsent(need.category(), c -> new ArrayList<>())
                    .add(need);
        }
        List<Need> merged = new ArrayList<>();
        groups.values().forEach(byCategory -> byCategory.values().forEach(g -> merged.add(of(g))));
        return merged;
    }

    private static Need of(List<Need> group) {
        Need first = group.get(0);
        double priority = 0;
        boolean recorded = false;
        java.time.LocalDate date = first.date();
        Set<String> reasons = new LinkedHashSet<>();
        for (Need need : group) {
            priority = Math.max(priority, need.priority());
            recorded |= need.origin() == Need.Origin.RECORDED;
            if (need.date().isAfter(date)) {
                date = need.date();
            }
            reasons.addAll(need.reasons());
        }
        return new Need(
                first.student(),
                first.category(),
                priority,
                recorded ? Need.Origin.RECORDED : Need.Origin.DERIVED,
                new ArrayList<>(reasons),
                date);
    }
}
