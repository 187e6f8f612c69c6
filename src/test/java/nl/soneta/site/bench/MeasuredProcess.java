package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs a command as a child process and measures it. Wall time is taken here, around the whole process; CPU time
 * and peak RSS come from GNU time ({@code /usr/bin/time}) when it is installed, since the JDK cannot read them for
 * a child.
 */
final class MeasuredProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path figuresFile;

    /** @param scratch a folder for GNU time's figures file */
    MeasuredProcess(Path scratch) {
        this.figuresFile = scratch.resolve("time-figures.txt");
    }

    static boolean measuresMemory() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command} to its end; a non-zero exit is an error that shows what the command printed. */
    Measurement run(List<String> command) {
        List<String> measured = new ArrayList<>();
        if (measuresMemory()) {
            measured.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", figuresFile.toString()));
        }
        measured.addAll(command);
        try {
            Files.createDirectories(figuresFile.getParent());
            Files.deleteIfExists(figuresFile);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(measured).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            if (exit != 0) {
                throw new IllegalStateException("exit code " + exit + " from " + String.join(" ", command) + "\n" + output);
            }
            return withFigures(wall, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** GNU time's last line is "peak-KiB user-seconds system-seconds". */
    private Measurement withFigures(Duration wall, String output) throws IOException {
        if (!Files.isRegularFile(figuresFile)) {
            return new Measurement(wall, Optional.empty(), OptionalLong.empty(), output);
        }
        List<String> lines = Files.readAllLines(figuresFile, StandardCharsets.UTF_8);
        String[] figures = lines.get(lines.size() - 1).strip().split("\\s+");
        Duration cpu = Duration.ofMillis(Math.round((Double.parseDouble(figures[1]) + Double.parseDouble(figures[2])) * 1000));
        return new Measurement(wall, Optional.of(cpu), OptionalLong.of(Long.parseLong(figures[0])), output);
    }
}
