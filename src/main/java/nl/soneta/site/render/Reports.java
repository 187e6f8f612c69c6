package nl.soneta.site.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.soneta.site.content.MediaFile;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.site.Chapter;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/** Reading times and downloads of publications, for their front page and for each chapter. */
final class Reports {
    private final RenderedBodies bodies;
    private final Map<String, MediaFile> mediaByPath;
    /** Words by source file: every chapter page needs the count of the whole report. */
    private final Map<String, Integer> wordsBySource = new HashMap<>();

    Reports(Site site, RenderedBodies bodies) {
        this.bodies = bodies;
        this.mediaByPath = site.media().stream()
                .collect(Collectors.toMap(m -> SitePaths.media(m.relativePath()), Function.identity()));
    }

    ReportFacts of(Publication publication) {
        return facts(publication, words(publication));
    }

    ReportFacts of(Publication publication, Chapter chapter) {
        return facts(publication, words(chapter));
    }

    private ReportFacts facts(Publication publication, int pageWords) {
        int reportWords = words(publication) + publication.chapters().stream().mapToInt(this::words).sum();
        ReadingTime reading = ReadingTime.of(pageWords, reportWords, !publication.chapters().isEmpty());
        return new ReportFacts(reading, publication.pdf().map(this::download));
    }

    private int words(Entry entry) {
        return wordsBySource.computeIfAbsent(entry.item().source(), source -> bodies.of(entry).wordCount());
    }

    /** The model only holds a pdf path when the file is in the media folder, so it is always found. */
    private Download download(String path) {
        return new Download(path, "pdf", mediaByPath.get(path).size());
    }
}
