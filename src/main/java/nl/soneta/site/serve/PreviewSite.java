package nl.soneta.site.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.content.Diagnostic;

/**
 * One consistent state of the preview, swapped in whole after each rebuild so a request never sees half of one.
 *
 * @param files  every generated file by its path in the site, such as {@code organisaties/index.html}
 * @param media  the files of content/media by their path in the site, served from where they are
 * @param errors the errors of the last rebuild; when present, pages show them instead of the last good site
 */
public record PreviewSite(Map<String, byte[]> files, Map<String, Path> media, List<Diagnostic> errors) {

    public static final PreviewSite EMPTY = new PreviewSite(Map.of(), Map.of(), List.of());

    public boolean isBroken() {
        return !errors.isEmpty();
    }

    public PreviewSite withErrors(List<Diagnostic> found) {
        return new PreviewSite(files, media, List.copyOf(found));
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
