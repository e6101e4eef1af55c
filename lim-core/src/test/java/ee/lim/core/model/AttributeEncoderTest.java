package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeEncoderTest {
    private static Student student(String key, Map<String, String> attributes) {
        return new Student(new StudentKey(key), null, null, null, null, null, attributes, Map.of());
    }

    @Test
    void fit_typesNumbersYesNoAndCategories() {
        List<Student> students =
                List.of(
                        student("a", Map.of("n", "1.5", "flag", "Yes", "c", "x", "mixed", "2")),
                        student("b", Map.of("n", "-3", "flag", "no", "c", "w", "mixed", "two")));

        AttributeEncoder encoder = AttributeEncoder.fit(students, FeatureSelection.defaults());

        assertEquals(
                List.of("c=w", "c=x", "flag", "mixed=2", "mixed=two", "n"), encoder.featureNames());
        assertArrayEquals(new double[] {0, 1, 1, 1, 0, 1.5}, encoder.encode(students.get(0)), 0);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, -3}, encoder.encode(students.get(1)), 0);
    }

    @Test
    void encode_unseenOrMissingValues() {
        AttributeEncoder encoder =
                AttributeEncoder.fit(
                        List.of(
                                student("a", Map.of("n", "1", "c", "x")),
                                student("b", Map.of("n", "2", "c", "y"))),
                        FeatureSelection.defaults());

        double[] unseen = encoder.encode(student("c", Map.of("n", "text", "c", "z")));
        double[] missing = encoder.encode(student("d", Map.of()));

        assertArrayEquals(new double[] {0, 0, Double.NaN}, unseen, 0);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN}, missing, 0);
    }

    @Test
    void fit_skipsAttributeNamesWithEquals() {
        AttributeEncoder encoder =
                AttributeEncoder.fit(
                        List.of(student("a", Map.of("a=b", "1", "ok", "1"))),
                        FeatureSelection.defaults());

        assertEquals(List.of("ok"), encoder.featureNames());
        assertEquals(List.of("a=b"), encoder.skippedAttributes());
    }

    @Test
    void fit_excludedAttributeIsLeftOut() {
        AttributeEncoder encoder =
                AttributeEncoder.fit(
                        List.of(student("a", Map.of("G2", "11", "ok", "1"))),
                        FeatureSelection.defaults().withExcludedAttributes(Set.of("G2")));

        assertEquals(List.of("ok"), encoder.featureNames());
    }

    @Test
    void forFeatures_encodesLikeFit() {
        List<Student> students =
                List.of(
                        student("a", Map.of("n", "1.5", "flag", "yes", "c", "x")),
                        student("b", Map.of("n", "4", "flag", "no", "c", "w")));
        AttributeEncoder fitted = AttributeEncoder.fit(students, FeatureSelection.defaults());

        AttributeEncoder rebuilt =
                AttributeEncoder.forFeatures(fitted.featureNames(), FeatureSelection.defaults());

        for (Student s : students) {
            assertArrayEquals(fitted.encode(s), rebuilt.encode(s), 0);
        }
    }
}
