package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions for a misspelt command, and the edit distance behind them. */
class CommandSuggestionTest {
    private static final List<String> COMMANDS =
            List.of("run", "evaluate", "plugins", "synthesize");

    @Test
    void distance_knownPairs() {
        assertEquals(0, CommandSuggestion.distance("run", "run"));
        assertEquals(1, CommandSuggestion.distance("rnu", "run"), "one adjacent swap");
        assertEquals(3, CommandSuggestion.distance("kitten", "sitting"));
        assertEquals(3, CommandSuggestion.distance("", "abc"));
        assertEquals(3, CommandSuggestion.distance("ca", "abc"), "no substring edited twice");
        assertEquals(1, CommandSuggestion.distance("plugin", "plugins"));
    }

    @Test
    void distance_symmetricAndBounded() {
        qt().forAll(
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8))
                .check(
                        (a, b) -> {
                            int distance = CommandSuggestion.distance(a, b);
                            return distance == CommandSuggestion.distance(b, a)
                                    && distance >= Math.abs(a.length() - b.length())
                                    && distance <= Math.max(a.length(), b.length())
                                    && (distance == 0) == a.equals(b);
                        });
    }

    @Test
    void closest_typos() {
        assertEquals(Optional.of("run"), CommandSuggestion.closest("rnu", COMMANDS));
        assertEquals(Optional.of("run"), CommandSuggestion.closest("RUN", COMMANDS));
        assertEquals(Optional.of("plugins"), CommandSuggestion.closest("plugin", COMMANDS));
        assertEquals(Optional.of("evaluate"), CommandSuggestion.closest("evalute", COMMANDS));
        assertEquals(Optional.of("synthesize"), CommandSuggestion.closest("synthesise", COMMANDS));
    }

    @Test
    void closest_unrelatedWord_none() {
        assertEquals(Optional.empty(), CommandSuggestion.closest("xyz", COMMANDS));
        assertEquals(Optional.empty(), CommandSuggestion.closest("report", COMMANDS));
    }

    @Test
    void message_listsCommands() {
        String message = CommandSuggestion.message("xyz", COMMANDS);

        assertEquals(
                "Unknown command 'xyz'. Commands: run, evaluate, plugins, synthesize", message);
        assertTrue(CommandSuggestion.message("rnu", COMMANDS).contains("Did you mean 'run'?"));
    }
}
