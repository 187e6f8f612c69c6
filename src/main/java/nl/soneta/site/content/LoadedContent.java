package nl.soneta.site.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;

/**
 * Everything the load stage found: the site settings, every item file (read while the model is built), and the
 * media files.
 *
 * @param slugs   the slug of every item file found, readable or not, by collection (chapters excluded)
 * @param sources the path of every item file found, readable or not
 */
public record LoadedContent(Optional<YamlFields> siteSettings, ContentFiles files, List<MediaFile> media,
                            Map<ContentCollection, Set<String>> slugs, Set<String> sources) {

    /** A file that exists but could not be read has been reported already; references to it are not. */
    public boolean exists(String source) {
        return sources.contains(source);
    }

    /** The files found but not read: links to them are not errors, as their own problem is reported already. */
    public Set<String> failedSources() {
        Set<String> failed = new TreeSet<>(sources);
        failed.removeAll(files.parsedPaths());
        return failed;
    }
}
