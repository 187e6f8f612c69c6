package nl.soneta.site.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Request targets that try to climb out of a served folder, in the spellings that have fooled real servers: plain
 * {@code ../}, percent-encoded dots and slashes (upper and lower case), double encoding, backslashes, overlong UTF-8
 * for the dot and the slash, {@code ..;/}, null bytes, absolute paths, the absolute form of a request line with
 * {@code http:} and {@code file:}, climbs that start inside a folder, and very long paths. Each climbs to files a
 * server must never send: a canary beside the folder, the project's {@code pom.xml} and {@code content/site.yaml},
 * and {@code /etc/passwd}.
 */
public final class TraversalPaths {
    private static final List<String> TARGETS = List.of("canary.txt", "pom.xml", "content/site.yaml", "etc/passwd");
    private static final int[] DEPTHS = {1, 2, 3, 8};
    /** One step up, spelled in every way; each is repeated for the depth. */
    private static final List<String> UP = List.of("../", "..%2f", "..%2F", "%2e%2e/", "%2E%2E/", "%2e%2e%2f", ".%2e/",
            "%2e./", "%252e%252e%252f", "..%252f", "..\\", "..%5c", "..%5C", "%2e%2e%5c", "%c0%ae%c0%ae/",
            "%c0%ae%c0%ae%c0%af", "%e0%80%ae%e0%80%ae/", "..%c0%af", "..%c1%9c", "....//", "..;/", "..%00/",
            "%u002e%u002e/", "..%ef%bc%8f");
    private static final List<String> INSIDE = List.of("organisaties/", "assets/", "media/", "_soneta/", "zoeken/index/");

    private TraversalPaths() {
    }

    /**
     * Every target for a server whose site starts at {@code base} (such as {@code /} or {@code /soneta-site/}) on
     * {@code port}; {@code canary} is the absolute path of the canary file beside the folder.
     */
    public static List<String> all(int port, String base, String canary) {
        Set<String> paths = new LinkedHashSet<>();
        for (String target : TARGETS) {
            for (int depth : DEPTHS) {
                for (String up : UP) {
                    paths.add(base + up.repeat(depth) + target);
                }
                for (String folder : INSIDE) {
                    paths.add(base + folder + "../".repeat(depth + 1) + target);
                    paths.add(base + folder + "..%2f".repeat(depth + 1) + target);
                }
                paths.add("http://127.0.0.1:" + port + base + "../".repeat(depth) + target);
            }
            paths.add(base + target);
            paths.add(base + target + "%00");
            paths.add(base + target + "%00.html");
            paths.add(base + "../".repeat(2) + target + "%00index.html");
        }
        paths.add(base + "/etc/passwd");
        paths.add(base + "%2fetc%2fpasswd");
        paths.add("//etc/passwd");
        paths.add("/etc/passwd");
        paths.add(base + canary.substring(1));
        paths.add(base + "/" + canary.substring(1));
        paths.add(base + "%2f" + canary.substring(1).replace("/", "%2f"));
        paths.add("file:///etc/passwd");
        paths.add("file://" + canary);
        paths.add(base + "content/organisaties/ouderenbond.md");
        paths.add(base + "%00");
        paths.add(base + ".." );
        paths.add(base + "%2e%2e");
        // long enough to trouble a server that copies or normalises the path carelessly
        paths.add(base + "../".repeat(3000) + "etc/passwd");
        paths.add(base + "%2e%2e%2f".repeat(5000) + "canary.txt");
        paths.add(base + "a/".repeat(20_000) + "index.html");
        return new ArrayList<>(paths);
    }
}
