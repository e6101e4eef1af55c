package ee.lim.examples.cli;

import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.spi.model.Student;
import java.util.List;
import java.util.TreeSet;

/**
 * The demonstration mapping that lets the Portuguese UCI students meet the bundled Võru County
 * catalogue. The UCI data has no municipality of residence, no grade level and students taught in
 * Portuguese, while the catalogue's services are offered in Estonian (some in Russian), most for a
 * range of grades and some for one municipality. For matching only, each student is given:
 *
 * <ul>
 *   <li>the language {@code et};
 *   <li>the grade {@code age - 5}, kept within 10 to 12, because Portuguese secondary school
 *       (grades 10 to 12) starts at about 15; none when the age is unknown;
 *   <li>one of the five Võru County municipalities, chosen by {@code floorMod(key.hashCode(), 5)}
 *       over the municipality codes in ascending order, so the same key always gets the same one.
 * </ul>
 *
 * <p>These facts are invented, and the report states this wherever it shows them. Stateless and
 * thread-safe.
 */
final class DemoMapping {
    /** The Võru County municipality codes in ascending order. */
    static final List<String> MUNICIPALITIES =
            List.copyOf(new TreeSet<>(HsdsCatalogues.VORU_MUNICIPALITIES.keySet()));

    private DemoMapping() {}

    static Student apply(Student student) {
        String municipality =
                MUNICIPALITIES.get(
                        Math.floorMod(student.key().value().hashCode(), MUNICIPALITIES.size()));
        return new Student(
                student.key(),
                student.birthMonth(),
                student.schoolId(),
                grade(student.protectedAttributes().get("age")),
                municipality,
                "et",
                student.attributes(),
                student.protectedAttributes());
    }

    private static Integer grade(String age) {
        if (age == null || !age.matches("[0-9]{1,2}")) {
            return null;
        }
        return Math.max(10, Math.min(12, Integer.parseInt(age) - 5));
    }

    /** Returns the municipality's name for a Võru County code, or the code itself. */
    static String municipalityName(String code) {
        if (code == null) {
            return "";
        }
        return HsdsCatalogues.VORU_MUNICIPALITIES.getOrDefault(code, code);
    }
}
