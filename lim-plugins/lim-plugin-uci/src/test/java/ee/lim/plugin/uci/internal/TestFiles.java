package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates valid files of both layouts from a seed and finds the shared real data. */
final class TestFiles {
    static final String POR_HEADER =
            "school;sex;age;address;famsize;Pstatus;Medu;Fedu;Mjob;Fjob;reason;guardian;"
                    + "traveltime;studytime;failures;schoolsup;famsup;paid;activities;nursery;"
                    + "higher;internet;romantic;famrel;freetime;goout;Dalc;Walc;health;absences;"
                    + "G1;G2;G3";

    static final String DROPOUT_HEADER =
            "Marital status;Application mode;Application order;Course;"
                    + "\"Daytime/evening attendance\t\";Previous qualification;"
                    + "Previous qualification (grade);Nacionality;Mother's qualification;"
                    + "Father's qualification;Mother's occupation;Father's occupation;"
                    + "Admission grade;Displaced;Educational special needs;Debtor;"
                    + "Tuition fees up to date;Gender;Scholarship holder;Age at enrollment;"
                    + "International;Curricular units 1st sem (credited);"
                    + "Curricular units 1st sem (enrolled);Curricular units 1st sem (evaluations);"
                    + "Curricular units 1st sem (approved);Curricular units 1st sem (grade);"
                    + "Curricular units 1st sem (without evaluations);"
                    + "Curricular units 2nd sem (credited);Curricular units 2nd sem (enrolled);"
                    + "Curricular units 2nd sem (evaluations);"
                    + "Curricular units 2nd sem (approved);Curricular units 2nd sem (grade);"
                    + "Curricular units 2nd sem (without evaluations);Unemployment rate;"
                    + "Inflation rate;GDP;Target";

    private TestFiles() {}

    /** Returns a file of the shared real data, or skips the test when it is not there. */
    static Path sharedData(String relative) {
        String configured = System.getProperty("lim.shared.data");
        Path base =
                configured != null
                        ? Path.of(configured)
                        : Path.of(System.getProperty("lim.repo.root", "."), "..", "shared", "data");
        Path file = base.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared data not found: " + relative);
        return file;
    }

    /** Returns one random valid Student Performance row, by column. */
    static Map<String, String> porRow(Random random) {
        Map<String, String> row = new LinkedHashMap<>();
        String[] jobs = {"teacher", "health", "services", "at_home", "other"};
        row.put("school", random.nextBoolean() ? "GP" : "MS");
        row.put("sex", random.nextBoolean() ? "F" : "M");
        row.put("age", Integer.toString(15 + random.nextInt(8)));
        row.put("address", random.nextBoolean() ? "U" : "R");
        row.put("famsize", random.nextBoolean() ? "LE3" : "GT3");
        row.put("Pstatus", random.nextBoolean() ? "T" : "A");
        row.put("Medu", Integer.toString(random.nextInt(5)));
        row.put("Fedu", Integer.toString(random.nextInt(5)));
        row.put("Mjob", jobs[random.nextInt(jobs.length)]);
        row.put("Fjob", jobs[random.nextInt(jobs.length)]);
        row.put(
                "reason",
                new String[] {"home", "reputation", "course", "other"}[random.nextInt(4)]);
        row.put("guardian", new String[] {"mother", "father", "other"}[random.nextInt(3)]);
        row.put("traveltime", Integer.toString(1 + random.nextInt(4)));
        row.put("studytime", Integer.toString(1 + random.nextInt(4)));
        row.put("failures", Integer.toString(random.nextInt(4)));
        for (String flag :
                List.of(
                        "schoolsup",
                        "famsup",
                        "paid",
                        "activities",
                        "nursery",
                        "higher",
                        "internet",
                        "romantic")) {
            row.put(flag, random.nextBoolean() ? "yes" : "no");
        }
        for (String rating : List.of("famrel", "freetime", "goout", "Dalc", "Walc", "health")) {
            row.put(rating, Integer.toString(1 + random.nextInt(5)));
        }
        row.put("absences", Integer.toString(random.nextInt(94)));
        row.put("G1", Integer.toString(random.nextInt(21)));
        row.put("G2", Integer.toString(random.nextInt(21)));
        row.put("G3", Integer.toString(random.nextInt(21)));
        return row;
    }

    /** Writes rows in the original style: text quoted, numbers bare, LF line ends. */
    static Path writePor(Path file, List<Map<String, String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(POR_HEADER).append('\n');
        for (Map<String, String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String value : row.values()) {
                fields.add(value.matches("[0-9]+") ? value : "\"" + value + "\"");
            }
            text.append(String.join(";", fields)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    /** Returns one random valid dropout row as the 37 values in header order. */
    static List<String> dropoutRow(Random random) {
        List<String> values = new ArrayList<>();
        values.add(Integer.toString(1 + random.nextInt(6)));
        values.add(Integer.toString(1 + random.nextInt(60)));
        values.add(Integer.toString(random.nextInt(10)));
        values.add(Integer.toString(9000 + random.nextInt(1000)));
        values.add(Integer.toString(random.nextInt(2)));
        values.add(Integer.toString(1 + random.nextInt(40)));
        values.add(String.format(java.util.Locale.ROOT, "%.1f", 95 + random.nextDouble() * 100));
        for (int i = 0; i < 5; i++) {
            values.add(Integer.toString(1 + random.nextInt(190)));
        }
        values.add(String.format(java.util.Locale.ROOT, "%.1f", 95 + random.nextDouble() * 100));
        for (int i = 0; i < 6; i++) {
            values.add(Integer.toString(random.nextInt(2)));
        }
        values.add(Integer.toString(17 + random.nextInt(50)));
        values.add(Integer.toString(random.nextInt(2)));
        for (int semester = 0; semester < 2; semester++) {
            int enrolled = random.nextInt(10);
            int evaluations = random.nextInt(12);
            int approved =
                    evaluations == 0 ? 0 : random.nextInt(Math.min(enrolled, evaluations) + 1);
            values.add(Integer.toString(random.nextInt(3)));
            values.add(Integer.toString(enrolled));
            values.add(Integer.toString(evaluations));
            values.add(Integer.toString(approved));
            values.add(approved == 0 ? "0.0" : Double.toString(10 + random.nextInt(90) / 10.0));
            values.add(Integer.toString(random.nextInt(3)));
        }
        values.add("10.8");
        values.add("-0.3");
        values.add("1.74");
        values.add(new String[] {"Dropout", "Graduate", "Enrolled"}[random.nextInt(3)]);
        return values;
    }

    /** Writes rows in the original style: BOM, CRLF, nothing quoted but the 5th header. */
    static Path writeDropout(Path file, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF").append(DROPOUT_HEADER).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(";", row)).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
