package ee.lim.plugin.estonia.isikukood;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.PluginException;
import ee.lim.spi.Pseudonymiser;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.StudentKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Turns a valid isikukood into a {@link StudentKey} with a keyed hash, id {@code ee-isikukood}.
 *
 * <p>The key is {@code "ee-"} followed by the first 16 bytes (128 bits) of HMAC-SHA256(key, code)
 * in lower-case hex. Without the key material the code cannot be recovered from the key. The same
 * code and key always give the same student key, so use one key per data controller and keep it out
 * of the data it protects.
 *
 * <p>The key material comes from the constructor, or, for the {@link java.util.ServiceLoader}
 * no-argument constructor, from the system property {@value #KEY_PROPERTY} or else the environment
 * variable {@value #KEY_ENVIRONMENT_VARIABLE}: Base64 of at least {@value #MINIMUM_KEY_BYTES}
 * bytes. A missing or invalid setting does not stop the plugin from loading, so engines that never
 * pseudonymise are unaffected; {@link #pseudonymise} then throws a {@link PluginException} naming
 * the setting.
 *
 * <p>The code is never logged, stored or put into a message. Instances are immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IsikukoodPseudonymiser implements Pseudonymiser {
    /** The plugin id. */
    public static final String ID = "ee-isikukood";

    /** The system property with the Base64 key material; it takes precedence. */
    public static final String KEY_PROPERTY = "lim.ee.pseudonym-key";

    /** The environment variable with the Base64 key material. */
    public static final String KEY_ENVIRONMENT_VARIABLE = "LIM_EE_PSEUDONYM_KEY";

    /** The smallest accepted key length in bytes. */
    public static final int MINIMUM_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_PREFIX_BYTES = 16;

    private final SecretKeySpec key;
    private final String configurationProblem;

    /**
     * Creates the pseudonymiser with key material from the system property {@value #KEY_PROPERTY}
     * or the environment variable {@value #KEY_ENVIRONMENT_VARIABLE}.
     */
    public IsikukoodPseudonymiser() {
        String setting = System.getProperty(KEY_PROPERTY);
        String source = "system property " + KEY_PROPERTY;
        if (setting == null || setting.isBlank()) {
            setting = System.getenv(KEY_ENVIRONMENT_VARIABLE);
            source = "environment variable " + KEY_ENVIRONMENT_VARIABLE;
        }
        SecretKeySpec parsed = null;
        String problem = null;
        if (setting == null || setting.isBlank()) {
            problem =
                    "no pseudonymisation key is configured; set the system property "
                            + KEY_PROPERTY
                            + " or the environment variable "
                            + KEY_ENVIRONMENT_VARIABLE
                            + " to the Base64 of at least "
                            + MINIMUM_KEY_BYTES
                            + " random bytes";
        } else {
            try {
                byte[] bytes = Base64.getDecoder().decode(setting.strip());
                if (bytes.length < MINIMUM_KEY_BYTES) {
                    problem =
                            "the key in the "
                                    + source
                                    + " has "
                                    + bytes.length
                                    + " bytes; use at least "
                                    + MINIMUM_KEY_BYTES;
                } else {
                    parsed = new SecretKeySpec(bytes, ALGORITHM);
                }
                Arrays.fill(bytes, (byte) 0);
            } catch (IllegalArgumentException e) {
                problem = "the key in the " + source + " is not valid Base64; re-encode it";
            }
        }
        this.key = parsed;
        this.configurationProblem = problem;
    }

    /**
     * Creates the pseudonymiser with the given key material.
     *
     * @param keyMaterial at least {@value #MINIMUM_KEY_BYTES} bytes; copied, never {@code null}
     * @throws InvalidInputException if {@code keyMaterial} is {@code null} or too short
     */
    public IsikukoodPseudonymiser(byte[] keyMaterial) {
        if (keyMaterial == null) {
            throw new InvalidInputException(
                    "keyMaterial", "keyMaterial is missing; supply the key bytes");
        }
        if (keyMaterial.length < MINIMUM_KEY_BYTES) {
            throw new InvalidInputException(
                    "keyMaterial",
                    "keyMaterial must have at least "
                            + MINIMUM_KEY_BYTES
                            + " bytes, got "
                            + keyMaterial.length);
        }
        this.key = new SecretKeySpec(keyMaterial.clone(), ALGORITHM);
        this.configurationProblem = null;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "Estonian isikukood to a keyed HMAC-SHA256 student key";
    }

    /**
     * Validates an isikukood and turns it into a student key.
     *
     * @param nationalId the code; never {@code null}
     * @return {@code "ee-"} and 32 lower-case hex digits
     * @throws InvalidInputException if the code is invalid; the message names the rule from {@link
     *     IsikukoodCheck} and never quotes the code
     * @throws PluginException if no valid key material is configured
     */
    @Override
    public StudentKey pseudonymise(String nationalId) {
        if (key == null) {
            throw new PluginException(ID, ID + ": " + configurationProblem, null);
        }
        IsikukoodCheck check = IsikukoodValidator.check(nationalId);
        if (!check.isValid()) {
            throw new InvalidInputException(
                    "nationalId",
                    "nationalId is not a valid isikukood: it "
                            + check.description()
                            + " (rule "
                            + check
                            + "); correct it at the source");
        }
        byte[] digest;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            digest = mac.doFinal(nationalId.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new PluginException(ID, ID + ": " + ALGORITHM + " is not available", e);
        }
        return new StudentKey("ee-" + HexFormat.of().formatHex(digest, 0, KEY_PREFIX_BYTES));
    }
}
