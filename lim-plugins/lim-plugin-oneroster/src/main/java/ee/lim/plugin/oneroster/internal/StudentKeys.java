package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.StudentKey;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives a {@link StudentKey} from a OneRoster sourcedId with HMAC-SHA256 under a secret, so the
 * key is stable across imports with the same secret and the sourcedId cannot be recovered without
 * it. The key is {@code or-} followed by the first 128 bits of the MAC in hex. Thread-safe: each
 * call uses its own {@link Mac}.
 */
final class StudentKeys {
    /** The shortest secret accepted, in characters. */
    static final int MIN_SECRET_LENGTH = 16;

    private final SecretKeySpec secret;

    /**
     * Creates the derivation.
     *
     * @param secret the secret; never quoted in a message
     * @throws InvalidInputException if the secret is missing or shorter than {@value
     *     #MIN_SECRET_LENGTH} characters
     */
    StudentKeys(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new InvalidInputException(
                    "pseudonymKey",
                    "Option pseudonymKey must be a secret of at least "
                            + MIN_SECRET_LENGTH
                            + " characters; student keys are an HMAC of the sourcedId under it."
                            + " Keep it the same across imports and out of the data folder");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * Derives the key of a user.
     *
     * @param sourcedId the user's sourcedId
     * @return the key
     */
    StudentKey keyOf(String sourcedId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] hash = mac.doFinal(sourcedId.getBytes(StandardCharsets.UTF_8));
            return new StudentKey("or-" + HexFormat.of().formatHex(hash, 0, 16));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
