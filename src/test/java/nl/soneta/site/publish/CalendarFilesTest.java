package nl.soneta.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reads the agenda's .ics files with ical4j, as a calendar client would, from a site built under a sub-path. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFilesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String SUMMER_TITLE = "Zomeravond: geld, wonen; en \"zorg\" \\ samen – een héél lange titel die "
            + "zeker over de vijfenzeventig octetten van één regel heen gaat";
    private static final String SUMMER_SUMMARY = "Kom langs, praat mee; neem iemand mee.";

    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        SiteFixture fixture = FixtureSites.complete(temp.resolve("project"))
                .file("content/agenda/zomeravond.md", """
                        ---
                        title: '%s'
                        start: 2027-07-08T19:30
                        location: Buurthuis De Schoor, Kerkgracht 1; Almere Haven
                        themes: [eenzaamheid]
                        summary: '%s'
                        ---
                        Welkom.
                        """.formatted(SUMMER_TITLE, SUMMER_SUMMARY));
        BuildResult result = fixture.build(temp.resolve("site"), "https://example.test/soneta/");
        assertTrue(result.succeeded(), () -> result.diagnostics().all().toString());
        site = new BuiltSite(temp.resolve("site"), "/soneta");
    }

    @Test
    void theAgendaHoldsEveryEventWithAStableUid() {
        Calendar calendar = parse("agenda.ics");
        assertEquals(List.of("bijeenkomst@example.test", "zomeravond@example.test"),
                events(calendar).stream().map(e -> value(e, Property.UID)).sorted().toList());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElse(""));
        assertTrue(calendar.getComponent(Component.VTIMEZONE).isPresent(), "the time zone is defined in the file");
    }

    @Test
    void localTimesStayLocalInWinterAndSummer() {
        Map<String, VEvent> events = byUid(parse("agenda.ics"));
        VEvent winter = events.get("bijeenkomst@example.test");
        VEvent summer = events.get("zomeravond@example.test");
        assertEquals("Europe/Amsterdam", winter.getDateTimeStart().orElseThrow().getParameter(Parameter.TZID)
                .map(Parameter::getValue).orElse(""));
        // ical4j builds its zone from the file's own VTIMEZONE, so these instants test that definition.
        assertEquals(ZonedDateTime.of(LocalDateTime.of(2027, 1, 14, 19, 30), AMSTERDAM).toInstant(),
                start(winter).toInstant(), "CET is UTC+1");
        assertEquals(ZonedDateTime.of(LocalDateTime.of(2027, 1, 14, 21, 30), AMSTERDAM).toInstant(),
                zoned(winter.getEndDate().orElseThrow().getDate()).toInstant());
        assertEquals(ZonedDateTime.of(LocalDateTime.of(2027, 7, 8, 19, 30), AMSTERDAM).toInstant(),
                start(summer).toInstant(), "CEST is UTC+2");
        assertEquals(LocalDateTime.of(2027, 7, 8, 19, 30), start(summer).toLocalDateTime());
    }

    @Test
    void textWithCommasSemicolonsAndQuotesRoundTrips() {
        VEvent summer = byUid(parse("agenda.ics")).get("zomeravond@example.test");
        assertEquals(SUMMER_TITLE, value(summer, Property.SUMMARY));
        assertEquals("Buurthuis De Schoor, Kerkgracht 1; Almere Haven", value(summer, Property.LOCATION));
        assertEquals(SUMMER_SUMMARY + "\n\nhttps://example.test/soneta/agenda/zomeravond/",
                value(summer, Property.DESCRIPTION));
        assertEquals("https://example.test/soneta/agenda/zomeravond/", value(summer, Property.URL));
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75Octets() {
        String text = new String(bytes("agenda/zomeravond/zomeravond.ics"), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feeds");
        List<String> lines = List.of(text.split("\r\n"));
        lines.forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(" ")), "the long title is folded");
        assertEquals(List.of("zomeravond@example.test"),
                events(parse("agenda/zomeravond/zomeravond.ics")).stream().map(e -> value(e, Property.UID)).toList());
    }

    @Test
    void everyCalendarIsValidRfc5545() throws Exception {
        for (String file : List.of("agenda.ics", "agenda/bijeenkomst/bijeenkomst.ics", "agenda/zomeravond/zomeravond.ics")) {
            var validation = parse(file).validate();
            assertFalse(validation.hasErrors(), () -> file + ": " + validation.getEntries());
        }
    }

    @Test
    void pagesLinkToTheirCalendarFiles() {
        Document event = site.page("/agenda/zomeravond/");
        var link = event.selectFirst("a[href$=.ics]");
        assertEquals("Zet in uw agenda", link.text());
        assertEquals("/soneta/agenda/zomeravond/zomeravond.ics", link.attr("href"));
        assertTrue(site.resolves("agenda/zomeravond/index.html", link.attr("href")));
        assertEquals("/soneta/agenda.ics", site.page("/agenda/").selectFirst("a[href$=.ics]").attr("href"));
    }

    private Calendar parse(String file) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(bytes(file)));
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read " + file, e);
        }
    }

    private byte[] bytes(String file) {
        try {
            return Files.readAllBytes(site.root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    private static ZonedDateTime start(VEvent event) {
        return zoned(event.getDateTimeStart().orElseThrow().getDate());
    }

    private static ZonedDateTime zoned(Temporal temporal) {
        return (ZonedDateTime) temporal;
    }
}
