package nl.soneta.site.site;

/** A main-menu entry; {@code path} is a path inside the site such as {@code /organisaties/}. */
public record MenuItem(String title, String path) {
}
