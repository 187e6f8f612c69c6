package nl.soneta.site.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heaviest cases through the real command line in a JVM of its own with a small heap, as an editor's CI runs
 * it: the 10 MB file, a file beyond the size limit, an alias bomb, YAML and Markdown nested thousands deep and a
 * binary file. The check must end within the time limit with exit code 1 and nothing but diagnostics.
 */
class CheckLimitsProcessTest {
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^(content/[^:\\s]+):(\\d+):(\\d+): error: .+$");

    @Test
    void theCheckReportsEveryHeavyFileAtItsLineWithinASmallHeapAndNoStackTrace(@TempDir Path temp)
            throws IOException, InterruptedException {
        List<FuzzCase> cases = new ArrayList<>();
        cases.add(ContentFuzzer.generate(FuzzCategory.HUGE_FILE, 0, 0));
        cases.add(ContentFuzzer.generate(FuzzCategory.HUGE_FILE, 1, 1));
        // Seeds chosen for what they write: a billion-laughs bomb, YAML and Markdown thousands deep, random bytes.
        cases.add(firstOf(FuzzCategory.ALIAS_BOMB, "billion laughs", 2));
        cases.add(firstOf(FuzzCategory.DEEP_NESTING, "YAML", 3));
        cases.add(firstOf(FuzzCategory.DEEP_NESTING, "Markdown", 4));
        cases.add(firstOf(FuzzCategory.BINARY_JUNK, "random bytes", 5));
        Path root = temp.resolve("site");
        FuzzTree.write(root, cases);
        Path output = temp.resolve("output.txt");

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "nl.soneta.site.cli.Main", "check", "--root", root.toString());
        long started = System.nanoTime();
        Process check = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = check.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            check.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the check did not end within " + TIMEOUT_SECONDS + " s:\n" + printed);
        System.out.printf("check of the heavy files: %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertEquals(1, check.exitValue(), printed);
        assertFalse(printed.contains("Exception") || printed.contains("Error:") || printed.contains("at nl.soneta"),
                "a stack trace or an uncaught error:\n" + printed);
        for (FuzzCase fuzzCase : cases) {
            String path = "content/" + fuzzCase.path();
            var lines = DIAGNOSTIC.matcher(printed).results()
                    .filter(m -> m.group(1).equals(path)).map(m -> Integer.parseInt(m.group(2))).toList();
            assertFalse(lines.isEmpty(), "no path:line:col error for " + fuzzCase.describe() + "\n" + printed);
            if (fuzzCase.knowsItsLine()) {
                assertTrue(lines.stream().anyMatch(l -> l >= fuzzCase.firstLine() && l <= fuzzCase.lastLine()),
                        lines + " for " + fuzzCase.describe());
            }
        }
        assertTrue(printed.contains("  hint: "), printed);
    }

    private static FuzzCase firstOf(FuzzCategory category, String what, int number) {
        for (long seed = 1; ; seed++) {
            FuzzCase fuzzCase = ContentFuzzer.generate(category, seed, number);
            if (fuzzCase.what().contains(what)) {
                return fuzzCase;
            }
        }
    }
}
