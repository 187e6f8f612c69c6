package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** SHA-256 of every file of a folder by relative path: two trees are byte-identical when their maps are equal. */
public final class TreeHash {
    private static final int LISTED_DIFFERENCES = 20;

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

    /**
     * The paths whose bytes differ between two trees, or that only one has, as a failure message short enough to
     * read: the first {@value #LISTED_DIFFERENCES}, then how many more. Empty when the trees are byte-identical.
     */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        TreeSet<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        List<String> differing = paths.stream().filter(path -> !Objects.equals(expected.get(path), actual.get(path)))
                .map(path -> path + (!actual.containsKey(path) ? " (missing)" : !expected.containsKey(path) ? " (extra)" : ""))
                .toList();
        if (differing.size() <= LISTED_DIFFERENCES) {
            return differing;
        }
        List<String> listed = new ArrayList<>(differing.subList(0, LISTED_DIFFERENCES));
        listed.add("and " + (differing.size() - LISTED_DIFFERENCES) + " more");
        return listed;
    }
}
