package nl.soneta.site.content;

import java.util.List;
import java.util.Optional;

/** Everything the load stage read: the site settings, every item file, and the media files. */
public record LoadedContent(Optional<YamlFields> siteSettings, List<ContentFile> files, List<MediaFile> media) {
}
