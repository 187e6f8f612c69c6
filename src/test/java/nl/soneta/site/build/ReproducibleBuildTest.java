package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical input gives byte-identical output: no timestamps, no random ids, no dependence on thread timing. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsOfTheRealContentAreByteIdentical(@TempDir Path temp) {
        assertTrue(SiteFixture.project().build(temp.resolve("first"), null).succeeded());
        assertTrue(SiteFixture.project().build(temp.resolve("second"), null).succeeded());
        Map<String, String> first = TreeHash.of(temp.resolve("first"));
        assertTrue(first.size() > 20);
        assertEquals(first, TreeHash.of(temp.resolve("second")));
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWhole(@TempDir Path temp) {
        Path out = temp.resolve("site");
        assertTrue(SiteFixture.project().build(out, null).succeeded());
        Map<String, String> first = TreeHash.of(out);
        assertTrue(SiteFixture.project().build(out, null).succeeded());
        assertEquals(first, TreeHash.of(out));
    }
}
