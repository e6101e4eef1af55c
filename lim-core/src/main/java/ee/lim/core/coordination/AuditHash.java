package ee.lim.core.coordination;

import ee.lim.spi.coordination.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical encoding and SHA-256 hash of an audit entry. Each field is written as its UTF-8
 * bytes prefixed by their length as a 4-byte big-endian integer, so no two different entries share
 * an encoding. The previous hash is the last field.
 */
final class AuditHash {
    private static final String FORMAT = "lim-audit-v1";

    private AuditHash() {}

    static String of(AuditEntry entry) {
        return of(
                entry.sequence(),
                entry.actorId(),
                entry.action(),
                entry.student().value(),
                entry.category().name(),
                entry.purpose(),
                entry.basis().kind().name(),
                entry.basis().reference(),
                entry.at().toString(),
                entry.previousHash());
    }

    static String of(long sequence, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, FORMAT);
        write(out, Long.toString(sequence));
        for (String field : fields) {
            write(out, field);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
