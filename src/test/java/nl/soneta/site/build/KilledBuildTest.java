package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import nl.soneta.site.testing.CliProcess;
import nl.soneta.site.testing.FileTrees;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of a build, over and over: the site at the output path is always the
 * previous site or the new one, whole, never a mix or a part. The one moment without a site at the output path is
 * between the two renames that swap the new site in; then the previous site is whole beside it, and the next build,
 * even one that fails on content, puts it back before anything else.
 *
 * <p>Half of the kills wait for the staging folder to appear and then a random part of the time the write phase
 * took, so that they land while the site is written; the other half come a random time after the process started,
 * so that every phase (start, recovery, loading, rendering) is hit too. The project is the fixture site with many
 * media files, which only the write phase copies: its write phase is long enough to hit while a whole build takes
 * about two seconds, so that the suite can afford a kill per build.
 */
class KilledBuildTest {
    private static final long SEED = 9_2026_11_23L;
    /** More with {@code -Dsoneta.kills=300}; the suite runs few, as each kill costs a JVM and most of a build. */
    private static final int KILLS = Integer.getInteger("soneta.kills", 16);
    private static final int MEDIA_FILES = 1200;
    private static final int MEDIA_BYTES = 4096;
    /** SIGKILL, as {@link Process#exitValue()} reports it on Linux: 128 + 9. */
    private static final int KILLED = 137;
    private static final String STALE = ".stale";
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private Path out;
    private Path staging;
    private Path previous;
    private CliProcess cli;

