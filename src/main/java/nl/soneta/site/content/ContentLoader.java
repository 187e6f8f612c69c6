package nl.soneta.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Walks {@code content/} and lists every file; each is read once and split into front matter and body while the
 * model is built from it ({@link ContentFiles}). Files are listed in sorted order and parsed in parallel; the
 * result keeps the sorted order, so the output never depends on the file system's listing order or on thread
 * timing.
 */
public final class ContentLoader {
    public static final String SITE_SETTINGS = "site.yaml";
    public static final String MEDIA = "media";
    private static final String MARKDOWN = ".md";
    private static final String PUBLICATION_INDEX = "index.md";

    private final SourceReader reader = new SourceReader();
    private final FrontMatterParser frontMatter;
    private final YamlParser yaml = new YamlParser();
    private final LoadCache cache;

    public ContentLoader() {
        this(LoadCache.NONE, ByteStore.MEMORY);
    }

    /**
     * @param cache the files of the previous load, reused where unchanged; updated
     * @param bodies where the Markdown bodies are kept until the Markdown stage
     */
    public ContentLoader(LoadCache cache, ByteStore bodies) {
        this.cache = cache;
        this.frontMatter = new FrontMatterParser(bodies);
    }

    /**
     * @param contentDir the {@code content/} folder
     * @param displayRoot the folder that reported paths are relative to (the project root)
     */
    public LoadedContent load(Path contentDir, Path displayRoot, Diagnostics diagnostics) {
        Paths paths = new Paths(contentDir.toAbsolutePath().normalize(), displayRoot.toAbsolutePath().normalize());
        if (!Files.isDirectory(paths.content)) {
            diagnostics.error(SourcePosition.startOf(paths.display(paths.content)), "de map met content bestaat niet",
                    "start het programma in de map van het project, of geef de map op met --root");
            return new LoadedContent(Optional.empty(), new ContentFiles(List.of()), List.of(), Map.of(), Set.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        List<MediaFile> media = new ArrayList<>();
        Optional<Path> settings = Optional.empty();
        for (Path entry : sortedChildren(paths.content, paths, diagnostics)) {
            String name = entry.getFileName().toString();
            if (isHidden(name) || rejectSymlink(entry, paths, diagnostics)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (name.equals(MEDIA)) {
                    collectMedia(entry, entry, paths, media, diagnostics);
                } else {
                    Optional<ContentCollection> collection = ContentCollection.byFolder(name);
                    if (collection.isPresent()) {
                        collectItems(collection.get(), entry, paths, candidates, diagnostics);
                    } else {
                        diagnostics.error(SourcePosition.startOf(paths.display(entry)), "onbekende map '" + name + "' in content",
                                Suggestions.hint(name, withMedia(ContentCollection.folders()), "bekende mappen"));
                    }
                }
            } else if (name.equals(SITE_SETTINGS)) {
                settings = Optional.of(entry);
            } else {
                diagnostics.error(SourcePosition.startOf(paths.display(entry)), "onverwacht bestand in content: '" + name + "'",
                        "zet een pagina in content/paginas/ en afbeeldingen of pdf's in content/media/");
            }
        }
        Optional<YamlFields> siteSettings = settings.flatMap(p -> readSettings(p, paths, diagnostics));
        if (settings.isEmpty()) {
            diagnostics.error(SourcePosition.startOf(paths.display(paths.content.resolve(SITE_SETTINGS))),
                    "content/site.yaml ontbreekt", "maak content/site.yaml met de titel, het adres en het menu van de site");
        }
        ContentFiles files = new ContentFiles(candidates.stream()
                .<Supplier<Optional<ContentFile>>>map(c -> () -> parse(c, paths, diagnostics))
                .toList());
        Map<ContentCollection, Set<String>> slugs = new EnumMap<>(ContentCollection.class);
        for (ContentCollection collection : ContentCollection.values()) {
            slugs.put(collection, new TreeSet<>());
        }
        candidates.stream().filter(c -> c.parentSlug.isEmpty()).forEach(c -> slugs.get(c.collection).add(c.slug));
        cache.keepOnly(candidates.stream().map(c -> c.file).collect(java.util.stream.Collectors.toSet()));
        Set<String> sources = new TreeSet<>(candidates.stream().map(c -> paths.display(c.file)).toList());
        return new LoadedContent(siteSettings, files, List.copyOf(media), slugs, sources);
    }

    private Optional<YamlFields> readSettings(Path file, Paths paths, Diagnostics diagnostics) {
        return reader.read(file, paths.display(file), diagnostics)
                .flatMap(source -> yaml.parseMapping(source, source.text(), 1, diagnostics));
    }

    private Optional<ContentFile> parse(Candidate candidate, Paths paths, Diagnostics diagnostics) {
        return cache.load(candidate.file, diagnostics, found -> reader.read(candidate.file, paths.display(candidate.file), found)
                .flatMap(source -> frontMatter.parse(source, found))
                .map(fm -> new ContentFile(candidate.collection, candidate.slug, candidate.parentSlug, fm)));
    }

    private void collectItems(ContentCollection collection, Path folder, Paths paths, List<Candidate> out,
                              Diagnostics diagnostics) {
        for (Path entry : sortedChildren(folder, paths, diagnostics)) {
            String name = entry.getFileName().toString();
            if (isHidden(name) || rejectSymlink(entry, paths, diagnostics)) {
                continue;
            }
            if (Files.isDirectory(entry) && collection == ContentCollection.PUBLICATIONS) {
                collectPublicationFolder(entry, paths, out, diagnostics);
            } else if (Files.isDirectory(entry)) {
                diagnostics.error(SourcePosition.startOf(paths.display(entry)),
                        "submappen zijn in " + collection.folder() + "/ niet toegestaan",
                        "zet de bestanden direct in content/" + collection.folder() + "/");
            } else if (isMarkdown(name, entry, paths, diagnostics)) {
                slugOf(entry, paths, diagnostics).ifPresent(slug ->
                        out.add(new Candidate(collection, slug, Optional.empty(), entry)));
            }
        }
    }

    /** A publication with chapters: {@code publicaties/<slug>/index.md} plus one file per chapter. */
    private void collectPublicationFolder(Path folder, Paths paths, List<Candidate> out, Diagnostics diagnostics) {
        Optional<String> publicationSlug = slugOf(folder, paths, diagnostics);
        if (publicationSlug.isEmpty()) {
            return;
        }
        boolean hasIndex = false;
        for (Path entry : sortedChildren(folder, paths, diagnostics)) {
            String name = entry.getFileName().toString();
            if (isHidden(name) || rejectSymlink(entry, paths, diagnostics)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                diagnostics.error(SourcePosition.startOf(paths.display(entry)),
                        "een publicatie kan geen submappen hebben", "zet alle hoofdstukken direct in " + paths.display(folder) + "/");
            } else if (name.equals(PUBLICATION_INDEX)) {
                hasIndex = true;
                out.add(new Candidate(ContentCollection.PUBLICATIONS, publicationSlug.get(), Optional.empty(), entry));
            } else if (isMarkdown(name, entry, paths, diagnostics)) {
                slugOf(entry, paths, diagnostics).ifPresent(slug -> out.add(
                        new Candidate(ContentCollection.PUBLICATIONS, slug, publicationSlug, entry)));
            }
        }
        if (!hasIndex) {
            diagnostics.error(SourcePosition.startOf(paths.display(folder.resolve(PUBLICATION_INDEX))),
                    "de publicatie '" + publicationSlug.get() + "' heeft geen index.md",
                    "maak " + paths.display(folder.resolve(PUBLICATION_INDEX)) + " met de titel, datum en uitgever van de publicatie");
        }
    }

    private void collectMedia(Path root, Path folder, Paths paths, List<MediaFile> out, Diagnostics diagnostics) {
        for (Path entry : sortedChildren(folder, paths, diagnostics)) {
            String name = entry.getFileName().toString();
            if (isHidden(name) || rejectSymlink(entry, paths, diagnostics)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                collectMedia(root, entry, paths, out, diagnostics);
            } else {
                String relative = root.relativize(entry).toString().replace('\\', '/');
                if (!relative.chars().allMatch(c -> c < 128) || relative.contains(" ")) {
                    diagnostics.error(SourcePosition.startOf(paths.display(entry)),
                            "de naam van dit mediabestand bevat spaties of speciale tekens",
                            "hernoem het naar bijvoorbeeld '" + Slugs.slugify(name.replaceAll("\\.[^.]*$", ""))
                                    + name.replaceAll("^.*?(\\.[^.]*)?$", "$1").toLowerCase() + "'");
                } else {
                    out.add(new MediaFile(relative, entry));
                }
            }
        }
    }

    private static boolean isMarkdown(String name, Path entry, Paths paths, Diagnostics diagnostics) {
        if (name.endsWith(MARKDOWN)) {
            return true;
        }
        diagnostics.error(SourcePosition.startOf(paths.display(entry)), "'" + name + "' is geen Markdown-bestand",
                "content-bestanden eindigen op .md; zet afbeeldingen en pdf's in content/media/");
        return false;
    }

    private static Optional<String> slugOf(Path entry, Paths paths, Diagnostics diagnostics) {
        String name = entry.getFileName().toString();
        String slug = name.endsWith(MARKDOWN) ? name.substring(0, name.length() - MARKDOWN.length()) : name;
        if (Slugs.isValid(slug)) {
            return Optional.of(slug);
        }
        String suggestion = Slugs.slugify(slug);
        diagnostics.error(SourcePosition.startOf(paths.display(entry)),
                "de naam '" + name + "' is geen geldige slug (kleine letters, cijfers en koppeltekens)",
                suggestion.isEmpty() ? "hernoem het bestand met letters en cijfers"
                        : "hernoem het naar '" + suggestion + (name.endsWith(MARKDOWN) ? MARKDOWN : "") + "'");
        return Optional.empty();
    }

    /** Symbolic links could pull files from outside content/ into the public site, so they are refused. */
    private static boolean rejectSymlink(Path entry, Paths paths, Diagnostics diagnostics) {
        if (!Files.isSymbolicLink(entry)) {
            return false;
        }
        diagnostics.error(SourcePosition.startOf(paths.display(entry)), "symbolische koppelingen worden niet gevolgd",
                "vervang de koppeling door een echt bestand");
        return true;
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static List<Path> sortedChildren(Path folder, Paths paths, Diagnostics diagnostics) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(paths.display(folder)), "kan de map niet lezen: " + e.getMessage(),
                    "controleer de rechten van de map");
            return List.of();
        }
    }

    private static List<String> withMedia(List<String> folders) {
        List<String> all = new ArrayList<>(folders);
        all.add(MEDIA);
        return all;
    }

    private record Candidate(ContentCollection collection, String slug, Optional<String> parentSlug, Path file) {
    }

    private record Paths(Path content, Path displayRoot) {
        String display(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
            return shown.toString().replace('\\', '/');
        }
    }
}
