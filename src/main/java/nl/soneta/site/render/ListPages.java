package nl.soneta.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.soneta.site.render.view.ArchiveNav;

/**
 * A list that {@link PagePlanner#listPages} splits into pages: where it lives, what it is called and where it sits.
 *
 * @param trail   the breadcrumb trail of its first page; later pages add the list itself
 * @param notice  a remark on the first page that readers must not miss, or empty
 * @param archive links to the other archives of the same kind (years, themes), if any
 */
record ListPages(String path, String title, String introduction, List<Crumb> trail, String emptyMessage,
                 String notice, Optional<ArchiveNav> archive) {

    ListPages(String path, String title, String introduction, List<Crumb> trail, String emptyMessage) {
        this(path, title, introduction, trail, emptyMessage, "", Optional.empty());
    }

    ListPages withNotice(String text) {
        return new ListPages(path, title, introduction, trail, emptyMessage, text, archive);
    }

    ListPages withArchive(ArchiveNav nav) {
        return new ListPages(path, title, introduction, trail, emptyMessage, notice, Optional.of(nav));
    }

    /** The trail of page 2 and on: the first page is a step back. */
    List<Crumb> trailBelow() {
        List<Crumb> below = new ArrayList<>(trail);
        below.add(new Crumb(title, path));
        return List.copyOf(below);
    }
}
