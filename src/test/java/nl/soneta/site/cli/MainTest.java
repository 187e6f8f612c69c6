package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.soneta.site.testing.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void buildWritesTheSiteAndExitsZero(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        Path out = temp.resolve("out");
        assertEquals(0, Main.run("build", "--root", root.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
    }

    @Test
    void defaultOutputIsTargetSiteOfTheProject(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        assertEquals(0, Main.run("build", "--root", root.toString(), "--quiet", "--base-url", "https://example.test/sub/"));
        assertTrue(Files.isRegularFile(root.resolve("target/site/index.html")));
    }

    @Test
    void checkWritesNothingAndExitsOneOnContentErrors(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project"))
                .file("content/nieuws/fout.md", "---\ntitle: Fout\ndate: morgen\n---\n").root();
        assertEquals(1, Main.run("check", "--root", root.toString(), "--quiet"));
        assertFalse(Files.exists(root.resolve("target")));
    }

    /** The fixture's only meeting is on 14 January 2027: whether it is upcoming depends on the day the build is for. */
    @Test
    void todayDecidesWhichMeetingsAreUpcoming(@TempDir Path temp) throws java.io.IOException {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        for (String day : new String[] {"2026-11-23", "2027-02-01"}) {
            assertEquals(0, Main.run("build", "--root", root.toString(), "--out", temp.resolve(day).toString(), "--quiet",
                    "--today", day));
        }
        String notice = "geen nieuwe bijeenkomsten gepland";
        assertFalse(Files.readString(temp.resolve("2026-11-23/agenda/index.html")).contains(notice));
        assertTrue(Files.readString(temp.resolve("2027-02-01/agenda/index.html")).contains(notice));
        assertEquals(2, Main.run("build", "--root", root.toString(), "--today", "morgen"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, Main.run("build", "--verbose"));
    }

    /** The preview always serves at localhost with drafts, so these shared options are refused, not silently ignored. */
    @Test
    void serveRefusesOptionsItWouldIgnore(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        assertEquals(2, Main.run("serve", "--root", root.toString(), "--drafts"));
        assertEquals(2, Main.run("serve", "--root", root.toString(), "--base-url", "https://example.test/"));
        assertFalse(Files.exists(root.resolve("target")), "nothing was built or served");
    }
}
