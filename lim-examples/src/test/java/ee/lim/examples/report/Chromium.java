package ee.lim.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs Debian's headless Chromium on a local HTML file, offline: every host name resolves to
 * nothing, so a page that tried to load anything from the network would log an error.
 */
public final class Chromium {
    private static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    /**
     * What one run printed.
     *
     * @param output standard output (the DOM for {@code --dump-dom})
     * @param consoleMessages the page's console messages from the browser log
     */
    public record Result(String output, List<String> consoleMessages) {}

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /**
     * Finds the browser.
     *
     * @return the browser, or {@code null} when none is installed
     */
    /**
     * Finds Chromium and fails the test when it is missing: the report check needs a real browser.
     *
     * @return the browser
     * @throws AssertionError if no Chromium is installed
     */
    public static Chromium require() {
        Chromium chromium = find();
        if (chromium == null) {
            throw new AssertionError(
                    "Chromium is needed to check the HTML report in a real browser and was not"
                            + " found; on Debian run: apt-get install -y chromium");
        }
        return chromium;
    }

    /**
     * Finds Chromium, if installed.
     *
     * @return the browser, or {@code null} when none is installed
     */
    public static Chromium find() {
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return new Chromium(path);
            }
        }
        return null;
    }

    /**
     * Loads the page and prints its DOM after load.
     *
     * @param page the HTML file
     * @param work a folder for the browser profile
     * @return the DOM and the console messages
     * @throws IOException if the browser cannot be started or times out
     * @throws InterruptedException if interrupted while waiting
     */
    public Result dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(page, work, "--dump-dom");
    }

    /**
     * Loads the page and saves a screenshot.
     *
     * @param page the HTML file
     * @param work a folder for the browser profile
     * @param png where the screenshot goes
     * @return the console messages
     * @throws IOException if the browser cannot be started or times out
     * @throws InterruptedException if interrupted while waiting
     */
    public Result screenshot(Path page, Path work, Path png)
            throws IOException, InterruptedException {
        return run(page, work, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,4000");
    }

    private Result run(Path page, Path work, String... action)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        Path stdout = work.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = work.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(
                List.of(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--enable-logging=stderr",
                        "--v=0",
                        "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 90 s");
        }
        List<String> console =
                Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains(":CONSOLE"))
                        .collect(Collectors.toList());
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }
}
