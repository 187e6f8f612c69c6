package nl.soneta.site.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' static host keeps to its folder, like the hosts it stands in for: {@link TraversalPaths} get 404 or 400. */
class StaticHostTraversalTest {
    private static final String CANARY = "KANARIE-2b81e0-NIET-SERVEREN";

    @Test
    void noPathReachesOutsideTheServedFolder(@TempDir Path temp) throws IOException {
        Path canary = temp.resolve("canary.txt").toAbsolutePath();
        Files.writeString(canary, CANARY + "-buiten");
        Files.writeString(temp.resolve("pom.xml"), CANARY + "-pom");
        Files.createDirectories(temp.resolve("content"));
        Files.writeString(temp.resolve("content/site.yaml"), CANARY + "-site");
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("organisaties"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Thuis</title>");
        Files.writeString(site.resolve("_headers"), "/*\n  X-Kanarie: " + CANARY + "-headers\n");
        try (StaticHost host = StaticHost.serve(site, ServedSite.BASE_PATH)) {
            int port = Integer.parseInt(host.origin().substring(host.origin().lastIndexOf(':') + 1));
            assertEquals(200, RawHttp.send(port, "GET", ServedSite.BASE_PATH).status());
            List<String> wrong = new ArrayList<>();
            List<String> paths = TraversalPaths.all(port, ServedSite.BASE_PATH, canary.toString());
            paths.add(ServedSite.BASE_PATH + "_headers");
            for (String path : paths) {
                RawHttp.Response response = RawHttp.send(port, "GET", path);
                if (response.status() != 404 && response.status() != 400) {
                    wrong.add(path + " -> " + response.status());
                }
                if (response.body().contains(CANARY) || response.text().contains("root:x:0:0")) {
                    wrong.add(path + " leaked a file outside the folder");
                }
            }
            System.out.println("static host: " + paths.size() + " traversal requests, all 404 or 400");
            assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
        }
    }
}
