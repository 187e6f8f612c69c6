package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Site;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.HtmlChecker;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reads the schema.org JSON-LD of organisation and event pages with a real JSON parser, as a search engine would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructuredDataTest {
    private static final String BASE_URL = "https://example.github.io/soneta-site/";
    private static final String BASE_PATH = "/soneta-site";
    private static final String SCRIPT_IN_SUMMARY = "Hulp </script><script>alert(1)</script> bij <!-- geld -->.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Site real;
    private BuiltSite realSite;
    private BuiltSite fixtureSite;

    @BeforeAll
    void build(@TempDir Path temp) {
        real = RenderedContent.of(SiteFixture.project()).site();
        BuildResult built = SiteFixture.project().build(temp.resolve("real"), BASE_URL);
        assertTrue(built.succeeded(), () -> built.diagnostics().all().toString());
        realSite = new BuiltSite(temp.resolve("real"), BASE_PATH);

        SiteFixture fixture = FixtureSites.complete(temp.resolve("project")).file("content/organisaties/geldhulp.md", """
                ---
                title: Geldhulp
                summary: "%s"
                kind: belangenorganisatie
                themes: [armoede]
                audiences: [ouderen]
                sources: [verslag]
                website: https://geldhulp.example/
                phone: 036 123 45 67
                ---
                Wij helpen.
                """.formatted(SCRIPT_IN_SUMMARY));
        BuildResult fixtureBuilt = fixture.build(temp.resolve("fixture"), BASE_URL);
        assertTrue(fixtureBuilt.succeeded(), () -> fixtureBuilt.diagnostics().all().toString());
        fixtureSite = new BuiltSite(temp.resolve("fixture"), BASE_PATH);
    }

    @Test
    void everyOrganisationPageDescribesItsOrganisation() throws IOException {
        assertFalse(real.organisations().isEmpty());
        for (Organisation organisation : real.organisations()) {
            String path = organisation.item().path();
            JsonNode json = jsonLd(realSite.page(path), path);
            assertEquals("https://schema.org", json.path("@context").asText(), path);
            String expectedType = organisation.kind().slug().equals("gemeente-of-publieke-dienst") ? "Organization" : "NGO";
            assertEquals(expectedType, json.path("@type").asText(), path);
            assertEquals(organisation.item().title(), json.path("name").asText(), path);
            assertFalse(json.path("description").asText().isBlank(), path);
            assertEquals(BASE_URL + path.substring(1), json.path("url").asText(), path);
            assertEquals("Almere", json.path("areaServed").asText(), path);
            organisation.contact().email().ifPresent(email -> assertEquals(email, json.path("email").asText(), path));
            organisation.contact().phone().ifPresent(phone -> assertEquals(phone, json.path("telephone").asText(), path));
            organisation.contact().website().ifPresent(site -> assertEquals(site, json.path("sameAs").asText(), path));
            assertEquals(organisation.contact().email().isPresent(), json.has("email"), path);
        }
    }

    @Test
    void everyEventPageDescribesItsMeetingInAmsterdamTime() throws IOException {
        assertFalse(real.events().isEmpty());
        for (Event event : real.events()) {
            String path = event.item().path();
            JsonNode json = jsonLd(realSite.page(path), path);
            assertEquals("https://schema.org", json.path("@context").asText(), path);
            assertEquals("Event", json.path("@type").asText(), path);
            assertEquals(event.item().title(), json.path("name").asText(), path);
            assertFalse(json.path("description").asText().isBlank(), path);
            assertEquals(BASE_URL + path.substring(1), json.path("url").asText(), path);
            // every meeting of the real agenda is in summer time
            assertEquals(event.start() + ":00+02:00", json.path("startDate").asText(), path);
            event.end().ifPresent(end -> assertEquals(end + ":00+02:00", json.path("endDate").asText(), path));
            assertEquals("https://schema.org/EventScheduled", json.path("eventStatus").asText(), path);
            assertEquals("https://schema.org/OfflineEventAttendanceMode", json.path("eventAttendanceMode").asText(), path);
            assertEquals("Place", json.path("location").path("@type").asText(), path);
            assertEquals(event.location(), json.path("location").path("name").asText(), path);
            assertEquals("Almere", json.path("location").path("address").asText(), path);
            assertEquals("Organization", json.path("organizer").path("@type").asText(), path);
            assertEquals("SONETA", json.path("organizer").path("name").asText(), path);
            assertEquals(BASE_URL, json.path("organizer").path("url").asText(), path);
        }
    }

    @Test
    void aWinterMeetingHasTheWinterOffset() throws IOException {
        JsonNode json = jsonLd(fixtureSite.page("/agenda/bijeenkomst/"), "bijeenkomst");
        assertEquals("2027-01-14T19:30:00+01:00", json.path("startDate").asText());
        assertEquals("2027-01-14T21:30:00+01:00", json.path("endDate").asText());
        assertEquals("Testnet", json.path("organizer").path("name").asText());
    }

    @Test
    void aSummaryWithScriptTagsStaysInsideTheJson() throws IOException {
        Document page = fixtureSite.page("/organisaties/geldhulp/");
        assertEquals(1, page.select("script").size(), "only the JSON-LD block");
        JsonNode json = jsonLd(page, "geldhulp");
        assertEquals(SCRIPT_IN_SUMMARY, json.path("description").asText());
        assertEquals("https://geldhulp.example/", json.path("sameAs").asText());
        assertEquals("036 123 45 67", json.path("telephone").asText());
        assertFalse(page.select("script").first().data().contains("<"), "a < is written as \\u003c");
        assertEquals(List.of(), new HtmlChecker().errors(
                fixtureSite.root().resolve("organisaties/geldhulp/index.html"), "geldhulp"));
    }

    @Test
    void otherPagesHaveNoJsonLd() {
        for (String path : List.of("/", "/organisaties/", "/agenda/", "/nieuws/")) {
            assertEquals(0, realSite.page(path).select("script[type=application/ld+json]").size(), path);
        }
    }

    private static JsonNode jsonLd(Document page, String name) throws IOException {
        Elements blocks = page.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size(), name + ": one JSON-LD block");
        return JSON.readTree(blocks.first().data());
    }
}
