package nl.soneta.site.render;

/** One page to render: the template and its typed view, and the site path it is published at. */
record PageJob(String path, String template, Object view) {
}
