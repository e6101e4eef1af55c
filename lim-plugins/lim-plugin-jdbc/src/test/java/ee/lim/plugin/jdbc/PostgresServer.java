package ee.lim.plugin.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the tests. When LIM_TEST_PG_URL, LIM_TEST_PG_USER and LIM_TEST_PG_PASSWORD
 * are set (as .ci/run does), it uses that server. Otherwise it starts a throwaway server from the
 * installed binaries on 127.0.0.1 and a free port, with fsync off, once per test run, and stops and
 * deletes it when the run ends. Without PostgreSQL binaries it fails with a message naming the
 * package to install.
 *
 * <p>Each call of {@link #freshSchema()} creates an empty schema, so tests do not see each other's
 * rows.
 */
final class PostgresServer implements BeforeAllCallback {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Connection admin;
    private static String url;
    private static String user;
    private static String password;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start(context);
    }

    private static synchronized void start(ExtensionContext context) throws Exception {
        if (url != null) {
            return;
        }
        String envUrl = System.getenv("LIM_TEST_PG_URL");
        if (envUrl != null && !envUrl.isBlank()) {
            url = envUrl;
            user = System.getenv("LIM_TEST_PG_USER");
            password = System.getenv("LIM_TEST_PG_PASSWORD");
            System.out.println("PostgreSQL: using the server in LIM_TEST_PG_URL");
        } else {
            Throwaway server = Throwaway.start();
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(PostgresServer.class.getName(), (AutoCloseable) server::stop);
            url = server.url();
            user = "postgres";
            password = "";
        }
        admin = DriverManager.getConnection(url, user, password);
    }

    /**
     * Returns the URL of a new, empty schema.
     *
     * @return a JDBC URL that selects the schema
     */
    static synchronized String freshSchema() {
        String schema =
                "lim_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String user() {
        return user;
    }

    static String password() {
        return password;
    }

    /** A server started from the installed binaries for this test run. */
    static final class Throwaway {
        private final Path bin;
        private final Path dir;
        private final int port;

        private Throwaway(Path bin, Path dir, int port) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
        }

        static Throwaway start() throws IOException, InterruptedException, SQLException {
            Path bin = findBinaries(Path.of("/usr/lib/postgresql"));
            Path dir = Files.createTempDirectory("lim-pg-");
            try {
                return start(bin, dir);
            } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
                try {
                    new Throwaway(bin, dir, 0).stop();
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        private static Throwaway start(Path bin, Path dir)
                throws IOException, InterruptedException, SQLException {
            if (isRoot()) {
                run(List.of("chown", "postgres:postgres", dir.toString()), false);
            }
            int port = freePort();
            Throwaway server = new Throwaway(bin, dir, port);
            server.run(
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-U",
                            "postgres",
                            "-A",
                            "trust",
                            "-E",
                            "UTF8"));
            server.run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-l",
                            dir.resolve("log").toString(),
                            "-w",
                            "-o",
                            "-c listen_addresses=127.0.0.1 -p "
                                    + port
                                    + " -c fsync=off -c unix_socket_directories="
                                    + dir,
                            "start"));
            try (Connection connection =
                            DriverManager.getConnection(
                                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                                    "postgres",
                                    "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE lim_test");
            }
            System.out.println("PostgreSQL: started a throwaway server on 127.0.0.1:" + port);
            return server;
        }

        String url() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/lim_test";
        }

        /** Stops the server if it runs, then deletes its folder even when the stop fails. */
        void stop() throws IOException, InterruptedException {
            try {
                if (!Files.isRegularFile(dir.resolve("data").resolve("postmaster.pid"))) {
                    return;
                }
                run(
                        List.of(
                                bin.resolve("pg_ctl").toString(),
                                "-D",
                                dir.resolve("data").toString(),
                                "-m",
                                "immediate",
                                "stop"));
            } finally {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(
                                    path -> {
                                        try {
                                            Files.deleteIfExists(path);
                                        } catch (IOException e) {
                                            throw new UncheckedIOException(e);
                                        }
                                    });
                }
            }
        }

        private void run(List<String> command) throws IOException, InterruptedException {
            run(command, isRoot());
        }

        private static void run(List<String> command, boolean asPostgres)
                throws IOException, InterruptedException {
            List<String> full = new ArrayList<>();
            if (asPostgres) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        "PostgreSQL command failed: " + String.join(" ", full) + "\n" + output);
            }
        }

        static Path findBinaries(Path base) throws IOException {
            List<Path> candidates = new ArrayList<>();
            if (Files.isDirectory(base)) {
                try (Stream<Path> versions = Files.list(base)) {
                    versions.map(v -> v.resolve("bin"))
                            .filter(b -> Files.isExecutable(b.resolve("initdb")))
                            .forEach(candidates::add);
                }
            }
            candidates.sort(
                    Comparator.comparingInt(
                            b -> {
                                try {
                                    return Integer.parseInt(b.getParent().getFileName().toString());
                                } catch (NumberFormatException e) {
                                    return 0;
                                }
                            }));
            if (candidates.isEmpty()) {
                throw new IllegalStateException(
                        "The PostgreSQL tests need a PostgreSQL server. Either set LIM_TEST_PG_URL,"
                                + " LIM_TEST_PG_USER and LIM_TEST_PG_PASSWORD (source .ci/postgres.sh;"
                                + " start_postgres), or install the binaries so the tests start"
                                + " their own: apt-get install postgresql");
            }
            return candidates.get(candidates.size() - 1);
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name").toLowerCase(Locale.ROOT));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket =
                    new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
                return socket.getLocalPort();
            }
        }
    }
}
