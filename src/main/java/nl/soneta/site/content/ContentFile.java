package nl.soneta.site.content;

import java.util.Optional;

/**
 * One item file of a collection.
 *
 * @param parentSlug for a chapter of a publication, the publication's slug
 */
public record ContentFile(ContentCollection collection, String slug, Optional<String> parentSlug,
                          FrontMatter frontMatter) {

    public boolean isChapter() {
        return parentSlug.isPresent();
    }

    public String path() {
        return frontMatter.file().path();
    }
}
