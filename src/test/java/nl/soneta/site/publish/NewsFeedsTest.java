package nl.soneta.site.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.site.SiteZone;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The news feeds of the fixture site, built under a sub-path and read back by Rome as a feed reader would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsFeedsTest {
    private static final String BASE = "https://example.test/soneta/";
    private static final List<String> NEWEST_FIRST = List.of("Geld & <zorgen>", "Nieuws 5", "Nieuws 4", "Nieuws 3",
            "Nieuws 2", "Nieuws 1");

    private SiteFixture fixture;
    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        fixture = FixtureSites.complete(temp.resolve("project")).file("content/nieuws/geldzorgen.md", """
                ---
                title: Geld & <zorgen>
                date: 2026-11-15
                themes: [armoede, eenzaamheid]
                summary: Over "rondkomen" & schulden.
                ---
                Tekst.
                """);
        BuildResult result = fixture.build(temp.resolve("site"), BASE);
        assertTrue(result.succeeded(), () -> result.diagnostics().all().toString());
        site = new BuiltSite(temp.resolve("site"), "/soneta");
    }

    @Test
    void bothFeedsDescribeTheNewsSection() {
        SyndFeed rss = read("nieuws/feed.xml");
        SyndFeed atom = read("nieuws/atom.xml");
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("atom_1.0", atom.getFeedType());
        for (SyndFeed feed : List.of(rss, atom)) {
            assertEquals("Nieuws van Testnet", feed.getTitle());
            assertEquals("Een kleine site om de generator mee te testen.", feed.getDescription());
            assertEquals(NEWEST_FIRST, feed.getEntries().stream().map(SyndEntry::getTitle).toList(), "drafts left out");
        }
        assertEquals(BASE + "nieuws/", rss.getLink());
        assertEquals(List.of(BASE + "nieuws/"), atom.getLinks().stream().filter(l -> "alternate".equals(l.getRel()))
                .map(SyndLink::getHref).toList());
        assertEquals(List.of(BASE + "nieuws/atom.xml"), atom.getLinks().stream().filter(l -> "self".equals(l.getRel()))
                .map(SyndLink::getHref).toList());
        assertEquals(amsterdamMidnight(2026, 11, 15), atom.getPublishedDate().toInstant(), "updated = newest item");
        assertEquals(amsterdamMidnight(2026, 11, 15), rss.getPublishedDate().toInstant());
    }

    @Test
    void entriesHaveAbsoluteLinksStableIdsSummariesAndThemes() {
        for (String file : List.of("nieuws/feed.xml", "nieuws/atom.xml")) {
            List<SyndEntry> entries = read(file).getEntries();
            SyndEntry newest = entries.get(0);
            assertEquals(BASE + "nieuws/geldzorgen/", newest.getLink(), file);
            assertEquals(BASE + "nieuws/geldzorgen/", newest.getUri(), file);
            assertEquals("Over \"rondkomen\" & schulden.", newest.getDescription().getValue(), file);
            assertEquals(List.of("Eenzaamheid", "Armoede"),
                    newest.getCategories().stream().map(SyndCategory::getName).toList(), "themes in display order");
            SyndEntry oldest = entries.get(entries.size() - 1);
            assertEquals(BASE + "nieuws/nieuws-1/", oldest.getLink(), file);
            assertEquals(List.of("Eenzaamheid"), oldest.getCategories().stream().map(SyndCategory::getName).toList());
        }
    }

    @Test
    void datesAreTheStartOfTheDayInAmsterdam() throws IOException {
        for (String file : List.of("nieuws/feed.xml", "nieuws/atom.xml")) {
            List<SyndEntry> entries = read(file).getEntries();
            assertEquals(amsterdamMidnight(2026, 5, 1), entries.get(1).getPublishedDate().toInstant(), file);
            assertEquals(amsterdamMidnight(2026, 1, 1), entries.get(5).getPublishedDate().toInstant(), file);
        }
        assertTrue(text("nieuws/feed.xml").contains("<pubDate>Fri, 1 May 2026 00:00:00 +0200</pubDate>"));
        assertTrue(text("nieuws/feed.xml").contains("<pubDate>Thu, 1 Jan 2026 00:00:00 +0100</pubDate>"));
        assertTrue(text("nieuws/atom.xml").contains("<published>2026-05-01T00:00:00+02:00</published>"));
        assertTrue(text("nieuws/atom.xml").contains("<updated>2026-11-15T00:00:00+01:00</updated>"));
    }

    @Test
    void everyPageAnnouncesBothFeeds() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            String name = site.relative(file);
            if (BuiltSite.isMailEdition(name) || BuiltSite.isPartnerList(name)) {
                continue; // a mail or a list framed by a partner is no page of this site: its head announces nothing
            }
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            if (page.select("head link[rel=alternate][type=application/rss+xml][href=/soneta/nieuws/feed.xml]").size() != 1
                    || page.select("head link[rel=alternate][type=application/atom+xml][href=/soneta/nieuws/atom.xml]")
                    .size() != 1) {
                missing.add(site.relative(file));
            }
        }
        assertTrue(site.htmlFiles().size() > 10);
        assertEquals(List.of(), missing);
    }

    @Test
    void equalInputGivesEqualFeeds(@TempDir Path temp) throws IOException {
        assertTrue(fixture.build(temp, BASE).succeeded());
        for (String file : List.of("nieuws/feed.xml", "nieuws/atom.xml")) {
            assertArrayEquals(Files.readAllBytes(site.root().resolve(file)), Files.readAllBytes(temp.resolve(file)), file);
        }
    }

    private SyndFeed read(String file) {
        try (InputStream in = Files.newInputStream(site.root().resolve(file))) {
            return new SyndFeedInput().build(new XmlReader(in));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read " + file, e);
        }
    }

    private String text(String file) throws IOException {
        return Files.readString(site.root().resolve(file));
    }

    private static Instant amsterdamMidnight(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(SiteZone.ALMERE).toInstant();
    }
}
