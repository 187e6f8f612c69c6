package nl.soneta.site.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-hashed file names ({@code search.3f9a1c2b7e.js}): a changed file gets a new name, so hosts and
 * browsers may cache every such file forever.
 */
public final class Fingerprint {
    private static final int HASH_LENGTH = 10;

    private Fingerprint() {
    }

    /** {@code stem.<hash>.extension}. */
    public static String name(String stem, String extension, byte[] bytes) {
        return stem + "." + hash(bytes) + "." + extension;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
