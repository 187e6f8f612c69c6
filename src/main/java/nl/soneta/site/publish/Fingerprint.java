package nl.soneta.site.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        return stem + "." + hash(List.of(bytes)) + "." + extension;
    }

    /** The hash of several contents together, as a short hex string. */
    public static String hash(List<byte[]> contents) {
        return HexFormat.of().formatHex(digest(contents)).substring(0, HASH_LENGTH);
    }

    /** The full SHA-256 of several contents together. */
    public static byte[] digest(List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach(digest::update);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
