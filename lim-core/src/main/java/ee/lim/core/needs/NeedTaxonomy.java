package ee.lim.core.needs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.service.NeedCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The need categories in use: LIM's default taxonomy ({@link NeedCategory#DEFAULTS}) and the
 * categories a jurisdiction adds. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NeedTaxonomy {
    private static final NeedTaxonomy DEFAULT = new NeedTaxonomy(NeedCategory.DEFAULTS);

    private final List<NeedCategory> categories;
    private final Set<NeedCategory> lookup;

    private NeedTaxonomy(Collection<NeedCategory> categories) {
        this.categories = List.copyOf(categories);
        this.lookup = Set.copyOf(categories);
    }

    /**
     * Returns the default taxonomy.
     *
     * @return the eight default categories in their fixed order
     */
    public static NeedTaxonomy defaults() {
        return DEFAULT;
    }

    /**
     * Returns this taxonomy extended with a jurisdiction's own categories, such as {@code
     * "special-education"}, appended after the existing ones.
     *
     * @param extra the categories to add; none may already be in the taxonomy; never {@code null}
     * @return the extended taxonomy
     * @throws InvalidInputException if {@code extra} is null, contains null or repeats a category
     */
    public NeedTaxonomy extend(Collection<NeedCategory> extra) {
        Checks.listOf(extra, "extra");
        Set<NeedCategory> all = new LinkedHashSet<>(categories);
        for (NeedCategory category : extra) {
            if (!all.add(category)) {
                throw new InvalidInputException(
                        "extra",
                        "Need category "
                                + category
                                + " is already in the taxonomy; extend only with new ids");
            }
        }
        return new NeedTaxonomy(new ArrayList<>(all));
    }

    /**
     * Tells whether a category belongs to the taxonomy.
     *
     * @param category the category; may be {@code null}, which is never contained
     * @return {@code true} if it does
     */
    public boolean contains(NeedCategory category) {
        return category != null && lookup.contains(category);
    }

    /**
     * Returns the categories in order: defaults first, then extensions in the order added.
     *
     * @return an immutable list; never {@code null}
     */
    public List<NeedCategory> categories() {
        return categories;
    }
}
