package nl.soneta.site.render;

import java.util.Optional;

/** What the top of every page of a report shows: how long reading takes and the original to download. */
public record ReportFacts(ReadingTime reading, Optional<Download> pdf) {
}
