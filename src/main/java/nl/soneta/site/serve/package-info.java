/**
 * The preview server of {@code serve}: a live preview that rebuilds incrementally after each save.
 *
 * <h2>How a save becomes a reload</h2>
 * {@link nl.soneta.site.serve.SourceWatcher} watches {@code content/} and {@code theme/} recursively with the JDK's
 * {@code WatchService} (folders created later included) and hands over a batch once the folders have been quiet
 * for 40 ms, so a write in place, an atomic rename or a delete-and-create is one rebuild.
 * {@link nl.soneta.site.serve.LivePreview} runs the rebuilds one at a time on one thread, merging saves that arrive
 * meanwhile; {@link nl.soneta.site.serve.PreviewServer} serves the result from memory on 127.0.0.1 and sends a
 * Server-Sent Event {@code reload} on {@code /_soneta/events}. Every HTML response gets one external module,
 * {@code <script type="module" src="/_soneta/reload.js">}, that listens and reloads the page. The script and the
 * events exist only in this server: a build never contains them ({@code BuildOutputHasNoPreviewTest}).
 *
 * <h2>What a rebuild reuses ({@link nl.soneta.site.serve.PreviewBuild})</h2>
 * The previous rebuild's state stays in memory, and the dependency graph between files and pages is not written
 * down anywhere: it follows from comparing values.
 * <ol>
 * <li>Every content file is read and its front matter parsed again, and the model is built again: both are cheap
 *     (tens of milliseconds for the real site) and keep every check of {@code build}, so the preview reports the
 *     same problems.</li>
 * <li>Markdown is the first expensive step. {@link nl.soneta.site.markdown.BodyCache} keeps each body's rendered
 *     HTML, headings and diagnostics, with the outcome of every link it resolved. A body is rendered again only
 *     when its text or page URL changed or one of its links now resolves differently (its target renamed, or a
 *     heading it points at gone): an edit renders one body, not all.</li>
 * <li>The pages are planned again ({@code PagePlanner}, cheap) as {@link nl.soneta.site.render.PageJob}s of typed
 *     view records. Views are records of records, lists, optionals and strings, so {@code equals} is deep and says
 *     whether a page would show anything else. Only jobs that differ from the last rebuild's, or are new, are
 *     rendered; pages that disappeared are dropped. So a changed organisation renders its own page and exactly
 *     the pages that show it: the list page it is on, its themes' pages, the home page while it is among the first
 *     six, pages that show it among their related pages, and news, meetings and publications that name it.</li>
 * <li>A change under {@code theme/templates} renders every page: templates include the layout and partials, so
 *     any page may change, and rendering all is affordable: measured by {@code ReloadBenchmark}, a template edit
 *     reloads the real site's pages in about half a second, and rendering all 11,000 pages of the 10,000-item
 *     corpus adds about a second to a content edit's rebuild.
 *     The templates are compiled at runtime by jte's compiler into {@code target/jte-preview} and recompiled by
 *     jte when a file changes; {@code build} keeps the templates precompiled into the jar. jte reads them from
 *     {@link nl.soneta.site.serve.TemplateSnapshot}, a copy of {@code theme/templates} that the rebuild thread
 *     brings up to date before it renders: jte looks at a template's file on every render, so with the live folder a
 *     template saved during a rebuild was recompiled while other threads rendered with it (pages of two layouts in
 *     one rebuild, or a {@code ClassNotFoundException}). A change under {@code theme/assets} changes the fingerprinted asset paths, which
 *     every page's frame holds, so it too renders every page, without special handling.</li>
 * <li>Feeds, sitemap, calendars and open data are written again every time: they are small.</li>
 * </ol>
 *
 * <h2>Search and related pages</h2>
 * Indexing every page with Lucene (and choosing each page's related pages, "Gerelateerd", from that index) is the
 * most expensive step, and it is not local: one changed word can shift the related pages of many pages, which
 * would make an edit re-render most of the site. So the preview builds the index once at start-up and then keeps
 * the related pages fixed: each page keeps the items it had, pointed at their current version (an edited title
 * shows at once; a deleted item is left out). When an item has changed, {@link nl.soneta.site.serve.LivePreview}
 * rebuilds the index and related pages in the background once the editor has paused for two seconds, then
 * publishes them like an edit: only pages whose related pages changed are rendered again, and the search page
 * finds the new text. A result computed from a site that changed meanwhile is dropped and a new refresh follows.
 *
 * <h2>Errors</h2>
 * A rebuild with content errors (or a template that does not compile) keeps serving the last good site for
 * everything but HTML pages, which show {@link nl.soneta.site.serve.ErrorPage} with status 500 (the page asked for
 * cannot be made as it stands; the status keeps link checkers and scripts from taking it for the page): every
 * error with its file, line, column, message and hint, in Dutch, escaped, with the reload script, so the next save
 * that fixes the file shows the site again. The terminal shows the same problems as {@code build} prints them.
 * A failed rebuild is not shown when more saves arrived while it ran (or within a save burst after it): a file read
 * half-saved or just renamed away is an error of that moment only, and the rebuild that follows decides. The
 * changes of a failed rebuild are kept and handed to the next one, so a template saved while the content has an
 * error reaches every page once the error is fixed.
 *
 * <h2>Serving</h2>
 * {@link nl.soneta.site.serve.PreviewServer} answers from the in-memory site that the last rebuild swapped in as a
 * whole ({@link nl.soneta.site.serve.PreviewSite}): a request reads that reference once, so it never sees half of
 * two rebuilds. Paths are only looked up in the site's map (and media in the map of files the content loader found),
 * never resolved on disk, so {@code ..} in any spelling finds nothing. Only GET and HEAD are served (OPTIONS says
 * so; other methods get 405). A fixed pool of threads answers; an event stream holds none of them once it is open.
 * {@code PreviewUnderLoadTest} keeps 200 requests in flight while files change; {@code PreviewServerRequestsTest}
 * sends raw requests that climb out of the site, odd methods and bad request lines.
 */
package nl.soneta.site.serve;
