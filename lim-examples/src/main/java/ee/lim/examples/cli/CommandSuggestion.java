package ee.lim.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The message for a misspelt command: the closest command by edit distance, when one is close
 * enough, and the list of commands. Stateless and thread-safe.
 */
final class CommandSuggestion {
    private CommandSuggestion() {}

    /**
     * Returns the message for an unknown command.
     *
     * @param typed the argument given where a command was expected; never {@code null}
     * @param commands the command names, in the order to list them; never {@code null}
     * @return such as {@code "Unknown command 'rnu'. Did you mean 'run'? Commands: run, plugins"}
     */
    static String message(String typed, List<String> commands) {
        StringBuilder message = new StringBuilder("Unknown command '").append(typed).append("'.");
        closest(typed, commands)
                .ifPresent(
                        command -> message.append(" Did you mean '").append(command).append("'?"));
        return message.append(" Commands: ").append(String.join(", ", commands)).toString();
    }

    /**
     * Returns the command with the smallest edit distance to {@code typed}, ignoring case, if that
     * distance is at most 2 or at most a third of the command's length. On a tie the earlier
     * command in {@code commands} wins.
     */
    static Optional<String> closest(String typed, List<String> commands) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String command : commands) {
            int distance = distance(lower, command.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * Returns the optimal string alignment distance: the number of insertions, deletions,
     * substitutions and swaps of two adjacent characters that turn {@code a} into {@code b}, where
     * no substring is edited twice.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value =
                        Math.min(
                                d[i - 1][j] + 1, Math.min(d[i][j - 1] + 1, d[i - 1][j - 1] + cost));
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
