package nl.soneta.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Content files as parsed in the previous load, for the preview server: a save changes one file, and reading
 * and parsing the YAML of ten thousand unchanged ones again would take most of a rebuild. A file is reused
 * while its size and modification time are unchanged; the problems its parse reported are reported again, so a
 * reused file says what it said when it was parsed. A one-off build uses {@link #NONE}.
 */
public final class LoadCache {
    /** Keeps nothing: every load reads every file. */
    public static final LoadCache NONE = new LoadCache(false);

    private final boolean keeps;
    private final Map<Path, Parsed> byFile = new ConcurrentHashMap<>();

    private LoadCache(boolean keeps) {
        this.keeps = keeps;
    }

    public static LoadCache keeping() {
        return new LoadCache(true);
    }

    private record Parsed(long size, FileTime modified, Optional<ContentFile> file, List<Diagnostic> diagnostics) {
    }

    /** The file as {@code parse} gives it, or as it gave it last time when the file is unchanged. */
    Optional<ContentFile> load(Path file, Diagnostics diagnostics, Function<Diagnostics, Optional<ContentFile>> parse) {
        if (!keeps) {
            return parse.apply(diagnostics);
        }
        Optional<BasicFileAttributes> attributes = attributes(file);
        Parsed cached = byFile.get(file);
        if (cached != null && attributes.isPresent() && cached.size() == attributes.get().size()
                && cached.modified().equals(attributes.get().lastModifiedTime())) {
            cached.diagnostics().forEach(diagnostics::add);
            return cached.file().map(f -> f.reportingTo(diagnostics));
        }
        Diagnostics found = new Diagnostics();
        Optional<ContentFile> parsed = parse.apply(found);
        found.all().forEach(diagnostics::add);
        // kept as parsed: a reused file is always bound to the rebuild that reuses it
        attributes.ifPresentOrElse(a -> byFile.put(file, new Parsed(a.size(), a.lastModifiedTime(), parsed, found.all())),
                () -> byFile.remove(file));
        return parsed.map(f -> f.reportingTo(diagnostics));
    }

    /** Forgets files that are gone, so that the cache does not grow with every rename. */
    void keepOnly(Set<Path> files) {
        byFile.keySet().retainAll(files);
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
