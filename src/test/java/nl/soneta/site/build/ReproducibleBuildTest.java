package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.soneta.site.testing.CliProcess;
import nl.soneta.site.testing.FileTrees;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identical input gives byte-identical output: no timestamps, no random ids, no dependence on thread timing, on
 * where the project lies, on the time zone, the locale or the order in which the file system lists a folder.
 */
class ReproducibleBuildTest {
    private static final long SEED = 9_2026_11_23L;
    /** On tmpfs a folder lists in the order its files were made; on ext4 in hash order: two orders for one tree. */
    private static final Path SHARED_MEMORY = Path.of("/dev/shm");
    /** Another day on the files of the second copy, so that nothing can take a date from a file's modification time. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    /**
     * Three builds of the real content: in this JVM from the repository, and in two child JVMs from copies at
     * other paths, one in Pacific/Kiritimati (UTC+14) with a Persian locale (its digits are not ASCII), one in
     * America/Adak (UTC-10, in summer -9) with a Turkish locale (its lower case of I is not i) and Latin-1 as
     * default charset. At any moment the local dates of those zones are a day apart (in
     * summer all but one hour a day), so a build that took its day from the default zone would differ. The second
     * copy was written in a shuffled order on another file system, with old modification times.
     */
    @Test
    void buildsInOtherFoldersZonesLocalesAndListingOrdersAreByteIdentical(@TempDir Path temp) throws IOException {
        Path here = temp.resolve("in-process");
        assertTrue(SiteFixture.project().build(here, null).succeeded());
        Map<String, String> expected = TreeHash.of(here);
        assertTrue(expected.size() > 20);

        Path first = temp.resolve("eerste/project");
        FileTrees.copy(SiteFixture.PROJECT.resolve("content"), first.resolve("content"));
        FileTrees.copy(SiteFixture.PROJECT.resolve("theme"), first.resolve("theme"));
        Path elsewhere = Files.createTempDirectory(Files.isDirectory(SHARED_MEMORY) ? SHARED_MEMORY : temp, "soneta-reproducible-");
        try {
            Path second = elsewhere.resolve("een/dieper/pad/project");
            copyShuffled(first, second, new Random(SEED));
            assertTrue(differentlyListedFolders(first, second) > 0,
                    "the copies must list some folder in another order, or the shuffle proves nothing");

            Path kiritimati = temp.resolve("uit-kiritimati");
            CliProcess east = inZone(temp.resolve("kiritimati.log"), "Pacific/Kiritimati").workingDirectory(first)
                    .jvmOption("-Duser.language=fa").jvmOption("-Duser.country=IR");
            assertEquals(0, build(east, first, kiritimati), east::output);
            Path adak = elsewhere.resolve("uit-adak");
            CliProcess west = inZone(temp.resolve("adak.log"), "America/Adak").workingDirectory(elsewhere)
                    .jvmOption("-Duser.language=tr").jvmOption("-Duser.country=TR").jvmOption("-Dfile.encoding=ISO-8859-1");
            assertEquals(0, build(west, second, adak), west::output);

            assertEquals(List.of(), TreeHash.differences(expected, TreeHash.of(kiritimati)), "Kiritimati against this JVM");
            assertEquals(List.of(), TreeHash.differences(expected, TreeHash.of(adak)), "Adak against this JVM");
            assertNoFileMentions(adak, List.of(SiteFixture.PROJECT, temp, elsewhere, first, second));
        } finally {
            FileTrees.delete(elsewhere);
        }
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWhole(@TempDir Path temp) {
        Path out = temp.resolve("site");
        assertTrue(SiteFixture.project().build(out, null).succeeded());
        Map<String, String> first = TreeHash.of(out);
        assertTrue(SiteFixture.project().build(out, null).succeeded());
        assertEquals(first, TreeHash.of(out));
    }

    private static CliProcess inZone(Path log, String zone) {
        return new CliProcess(log).environment("TZ", zone).jvmOption("-Duser.timezone=" + zone);
    }

    /** Builds for the tests' fixed day: the day is an input like the content, the clock is not. */
    private static int build(CliProcess process, Path project, Path out) {
        return process.run("build", "--root", project.toString(), "--out", out.toString(), "--quiet",
                "--today", SiteFixture.TODAY.toString());
    }

    /** Copies {@code from} to {@code to}, making its files and folders in a random order. */
    private static void copyShuffled(Path from, Path to, Random random) throws IOException {
        List<Path> files;
        try (var paths = Files.walk(from)) {
            files = new ArrayList<>(paths.filter(Files::isRegularFile).toList());
        }
        Collections.shuffle(files, random);
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            Files.setLastModifiedTime(target, LONG_AGO);
        }
    }

    /** How many folders of {@code first} list their entries in another order than the same folder of {@code second}. */
    private static long differentlyListedFolders(Path first, Path second) throws IOException {
        try (var paths = Files.walk(first)) {
            return paths.filter(Files::isDirectory)
                    .filter(folder -> !listing(folder).equals(listing(second.resolve(first.relativize(folder).toString()))))
                    .count();
        }
    }

    private static List<String> listing(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output may not depend on where the project or the build was: no file holds one of those paths. */
    private static void assertNoFileMentions(Path out, List<Path> places) throws IOException {
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (Path place : places) {
                    assertFalse(bytes.contains(place.toString()), () -> out.relativize(file) + " contains the path " + place);
                }
            }
        }
    }
}