    @Test
    void theOutputIsAlwaysAWholeSite(@TempDir Path temp) throws IOException {
        Random random = new Random(SEED);
        SiteFixture a = withMedia(FixtureSites.complete(temp.resolve("a")), random);
        SiteFixture b = copy(a, temp.resolve("b")).file("content/paginas/nieuw.md",
                "---\ntitle: Nieuw\nsummary: Alleen in de tweede site.\n---\nTekst.\n");
        SiteFixture broken = copy(a, temp.resolve("kapot")).file("content/nieuws/kapot.md",
                "---\ntitle: Kapot\ndate: gisteren\n---\n");
        out = temp.resolve("www/site");
        staging = out.resolveSibling(".site.staging");
        previous = out.resolveSibling(".site.previous");
        cli = new CliProcess(temp.resolve("build.log"));

        Run first = run(a, Kill.NEVER, 0, random);
        Map<String, String> siteA = TreeHash.of(out);
        Run second = run(b, Kill.NEVER, 0, random);
        Map<String, String> siteB = TreeHash.of(out);
        assertFalse(TreeHash.differences(siteA, siteB).isEmpty(), "the two sites must differ, or a mix could pass");
        long buildNanos = Math.max(first.nanos(), second.nanos());
        // the shorter of the two, so that on a machine whose speed varies most of these kills still land in time
        long writeNanos = LongStream.of(first.writeNanos(), second.writeNanos()).filter(n -> n > 0).min()
                .orElse(1);

        Map<String, String> current = siteB;
        Counts counts = new Counts();
        for (int i = 0; i < KILLS; i++) {
            boolean towardsA = current == siteB;
            Map<String, String> next = towardsA ? siteA : siteB;
            Kill kill = i % 2 == 0 ? Kill.AFTER_STAGING_APPEARS : Kill.AFTER_START;
            // a fifth past the write phase: some kills land after the swap, while the previous site is deleted
            long bound = kill == Kill.AFTER_START ? buildNanos + buildNanos / 10 : writeNanos + writeNanos / 5;
            Run run = run(towardsA ? a : b, kill, bound, random);
            String when = "kill " + (i + 1) + " " + kill + " after " + run.nanos() / 1_000_000 + " ms";
            if (run.exit() == 0) {
                counts.finishedFirst++;
                assertEquals(List.of(), TreeHash.differences(next, TreeHash.of(out)), when);
                current = next;
                continue;
            }
            assertEquals(KILLED, run.exit(), () -> when + ": " + cli.output());
            counts.kills++;
            boolean stagingLeft = Files.exists(staging) && !Files.exists(staging.resolve(STALE));
            counts.whileStaging += stagingLeft ? 1 : 0;
            if (Files.exists(out)) {
                Map<String, String> found = TreeHash.of(out);
                if (found.equals(next)) {
                    assertFalse(stagingLeft, when + ": the new site is in place, so staging was renamed");
                    counts.afterSwap++;
                    current = next;
                } else {
                    assertEquals(List.of(), TreeHash.differences(current, found), when + ": the previous site is whole");
                }
            } else {
                counts.betweenRenames++;
                assertEquals(List.of(), TreeHash.differences(current, TreeHash.of(previous)),
                        when + ": the output was moved aside whole");
                assertEquals(1, cli.run(buildArguments(broken)), cli::output);
                assertEquals(List.of(), TreeHash.differences(current, TreeHash.of(out)),
                        when + ": a failing build put the previous site back");
            }
        }
        System.out.println("KilledBuildTest: " + counts + "; write phase " + writeNanos / 1_000_000 + " ms of "
                + buildNanos / 1_000_000 + " ms");
        assertTrue(counts.whileStaging > 0, "no kill landed while the site was written: " + counts);

        // the next build that gets to write removes what killed builds left beside the output
        if (!Files.exists(staging)) {
            Files.createDirectories(staging.resolve("half"));
            Files.writeString(staging.resolve("half/index.html"), "<!doctype html><title>Ha");
        }
        Map<String, String> last = current == siteB ? siteA : siteB;
        assertEquals(0, run(current == siteB ? a : b, Kill.NEVER, 0, random).exit(), cli::output);
        assertEquals(List.of(), TreeHash.differences(last, TreeHash.of(out)));
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no staging or previous folder is left");
        }
    }

    private enum Kill { NEVER, AFTER_START, AFTER_STAGING_APPEARS }

    /** How one build ended; {@code writeNanos} is how long its staging folder was seen, 0 if never. */
    private record Run(int exit, long nanos, long writeNanos) {
    }

    private static final class Counts {
        int kills;
        int whileStaging;
        int betweenRenames;
        int afterSwap;
        int finishedFirst;

        @Override
        public String toString() {
            return kills + " kills, " + whileStaging + " while the staging folder existed, " + betweenRenames
                    + " between the two renames, " + afterSwap + " after the swap; " + finishedFirst
                    + " builds ended before their kill";
        }
    }

    /** Builds {@code project} into the output; kills it {@code kill}, after a random part of {@code bound}. */
    private Run run(SiteFixture project, Kill kill, long bound, Random random) throws IOException {
        long delay = kill == Kill.NEVER ? Long.MAX_VALUE : (long) (random.nextDouble() * bound);
        // marks a staging folder that a killed build left, so that the new build's own staging can be told apart
        Path stale = staging.resolve(STALE);
        if (Files.isDirectory(staging) && !Files.exists(stale)) {
            Files.createFile(stale);
        }
        long started = System.nanoTime();
        Process process = cli.start(buildArguments(project));
        long stagingSeen = 0;
        long stagingGone = 0;
        long killAt = kill == Kill.AFTER_START ? started + delay : Long.MAX_VALUE;
        while (process.isAlive() && System.nanoTime() < killAt) {
            boolean staged = Files.exists(staging) && !Files.exists(stale);
            if (stagingSeen == 0 && staged) {
                stagingSeen = System.nanoTime();
                if (kill == Kill.AFTER_STAGING_APPEARS) {
                    killAt = stagingSeen + delay;
                }
            } else if (stagingSeen != 0 && stagingGone == 0 && !staged) {
                stagingGone = System.nanoTime();
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        process.destroyForcibly();
        int exit = CliProcess.waitFor(process);
        long ended = System.nanoTime();
        if (kill == Kill.NEVER && exit != 0) {
            fail("the build failed: " + cli.output());
        }
        return new Run(exit, ended - started, stagingSeen == 0 ? 0 : (stagingGone == 0 ? ended : stagingGone) - stagingSeen);
    }

    private String[] buildArguments(SiteFixture project) {
        return new String[] {"build", "--root", project.root().toString(), "--out", out.toString(), "--quiet",
                "--today", SiteFixture.TODAY.toString()};
    }

    private static SiteFixture withMedia(SiteFixture site, Random random) {
        byte[] bytes = new byte[MEDIA_BYTES];
        for (int i = 0; i < MEDIA_FILES; i++) {
            random.nextBytes(bytes);
            site.bytes(String.format("content/media/bijlage-%04d.pdf", i), bytes);
        }
        return site;
    }

    private static SiteFixture copy(SiteFixture site, Path root) {
        FileTrees.copy(site.root(), root);
        return SiteFixture.existing(root);
    }
}
