package nl.soneta.site.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.soneta.site.testing.FileTrees;

/**
 * Pagefind 1.x, the usual search index for static sites and the reference of issue 4, installed once with npm
 * into a folder of the benchmark. Its native binary is run directly, so that the figures are Pagefind's own and
 * not those of the Node wrapper that starts it.
 */
final class Pagefind {
    /** The binaries the npm wrapper looks for, in its order: the extended one also segments Chinese and Japanese. */
    private static final List<String> BINARY_NAMES = List.of("pagefind_extended", "pagefind");

    private final Path binary;
    private final String version;

    private Pagefind(Path binary, String version) {
        this.binary = binary;
        this.version = version;
    }

    /** Pagefind from {@code folder}, installed there first when needed; empty (with the reason printed) without npm. */
    static Optional<Pagefind> install(Path folder, MeasuredProcess runner) {
        Optional<Path> installed = binaryIn(folder);
        if (installed.isEmpty()) {
            if (onPath("npm").isEmpty()) {
                System.out.println("npm is not installed: Pagefind is left out (install Node.js and npm to compare).");
                return Optional.empty();
            }
            System.out.println("Installing Pagefind 1.x with npm into " + folder);
            runner.run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", folder.toString(), "pagefind@1"));
            installed = binaryIn(folder);
        }
        Path binary = installed.orElseThrow(() -> new IllegalStateException("npm installed no Pagefind binary under " + folder));
        String version = runner.run(List.of(binary.toString(), "--version")).output().strip();
        return Optional.of(new Pagefind(binary, version));
    }

    String version() {
        return version;
    }

    /** Indexes the built site at {@code site} into {@code bundle}, which is emptied first; the site is not touched. */
    Measurement index(Path site, Path bundle, MeasuredProcess runner) {
        FileTrees.delete(bundle);
        return runner.run(List.of(binary.toString(), "--site", site.toString(), "--output-path", bundle.toString()));
    }

    private static Optional<Path> binaryIn(Path folder) {
        Path platforms = folder.resolve("node_modules/@pagefind");
        if (!Files.isDirectory(platforms)) {
            return Optional.empty();
        }
        try (var packages = Files.list(platforms)) {
            List<Path> bins = packages.map(p -> p.resolve("bin")).sorted().toList();
            for (String name : BINARY_NAMES) {
                for (Path bin : bins) {
                    if (Files.isExecutable(bin.resolve(name))) {
                        return Optional.of(bin.resolve(name));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
