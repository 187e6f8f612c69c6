package nl.soneta.site.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded fuzz run of issue 9: 10,000 generated bad files over every category through the real check. The
 * 10 MB file and the one beyond the size limit are {@link CheckLimitsProcessTest}'s, in a JVM with a small heap.
 * The seed is fixed so that a failure is the same on every machine; {@code -Dfuzz.seed} tries another. The long run
 * is {@code exec:java@fuzz} (see the README), which has the large files in-process too.
 */
class ContentFuzzTest {
    private static final int CASES = 10_000;

    @Test
    void noBadFileCrashesTheCheckAndEveryErrorNamesItsFileAndLine(@TempDir Path work) {
        long seed = Long.getLong("fuzz.seed", 20261123L);
        FuzzRun.Report report = FuzzRun.run(seed, CASES, 400, false, work);
        System.out.print(report.summary());
        assertEquals(CASES, report.total());
        for (FuzzCategory category : FuzzCategory.values()) {
            assertTrue(category == FuzzCategory.HUGE_FILE || report.tried().getOrDefault(category, 0) >= 800,
                    category + " was tried too few times");
        }
        assertTrue(report.failures().isEmpty(), report.summary());
    }
}
