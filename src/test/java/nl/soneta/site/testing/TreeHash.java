package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 of every file of a folder by relative path: two trees are byte-identical when their maps are equal. */
public final class TreeHash {
    private TreeHash() {
    }

    public static Map<String, String> of(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(root.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
