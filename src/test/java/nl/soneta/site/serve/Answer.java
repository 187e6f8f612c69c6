package nl.soneta.site.serve;

import java.util.Optional;

/**
 * One request of a load run, as far as the checks after the run need it: what was asked, what came back, when, the
 * counters the body showed ({@link EditorSaves}; -1 when it showed none) and what was wrong with it, if anything.
 */
record Answer(Target target, int status, long started, long finished, int summaryCount, int templateCount,
              boolean errorPage, Optional<String> problem) {

    /** What a request asks for, and so which answers are right. */
    enum Kind {
        /** An HTML page of the site that exists all the time. */
        PAGE,
        /** An HTML page of an organisation that is renamed or deleted and re-created during the run. */
        MOVING_PAGE,
        /** A folder without its trailing slash: a redirect. */
        FOLDER,
        /** A fingerprinted asset or the preview's own script: never changes during the run. */
        ASSET,
        /** Feeds, sitemap, calendar, open data: change with the content, always there. */
        DATA,
        /** The search index files: there until the index is refreshed, which renames them. */
        SEARCH,
        /** The reload event stream, opened and closed again. */
        EVENTS,
        /** A path that never exists. */
        MISSING
    }

    record Target(Kind kind, String path) {
    }

    static Answer failed(Target target, long started, String problem) {
        return new Answer(target, -1, started, System.nanoTime(), -1, -1, false, Optional.of(problem));
    }
}
