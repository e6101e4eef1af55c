package ee.lim.plugin.oneroster.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The provenance hash of a folder import: SHA-256 over one line {@code <file> <sha256>\n} per file
 * read, in reading order. Not thread-safe.
 */
final class InputDigest {
    private final MessageDigest digest;

    InputDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Adds a file that was read.
     *
     * @param file the file name relative to the input
     * @param sha256Hex the hex SHA-256 of its bytes
     */
    void add(String file, String sha256Hex) {
        digest.update((file + " " + sha256Hex + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the digest of every file added.
     *
     * @return the lower-case hex SHA-256
     */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
