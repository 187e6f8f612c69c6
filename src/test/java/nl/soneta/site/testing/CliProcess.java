package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The command line tool ({@code nl.soneta.site.cli.Main}) in a JVM of its own, with the tests' class path: for
 * what only a separate process can show, such as a build killed with SIGKILL or a build in another time zone.
 * Tests run before the jar is packaged, so the child runs the compiled classes, not the jar.
 */
public final class CliProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new TreeMap<>();
    private final Path log;
    private Path workingDirectory = Path.of("").toAbsolutePath();

    /** @param log the file that receives the child's standard output and error (a pipe nobody reads could block it) */
    public CliProcess(Path log) {
        this.log = log;
    }

    public CliProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public CliProcess environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public CliProcess workingDirectory(Path directory) {
        workingDirectory = directory;
        return this;
    }

    /** Starts the tool with {@code arguments}; the caller waits for it or kills it. */
    public Process start(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A build of seconds spends more CPU on C2 compiling than C2 saves it: C1 alone halves a child's CPU time.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.soneta.site.cli.Main"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** Runs the tool with {@code arguments} to its end; returns the exit code. */
    public int run(String... arguments) {
        return waitFor(start(arguments));
    }

    /** What the last run printed, for failure messages. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Waits for {@code process} to end, however it ends; a child that hangs is killed and fails the test. */
    public static int waitFor(Process process) {
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the child JVM did not end within " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }
}
