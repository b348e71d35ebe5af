package io.talentradar.common.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key material. Keys are 256 random bits, so a fast SHA-256 of the key is a safe thing to store and look
 * up (a slow password hash protects guessable secrets; these are not guessable).
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The identity attribute naming the key itself ("key-17", "bootstrap"): names are not unique. */
    public static final String KEY_ID = "talentradar.key-id";

    private ApiKeys() {}

    /** Who made a request, by key: the key's id, "bootstrap", or "anonymous". */
    public static String keyId(io.quarkus.security.identity.SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        Object id = identity.getAttribute(KEY_ID);
        return id == null ? "anonymous" : id.toString();
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "tr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String prefix(String key) {
        return key.substring(0, Math.min(8, key.length()));
    }
}
