/**
 * Search: Dutch analysis with Lucene 9.12, an in-memory Lucene index of every item page, and its export as
 * static files that the browser client ({@code theme/assets/search.js}) reads.
 *
 * <h2>Analysis</h2>
 * StandardTokenizer, lower case, ASCII folding, Lucene's Dutch stop words (folded), the plural repairs of
 * {@link nl.soneta.site.search.PluralOverrides}, then Snowball Dutch (measured better than Kraaij-Pohlmann on
 * the query set, see SearchQualityTest). Fields and boosts: {@link nl.soneta.site.search.SearchField}.
 *
 * <h2>Exported index, under {@code /zoeken/index/}</h2>
 * Every file is JSON. The manifest has a content hash in its name and is named by the search page; every other
 * file is named {@code <stem>.<version>.json}, where the version is a hash of all of them, so the manifest gives
 * shard counts instead of thousands of names. Integer lists are <em>varint strings</em>
 * ({@link nl.soneta.site.search.Varints}): five bits a character from {@code A-Za-z0-9-_}, lowest bits first,
 * plus 32 when more characters follow.
 * <ul>
 * <li>{@code manifest.*.json}: {@code format} (3), {@code version}, {@code docs} (N), {@code docShardSize},
 * {@code docShards}, {@code postingShards} and {@code positionShards} (counts), {@code stopWords},
 * {@code vocab} (the shard keys that exist), {@code kinds} and {@code themes} ([slug, label] pairs),
 * {@code filters.kind} and {@code filters.theme} (the values that have a filter file).</li>
 * <li>{@code v-<key>}: {@code {"words": [[word, term, df], …]}} for every folded word whose first
 * character is {@code key} ({@code a-z0-9}, else {@code _}), sorted by word.</li>
 * <li>{@code s-<bucket>}: {@code {term: [scores, postings]}}, both varint strings, bucket = FNV-1a of the
 * term's UTF-16 units modulo {@code postingShards}. {@code scores}: the term's distinct scores as float bits in
 * ascending order, delta-encoded. {@code postings} gives per document: doc delta, then
 * {@code scoreRank * 2 + hasSections}, then when it has sections their count and numbers. The score is the
 * term's Lucene score in that document over all fields ({@link nl.soneta.site.search.SiteIndex#termQuery}),
 * as the int bits of a float.</li>
 * <li>{@code p-<bucket>} (modulo {@code positionShards}): {@code {term: varints}}: per document its delta, the
 * number of fields, and per field its number, the count of positions and the position deltas. Body positions
 * jump by {@link nl.soneta.site.search.SearchAnalyzer#SECTION_GAP} at each section. Only phrases need them.</li>
 * <li>{@code d-<n>}: documents {@code n * docShardSize …}: {@code u} (URL relative to the site root),
 * {@code t} title, {@code k} kind, {@code d} ISO date where it matters, {@code th} theme numbers, {@code s}
 * summary (at most 200 characters), {@code sec} [anchor, heading] of the sections of long pages.</li>
 * <li>{@code f-kind-<kind>}, {@code f-theme-<slug>}: {@code {"docs": varints}} of doc deltas.</li>
 * </ul>
 *
 * <h2>Query model</h2>
 * {@link nl.soneta.site.search.QueryPlan} turns a query into clauses (term, boost, required);
 * {@link nl.soneta.site.search.LuceneSearch} runs it on the real index. The browser adds up the exported
 * scores times the boosts in double, rounds required and optional sums to float separately and adds them as
 * floats, and orders by score and then document number: exactly Lucene's arithmetic, so both give the same
 * top 10 (ExportedScoresTest; the browser test holds the JavaScript to it).
 */
package nl.soneta.site.search;
