package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.ServedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the real content as readable web documents: footnotes that lead there and back, contents of
 * every section, a link to every heading, an honest reading time; and the download of the fixture's pdf.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {
    private static final String REPORT = "/publicaties/evaluatie-burgerkracht/";
    private static final String CHAPTER = REPORT + "10-bijlage-1-het-verhaal/";
    /** The pace the site promises; the test counts words on its own and only shares this figure. */
    private static final int WORDS_PER_MINUTE = 200;
    private static final Pattern DURATION = Pattern.compile(
            "ongeveer (?:(\\d+) uur)?(?: en )?(?:(\\d+) minu(?:ut|ten))? voor (?:dit hoofdstuk|deze pagina|het hele rapport)");

    private BuiltSite site;
    private List<Document> reportPages;

    @BeforeAll
    void build() throws IOException {
        site = ServedSite.realContent().site();
        reportPages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.root().resolve("publicaties"))) {
            for (Path file : files.filter(f -> f.endsWith("index.html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                if (page.selectFirst("article.report") != null) {
                    reportPages.add(page);
                }
            }
        }
    }

    @Test
    void everyFootnoteReferenceLeadsToItsNoteAndEveryNoteLeadsBack() {
        int references = 0;
        for (Document page : reportPages) {
            String name = page.title();
            for (Element reference : page.select(".prose a.footnote-ref")) {
                references++;
                Element note = target(page, reference);
                assertNotNull(note, name + ": " + reference.outerHtml());
                assertTrue(note.is("section.footnotes li"), name + ": " + note.outerHtml());
                Element sup = reference.parent();
                assertTrue(note.select("a.footnote-backref").eachAttr("href").contains("#" + sup.id()),
                        name + ": no link back from " + note.id() + " to " + sup.id());
                assertEquals("Voetnoot " + reference.text(), reference.attr("aria-label"));
            }
            for (Element back : page.select(".prose a.footnote-backref")) {
                Element origin = target(page, back);
                assertNotNull(origin, name + ": " + back.outerHtml());
                assertEquals("#" + back.parent().id(), origin.selectFirst("a.footnote-ref").attr("href"), name);
                assertTrue(back.attr("aria-label").startsWith("Terug naar de tekst"), back.outerHtml());
            }
            for (Element section : page.select("section.footnotes")) {
                assertEquals("Voetnoten", page.getElementById(section.attr("aria-labelledby")).ownText());
            }
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), name + ": ids unique on the page");
        }
        assertTrue(references >= 7, "footnote references: " + references);
    }

    @Test
    void aLongChapterListsEverySectionInItsContentsAndEveryHeadingLinksToItself() {
        int withContents = 0;
        for (Document page : reportPages) {
            List<Element> headings = page.select(".prose h2[id], .prose h3[id]").stream()
                    .filter(h -> !h.hasClass("footnotes-title")).toList();
            for (Element heading : page.select(".prose h2, .prose h3")) {
                Element link = heading.selectFirst("a.heading-link");
                assertNotNull(link, page.title() + ": " + heading.outerHtml());
                assertEquals("#" + heading.id(), link.attr("href"));
                Element bare = heading.clone();
                bare.select("a.heading-link").remove();
                assertEquals("Link naar dit kopje: " + bare.text(), link.attr("aria-label"));
                assertEquals("true", link.selectFirst("span").attr("aria-hidden"), "the # is not read out");
            }
            Element toc = page.selectFirst("nav.toc");
            long sections = headings.stream().filter(h -> h.nameIs("h2")).count();
            if (sections >= 3) {
                assertNotNull(toc, page.title());
                assertEquals(headings.stream().map(h -> "#" + h.id()).toList(), toc.select("a").eachAttr("href"),
                        page.title() + ": the contents link to every section, in order");
                withContents++;
            }
        }
        assertTrue(withContents >= 3, "pages with contents: " + withContents);
        assertNotNull(site.page(CHAPTER).selectFirst("nav.toc"), "the chosen chapter is long");
    }

    @Test
    void theReadingTimeIsTheWordCountAtTwoHundredWordsAMinuteRoundedUp() {
        Document chapter = site.page(CHAPTER);
        List<Integer> shown = minutes(chapter);
        assertEquals(ceilMinutes(words(chapter)), shown.get(0), "this chapter: " + words(chapter) + " words");
        int reportWords = words(site.page(REPORT));
        for (Element link : site.page(REPORT).select("nav.chapters a")) {
            reportWords += words(site.page(link.attr("href").substring("/soneta-site".length())));
        }
        assertEquals(ceilMinutes(reportWords), shown.get(1), "the whole report: " + reportWords + " words");
        assertEquals(shown.get(1), minutes(site.page(REPORT)).get(1), "the front page gives the same total");
        assertTrue(site.page(REPORT).selectFirst(".reading-time").text().contains(" uur en "),
                "a long report in hours and minutes: " + site.page(REPORT).selectFirst(".reading-time").text());
        Document single = site.page("/publicaties/thematafel-eenzaamheid/");
        assertEquals("Leestijd: ongeveer " + ceilMinutes(words(single)) + " minuten",
                single.selectFirst(".reading-time").text());
    }

    @Test
    void searchIndexesHeadingsWithoutTheirLinksAndNotesWithoutTheWayBack() throws IOException {
        Element heading = site.page(CHAPTER).selectFirst(".prose h2[id]");
        Element bare = heading.clone();
        bare.select("a.heading-link").remove();
        boolean sectionFound = false;
        try (Stream<Path> files = Files.list(site.root().resolve("zoeken/index"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String json = Files.readString(file);
                for (String aid : List.of("Link naar dit kopje", "Terug naar de tekst", "↩")) {
                    assertFalse(json.contains(aid), aid + " in " + file.getFileName());
                }
                sectionFound |= json.contains("[\"" + heading.id() + "\",\"" + bare.text() + "\"");
            }
        }
        assertTrue(sectionFound, "the section is indexed under its own heading text: " + bare.text());
    }

    @Test
    void aPublicationWithAPdfOffersItWithItsSizeOnEveryPage(@TempDir Path temp) throws IOException {
        assertTrue(FixtureSites.complete(temp.resolve("project")).build(temp.resolve("site"), null).succeeded());
        BuiltSite fixture = new BuiltSite(temp.resolve("site"), "");
        long bytes = Files.size(fixture.root().resolve("media/verslag-2026.pdf"));
        String expected = "Download de pdf (" + Math.max(1, (bytes + 999) / 1000) + " kB)";
        for (String path : List.of("/publicaties/verslag/", "/publicaties/verslag/deel-een/", "/publicaties/verslag/deel-twee/")) {
            Element download = fixture.page(path).selectFirst("a.download");
            assertNotNull(download, path);
            assertEquals("/media/verslag-2026.pdf", download.attr("href"));
            assertTrue(fixture.exists(download.attr("href").substring(1)), download.attr("href"));
            assertEquals(expected, download.text(), path);
        }
    }

    private static Element target(Document page, Element link) {
        return page.getElementById(link.attr("href").substring(1));
    }

    /** Words as the reader sees them: the text of the body without links to headings and ways back from notes. */
    private static int words(Document page) {
        Element prose = page.selectFirst("article .prose");
        if (prose == null) {
            return 0;
        }
        Element text = prose.clone();
        text.select("a.heading-link, .footnotes-title, a.footnote-backref").remove();
        int count = 0;
        for (String piece : text.text().split("[\\s\\u00A0]+")) {
            if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static int ceilMinutes(int words) {
        return (int) Math.ceil(words / (double) WORDS_PER_MINUTE);
    }

    /** The minutes a reading-time line gives, in its order: the page, then the whole report. */
    private static List<Integer> minutes(Document page) {
        Element line = page.selectFirst(".reading-time");
        assertNotNull(line, page.title());
        Matcher matcher = DURATION.matcher(line.text().toLowerCase(Locale.ROOT));
        List<Integer> found = new ArrayList<>();
        while (matcher.find()) {
            int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
            found.add(hours * 60 + (matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
        }
        return found;
    }
}
