package nl.soneta.site.render;

/**
 * One page to render: the template and its typed view, and the site path it is published at. Views are records
 * of records, lists, optionals and strings, so {@code equals} compares what the page shows: the preview server
 * re-renders a page only when its job differs from the previous build's.
 */
public record PageJob(String path, String template, Object view) {
}
