package nl.soneta.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.soneta.site.render.Assets;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.SitePaths;

/**
 * The files of theme/assets, published under /assets/. Stylesheets, scripts and icons get a content hash in
 * their name, so a host may cache them forever and a changed file still reaches every visitor at once.
 */
public final class ThemeAssets {
    private static final Set<String> FINGERPRINTED = Set.of("css", "js", "svg", "mjs");

    private final Map<String, OutputFile> filesByName;

    private ThemeAssets(Map<String, OutputFile> filesByName) {
        this.filesByName = filesByName;
    }

    public static ThemeAssets load(Path assetsDir) {
        Map<String, OutputFile> files = new TreeMap<>();
        if (!Files.isDirectory(assetsDir)) {
            return new ThemeAssets(files);
        }
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = assetsDir.relativize(file).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, new OutputFile(SitePaths.outputFile(SitePaths.ASSETS + publishedName(name, bytes)), bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme assets in " + assetsDir, e);
        }
        return new ThemeAssets(files);
    }

    /** What templates need: the published path of each asset by its plain name. */
    public Assets manifest() {
        Map<String, String> paths = new TreeMap<>();
        filesByName.forEach((name, file) -> paths.put(name, "/" + file.path()));
        return new Assets(paths);
    }

    public List<OutputFile> files() {
        return new ArrayList<>(filesByName.values());
    }

    static String publishedName(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!FINGERPRINTED.contains(extension)) {
            return name;
        }
        return Fingerprint.name(name.substring(0, dot), extension, bytes);
    }
}
