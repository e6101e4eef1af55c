package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RunOutputsTest {
    @TempDir Path temp;

    @Test
    void write_allFilesWithRows() throws IOException {
        RunReport report = SampleReports.withModel("en");
        Path out = temp.resolve("out");

        RunOutputs.write(report, out);

        for (String file : RunOutputs.FILES) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        List<String> students = Files.readAllLines(out.resolve("students.csv"));
        assertEquals(61, students.size(), "header and 60 students");
        assertEquals(
                "student_key,school,municipality,band,probability,top_reasons,needs",
                students.get(0));
        List<String> coverage = Files.readAllLines(out.resolve("coverage.csv"));
        assertEquals("learning,Võru vald,5,3,2", coverage.get(1));
        assertEquals(2, Files.readAllLines(out.resolve("referrals.csv")).size());
    }

    @Test
    void json_hasSnakeCaseFieldsAndProvenance() throws IOException {
        JsonNode json =
                ReportJson.mapper().readTree(ReportJson.write(SampleReports.withModel("en")));

        assertEquals("2005-12-17", json.get("provenance").get("as_of").asString());
        assertEquals(64, json.get("provenance").get("input_sha256").asString().length());
        assertEquals(42, json.get("provenance").get("seed").asLong());
        JsonNode evaluation = json.get("model").get("evaluation");
        assertTrue(evaluation.get("auc").isNumber());
        assertTrue(evaluation.get("pr_auc").isNumber());
        assertTrue(evaluation.get("brier").isNumber());
        assertEquals(60, json.get("students").size());
        JsonNode rows = evaluation.get("groups").get(0).get("rows");
        assertEquals("M", rows.get(1).get("group").asString());
        assertTrue(rows.get(1).get("suppressed").asBoolean(), "a group of 10 is withheld");
        assertTrue(rows.get(1).get("size").isNull());
    }

    @Test
    void csv_quotesCommasAndQuotes() {
        assertEquals("\"a,b\"", Csv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
        assertEquals("plain", Csv.quote("plain"));
    }
}
