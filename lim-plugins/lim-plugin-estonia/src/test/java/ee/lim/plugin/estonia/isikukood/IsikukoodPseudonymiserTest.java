package ee.lim.plugin.estonia.isikukood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.PluginException;
import ee.lim.spi.Pseudonymiser;
import ee.lim.spi.model.StudentKey;
import ee.lim.testkit.PseudonymiserContract;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class IsikukoodPseudonymiserTest extends PseudonymiserContract {
    private static final byte[] KEY =
            "a test key of 32 bytes, not real".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected Pseudonymiser createPlugin() {
        return new IsikukoodPseudonymiser(KEY);
    }

    @Override
    protected List<String> validIds() {
        return List.of("36805280109", "36805280113", "36805280600", "50002291239");
    }

    @Override
    protected String invalidId() {
        return "36805280108";
    }

    @Test
    void pseudonymise_matchesHmacComputedIndependently() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] digest = mac.doFinal("36805280109".getBytes(StandardCharsets.US_ASCII));
        String expected = "ee-" + HexFormat.of().formatHex(digest).substring(0, 32);

        StudentKey key = createPlugin().pseudonymise("36805280109");

        assertEquals(expected, key.value());
    }

    @Test
    void pseudonymise_otherKeyOtherStudentKey() {
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        assertNotEquals(
                new IsikukoodPseudonymiser(otherKey).pseudonymise("36805280109"),
                createPlugin().pseudonymise("36805280109"));
    }

    @Test
    void pseudonymise_namesFailedRuleWithoutCode() {
        for (String code : List.of("46805280109", "36813280109", "3680528010x", "123")) {
            InvalidInputException error =
                    assertThrows(
                            InvalidInputException.class, () -> createPlugin().pseudonymise(code));

            assertFalse(error.getMessage().contains(code), "message quotes the code");
            assertTrue(error.getMessage().contains("rule "), error.getMessage());
        }
    }

    @Test
    void pseudonymise_nullRejectedAsMissing() {
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> createPlugin().pseudonymise(null));

        assertTrue(error.getMessage().contains("MISSING"), error.getMessage());
    }

    @Test
    void constructor_shortKeyRejected() {
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> new IsikukoodPseudonymiser(new byte[15]));

        assertEquals("keyMaterial must have at least 16 bytes, got 15", error.getMessage());
    }

    @Test
    void constructor_copiesKey() {
        byte[] key = KEY.clone();
        IsikukoodPseudonymiser pseudonymiser = new IsikukoodPseudonymiser(key);
        StudentKey before = pseudonymiser.pseudonymise("36805280109");

        key[0] ^= 1;

        assertEquals(before, pseudonymiser.pseudonymise("36805280109"));
    }

    @Test
    void serviceConstructor_readsKeyFromSystemProperty() {
        String previous = System.getProperty(IsikukoodPseudonymiser.KEY_PROPERTY);
        try {
            System.setProperty(
                    IsikukoodPseudonymiser.KEY_PROPERTY, Base64.getEncoder().encodeToString(KEY));

            assertEquals(
                    createPlugin().pseudonymise("36805280109"),
                    new IsikukoodPseudonymiser().pseudonymise("36805280109"));
        } finally {
            restore(previous);
        }
    }

    @Test
    void serviceConstructor_failsClearlyWithoutKey() {
        String previous = System.getProperty(IsikukoodPseudonymiser.KEY_PROPERTY);
        try {
            System.clearProperty(IsikukoodPseudonymiser.KEY_PROPERTY);
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    System.getenv(IsikukoodPseudonymiser.KEY_ENVIRONMENT_VARIABLE) == null,
                    "the environment sets a key");
            IsikukoodPseudonymiser pseudonymiser = new IsikukoodPseudonymiser();

            PluginException error =
                    assertThrows(
                            PluginException.class, () -> pseudonymiser.pseudonymise("36805280109"));

            assertEquals("ee-isikukood", error.pluginId());
            assertTrue(error.getMessage().contains("lim.ee.pseudonym-key"), error.getMessage());
            assertTrue(error.getMessage().contains("LIM_EE_PSEUDONYM_KEY"), error.getMessage());
            assertFalse(error.getMessage().contains("36805280109"));
        } finally {
            restore(previous);
        }
    }

    @Test
    void serviceConstructor_rejectsShortOrMalformedKey() {
        String previous = System.getProperty(IsikukoodPseudonymiser.KEY_PROPERTY);
        try {
            System.setProperty(IsikukoodPseudonymiser.KEY_PROPERTY, "c2hvcnQ=");
            PluginException shortKey =
                    assertThrows(
                            PluginException.class,
                            () -> new IsikukoodPseudonymiser().pseudonymise("36805280109"));
            System.setProperty(IsikukoodPseudonymiser.KEY_PROPERTY, "not base64 !");
            PluginException malformed =
                    assertThrows(
                            PluginException.class,
                            () -> new IsikukoodPseudonymiser().pseudonymise("36805280109"));

            assertTrue(shortKey.getMessage().contains("has 5 bytes"), shortKey.getMessage());
            assertTrue(malformed.getMessage().contains("not valid Base64"), malformed.getMessage());
            assertFalse(malformed.getMessage().contains("not base64 !"), "message quotes the key");
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(IsikukoodPseudonymiser.KEY_PROPERTY);
        } else {
            System.setProperty(IsikukoodPseudonymiser.KEY_PROPERTY, previous);
        }
    }
}
