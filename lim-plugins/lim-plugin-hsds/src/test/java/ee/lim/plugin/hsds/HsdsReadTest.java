package ee.lim.plugin.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.spi.CatalogueImport;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Service;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsdsReadTest {
    private final HsdsCatalogueSource source = new HsdsCatalogueSource();

    private static Map<String, Service> byId(CatalogueImport result) {
        return result.catalogue().services().stream()
                .collect(Collectors.toMap(Service::id, s -> s));
    }

    @Test
    void tabular_readsEveryLimConvention(@TempDir Path tmp) throws Exception {
        CatalogueImport result = source.read(SourceInput.of(Fixtures.tabular(tmp)));

        Map<String, Service> services = byId(result);
        Service social = services.get("svc-1");
        assertEquals(Map.of(NeedCategory.ATTENDANCE, 0.8), social.coverage());
        assertEquals(Service.Level.PRIMARY, social.level());
        assertEquals(Sector.EDUCATION, social.sector());
        assertEquals(5, social.waitingDays());
        assertEquals(1, social.eligibility().minGrade());
        assertEquals(12, social.eligibility().maxGrade());
        assertEquals(6, social.capacity().available());
        assertEquals(10, social.capacity().maximum());
        assertEquals("student places", social.capacity().unit());
        assertEquals(57.8254, social.place().latitude(), 1e-9);
        Service protection = services.get("svc-2");
        assertEquals(Set.of("0142"), protection.eligibility().municipalities());
        assertEquals(Set.of("et", "ru"), protection.eligibility().languages());
        assertEquals(SupportTier.ENHANCED, protection.eligibility().requiredTier());
        assertTrue(protection.eligibility().consentRequired());
        assertEquals(17, protection.eligibility().maxAge());
        assertNull(protection.capacity().maximum());
        assertFalse(services.get("svc-3").active());
        assertEquals(2, result.catalogue().providers().size());
    }

    @Test
    void tabular_closedServiceIsWarningOnly(@TempDir Path tmp) throws Exception {
        CatalogueImport result = source.read(SourceInput.of(Fixtures.tabular(tmp)));

        assertEquals(0, result.report().rejectedCount());
        assertTrue(
                result.report().problems().stream()
                        .anyMatch(
                                p ->
                                        p.severity() == ImportProblem.Severity.WARNING
                                                && p.reason().contains("temporarily closed")),
                result.report().problems().toString());
    }

    @Test
    void tabular_badRowsAreReportedWithLine(@TempDir Path tmp) throws Exception {
        Path folder = Fixtures.tabular(tmp);
        Files.writeString(
                folder.resolve("services.csv"),
                """
                id,organization_id,name,status
                svc-1,org-1,Good,active
                svc-2,org-9,Unknown organisation,active
                svc-3,org-2,Bad status,sleeping
                ,org-2,No id,active
                """,
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("service_capacity.csv"),
                """
                id,service_id,unit_id,available,maximum
                c-1,svc-1,u-1,6,10
                c-9,svc-404,u-1,1,1
                c-2,svc-2,u-1,many,
                """,
                StandardCharsets.UTF_8);

        CatalogueImport result = source.read(SourceInput.of(folder));

        assertEquals(List.of("svc-1"), List.copyOf(byId(result).keySet()));
        List<ImportProblem> rejected =
                result.report().problems().stream()
                        .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                        .collect(Collectors.toList());
        assertTrue(
                rejected.stream()
                        .anyMatch(p -> p.file().equals("service_capacity.csv") && p.line() == 3),
                rejected.toString());
        assertTrue(
                rejected.stream()
                        .anyMatch(
                                p ->
                                        p.file().equals("services.csv")
                                                && p.line() == 3
                                                && p.reason().contains("org-9")),
                rejected.toString());
        assertTrue(
                rejected.stream().anyMatch(p -> p.line() == 4 && p.reason().contains("sleeping")),
                rejected.toString());
        assertTrue(
                rejected.stream().anyMatch(p -> p.line() == 5 && p.reason().contains("id")),
                rejected.toString());
    }

    @Test
    void json_badServicesAreReportedByPointer(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("services.json");
        String good =
                "{\"id\":\"a\",\"name\":\"A\",\"status\":\"active\","
                        + "\"organization\":{\"id\":\"o\",\"name\":\"O\"},"
                        + "\"attributes\":[{\"taxonomy_term\":{\"code\":\"learning\","
                        + "\"taxonomy\":\"lim-needs\"},\"value\":\"0.5\"}],"
                        + "\"capacities\":[{\"available\":2,\"unit\":{\"name\":\"places\"}}]}";
        String badCoverage = good.replace("\"a\"", "\"b\"").replace("0.5", "1.5");
        String noNeeds =
                "{\"id\":\"c\",\"name\":\"C\",\"status\":\"active\","
                        + "\"organization\":{\"id\":\"o\",\"name\":\"O\"}}";
        Files.writeString(
                file,
                "[\n" + good + ",\n" + badCoverage + ",\n" + noNeeds + ",\n42\n]",
                StandardCharsets.UTF_8);

        CatalogueImport result = source.read(SourceInput.of(file));

        assertEquals(Set.of("a"), byId(result).keySet());
        List<ImportProblem> rejected =
                result.report().problems().stream()
                        .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                        .collect(Collectors.toList());
        assertEquals(3, rejected.size(), rejected.toString());
        assertEquals("/1/attributes/0/value", rejected.get(0).column());
        assertEquals(3, rejected.get(0).line());
        assertEquals("/2/attributes", rejected.get(1).column());
        assertEquals("/3", rejected.get(2).column());
    }

    @Test
    void json_syntaxErrorKeepsEarlierServices(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("services.json");
        String text = Files.readString(HsdsCatalogues.voruCounty().location());
        int cut = text.indexOf("\n {", text.length() / 2);
        Files.writeString(
                file, text.substring(0, cut) + "\n {\"id\": oops", StandardCharsets.UTF_8);

        CatalogueImport result = source.read(SourceInput.of(file));

        assertFalse(result.catalogue().services().isEmpty());
        assertEquals(1, result.report().rejectedCount());
    }

    @Test
    void read_folderWithoutPackageOrJsonThrows(@TempDir Path tmp) {
        assertThrows(InvalidInputException.class, () -> source.read(SourceInput.of(tmp)));
    }

    @Test
    void voruCounty_coversTheFiveMunicipalities() {
        CatalogueImport result = source.read(HsdsCatalogues.voruCounty());

        assertEquals(0, result.report().rejectedCount(), result.report().problems().toString());
        Set<String> codes =
                result.catalogue().services().stream()
                        .flatMap(s -> s.eligibility().municipalities().stream())
                        .collect(Collectors.toSet());
        assertEquals(HsdsCatalogues.VORU_MUNICIPALITIES.keySet(), codes);
        assertTrue(
                result.catalogue().services().stream()
                        .allMatch(s -> s.place() != null && s.capacity().available() > 0));
        assertTrue(
                result.catalogue().providers().stream()
                        .anyMatch(p -> p.name().contains("Rajaleidja")));
    }
}
