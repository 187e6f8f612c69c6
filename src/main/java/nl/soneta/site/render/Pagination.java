package nl.soneta.site.render;

import java.util.ArrayList;
import java.util.List;

import nl.soneta.site.site.SitePaths;

/** Where a list page is among its siblings. Page numbers start at 1. */
public record Pagination(String listPath, int page, int pageCount) {
    /** In {@link #shownPages()}: page numbers left out here. */
    public static final int GAP = 0;
    private static final int ALL_UP_TO = 9;
    private static final int NEIGHBOURS = 2;

    public static Pagination single(String listPath) {
        return new Pagination(listPath, 1, 1);
    }

    public boolean isPaginated() {
        return pageCount > 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    /**
     * The page numbers the page links to, in order, with {@link #GAP} where numbers are left out: all of them up to
     * {@link #ALL_UP_TO} pages, else the first, the last and two on each side of this one. A list of thousands of
     * pages would otherwise link every page from every page, and its HTML would grow with the square of its length.
     */
    public List<Integer> shownPages() {
        List<Integer> shown = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            if (pageCount <= ALL_UP_TO || n == 1 || n == pageCount || Math.abs(n - page) <= NEIGHBOURS) {
                shown.add(n);
            } else if (shown.get(shown.size() - 1) != GAP) {
                shown.add(GAP);
            }
        }
        return shown;
    }

    public String pathOf(int pageNumber) {
        return SitePaths.listPage(listPath, pageNumber);
    }

    public String previousPath() {
        return pathOf(page - 1);
    }

    public String nextPath() {
        return pathOf(page + 1);
    }
}
