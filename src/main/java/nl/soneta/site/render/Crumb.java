package nl.soneta.site.render;

/** One step of the breadcrumb trail. */
public record Crumb(String title, String path) {
}
