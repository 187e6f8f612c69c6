package nl.soneta.site.render;

import nl.soneta.site.site.SitePaths;

/** Where a list page is among its siblings. Page numbers start at 1. */
public record Pagination(String listPath, int page, int pageCount) {

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
