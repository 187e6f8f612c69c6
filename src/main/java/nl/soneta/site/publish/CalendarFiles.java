package nl.soneta.site.publish;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.soneta.site.site.SiteZone;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.SiteConfig;
import nl.soneta.site.site.SitePaths;

/**
 * The agenda as iCalendar (RFC 5545): {@code /agenda.ics} with every meeting, to subscribe to, and one file per
 * meeting, to add it to a calendar. Two builds of the same content give the same bytes, so nothing in these files
 * depends on the build time.
 */
public final class CalendarFiles {
    private static final ZoneId ZONE = SiteZone.ALMERE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /*
     * The EU rules in force since 1996: clients need the definition inside the file to place TZID times, and
     * fixed rules keep the output independent of the JDK's time zone data.
     */
    private static final String AMSTERDAM = """
            BEGIN:VTIMEZONE
            TZID:Europe/Amsterdam
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    private final SiteConfig config;

    private CalendarFiles(SiteConfig config) {
        this.config = config;
    }

    public static List<OutputFile> files(List<Event> events, SiteConfig config) {
        CalendarFiles calendars = new CalendarFiles(config);
        List<OutputFile> files = new ArrayList<>();
        files.add(new OutputFile(SitePaths.outputFile(SitePaths.CALENDAR),
                calendars.calendar(events, "Agenda van " + config.title())));
        for (Event event : events) {
            files.add(new OutputFile(SitePaths.outputFile(SitePaths.calendar(event.item().path(), event.item().slug())),
                    calendars.calendar(List.of(event), event.item().title())));
        }
        return files;
    }

    /* No METHOD: these are published files, not iTIP messages, and METHOD:PUBLISH would require an ORGANIZER. */
    private byte[] calendar(List<Event> events, String name) {
        IcsLines lines = new IcsLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//" + config.title() + "//soneta-site//NL")
                .raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", name)
                .raw("X-WR-TIMEZONE", ZONE.getId())
                .block(AMSTERDAM);
        events.forEach(event -> event(lines, event));
        return lines.raw("END", "VCALENDAR").bytes();
    }

    private void event(IcsLines lines, Event event) {
        BaseUrl baseUrl = config.baseUrl();
        String url = baseUrl.absolute(event.item().path());
        String description = event.item().hasSummary() ? event.item().summary().strip() + "\n\n" + url : url;
        lines.raw("BEGIN", "VEVENT")
                .raw("UID", event.item().slug() + "@" + URI.create(baseUrl.origin()).getHost())
                .raw("DTSTAMP", stamp(event))
                .raw("DTSTART;TZID=" + ZONE.getId(), LOCAL.format(event.start()));
        event.end().ifPresent(end -> lines.raw("DTEND;TZID=" + ZONE.getId(), LOCAL.format(end)));
        lines.text("SUMMARY", event.item().title())
                .text("DESCRIPTION", description)
                .text("LOCATION", event.location())
                .raw("URL", url)
                .raw("END", "VEVENT");
    }

    /*
     * DTSTAMP is required, but the content has no "last changed" date and the build time would make every build
     * differ; the start in UTC is a stable stand-in that changes when the meeting is moved.
     */
    private static String stamp(Event event) {
        LocalDateTime start = event.start();
        return UTC.format(start.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }
}
