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

    /** This file as parsed, with later problems in its fields reported to {@code diagnostics}. */
    ContentFile reportingTo(Diagnostics diagnostics) {
        FrontMatter parsed = frontMatter;
        return new ContentFile(collection, slug, parentSlug, new FrontMatter(parsed.file(),
                parsed.fields().reportingTo(diagnostics), parsed.markdown()));
    }

    public String path() {
        return frontMatter.file().path();
    }
}
