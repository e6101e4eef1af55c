package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {
    @TempDir Path empty;

    @Test
    void findBinaries_noneInstalled_failsNamingPackage() {
        IllegalStateException error =
                assertThrows(
                        IllegalStateException.class,
                        () -> PostgresServer.Throwaway.findBinaries(empty));

        assertTrue(error.getMessage().contains("apt-get install postgresql"), error.getMessage());
        assertTrue(error.getMessage().contains("LIM_TEST_PG_URL"), error.getMessage());
    }
}
