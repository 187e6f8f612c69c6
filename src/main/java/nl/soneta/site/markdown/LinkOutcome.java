package nl.soneta.site.markdown;

import java.util.List;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.SourcePosition;

/**
 * How one link of a body was resolved against the rest of the site: the URL written and the problems found,
 * without their position (the position belongs to the body's own text). Two site states that give every link
 * of a body the same outcome render that body identically, which is what lets {@link BodyCache} reuse it.
 */
record LinkOutcome(String url, String resolved, List<String> problems) {

    static LinkOutcome of(String url, String resolved, Diagnostics found) {
        return new LinkOutcome(url, resolved, found.all().stream().map(LinkOutcome::withoutPosition).toList());
    }

    /** Whether {@code targets} still resolve this link from {@code fromSource} as before. */
    boolean holdsFor(LinkTargets targets, String fromSource) {
        Diagnostics found = new Diagnostics();
        SourcePosition at = SourcePosition.startOf(fromSource);
        // Only images are left out as foreign, and a URL that was foreign stays so: resolve it as the image it was.
        String now = resolved.equals(LinkTargets.FOREIGN_IMAGE) ? targets.resolveImage(url, fromSource, at, found)
                : targets.resolve(url, fromSource, at, found);
        return equals(of(url, now, found));
    }

    private static String withoutPosition(Diagnostic diagnostic) {
        return diagnostic.severity() + "|" + diagnostic.message() + "|" + diagnostic.hint();
    }
}
