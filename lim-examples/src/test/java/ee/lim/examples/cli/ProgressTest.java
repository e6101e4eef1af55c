package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void inactive_printsNothing() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false);

        progress.start("Training the model");
        progress.update(5, 10);
        progress.done();

        assertEquals("", err.toString());
    }

    @Test
    void active_printsStepPercentAndDone() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true);

        progress.start("Training the model");
        progress.update(5, 10);
        progress.update(5, 10);
        progress.done();

        String printed = err.toString();
        assertTrue(printed.contains("Training the model ..."), printed);
        assertEquals(
                printed.indexOf("50%"), printed.lastIndexOf("50%"), "a percent is printed once");
        assertTrue(printed.endsWith("done\033[K\n"), printed);
    }

    @Test
    void onTerminal_inTestsIsInactive() {
        // Surefire runs tests with output redirected, never on a terminal.
        assertFalse(Progress.onTerminal(new PrintWriter(new StringWriter())).isActive());
    }

    @Test
    void isTerminal_noConsoleIsFalse() {
        assertFalse(Progress.isTerminal(null));
    }
}
