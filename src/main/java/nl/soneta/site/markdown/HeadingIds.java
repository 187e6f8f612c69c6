package nl.soneta.site.markdown;

import java.util.HashSet;
import java.util.Set;
import nl.soneta.site.content.Slugs;

/**
 * Gives headings ids that are readable, stable and unique on their page: the heading text as an ASCII slug
 * ("Cliëntondersteuning" → "clientondersteuning"), with -2, -3 … for repeats. Ids depend only on the page's
 * own headings, so a link to an anchor keeps working when other pages change.
 */
final class HeadingIds {
    private static final String FALLBACK = "kop";
    private final Set<String> used = new HashSet<>();

    HeadingIds(Set<String> reserved) {
        used.addAll(reserved);
    }

    String idFor(String headingText) {
        String base = Slugs.slugify(headingText);
        if (base.isEmpty()) {
            base = FALLBACK;
        } else if (ReaderAids.isFootnoteId(base)) {
            // "fn-1" belongs to a footnote, and so would "fn-1-2"; a word at the end leaves that pattern.
            base = base + "-" + FALLBACK;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
