package nl.soneta.site.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import nl.soneta.site.json.JsonObject;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.SiteConfig;
import nl.soneta.site.site.SiteZone;

/**
 * schema.org JSON-LD for organisation and event pages, so search engines and maps can show them as what they
 * are. Written as script text that is safe to put inside a {@code <script type="application/ld+json">}.
 */
final class StructuredData {
    private static final String CONTEXT = "https://schema.org";
    private static final String CITY = "Almere";
    /** Kinds of the site's vocabulary that are public services rather than non-governmental organisations. */
    private static final Set<String> PUBLIC_SERVICE_KINDS = Set.of("gemeente-of-publieke-dienst");

    private final SiteConfig site;

    StructuredData(SiteConfig site) {
        this.site = site;
    }

    String of(Organisation organisation, String description) {
        var contact = organisation.contact();
        return thing(PUBLIC_SERVICE_KINDS.contains(organisation.kind().slug()) ? "Organization" : "NGO",
                organisation.item().title(), description, organisation.item().path())
                .put("areaServed", CITY)
                .put("sameAs", contact.website())
                .put("email", contact.email())
                .put("telephone", contact.phone())
                .put("address", contact.address())
                .toScriptText();
    }

    String of(Event event, String description) {
        return thing("Event", event.item().title(), description, event.item().path())
                .put("startDate", inAlmere(event.start()))
                .put("endDate", event.end().map(StructuredData::inAlmere))
                .put("eventStatus", CONTEXT + "/EventScheduled")
                .put("eventAttendanceMode", CONTEXT + "/OfflineEventAttendanceMode")
                .put("location", new JsonObject().put("@type", "Place").put("name", event.location()).put("address", CITY))
                .put("organizer", new JsonObject().put("@type", "Organization").put("name", site.title())
                        .put("url", site.baseUrl().absolute("/")))
                .toScriptText();
    }

    private JsonObject thing(String type, String name, String description, String path) {
        return new JsonObject().put("@context", CONTEXT).put("@type", type).put("name", name)
                .put("description", description).put("url", site.baseUrl().absolute(path));
    }

    /** With the offset of that day, so the time stays right for readers in any zone, in winter and in summer. */
    private static String inAlmere(LocalDateTime local) {
        return local.atZone(SiteZone.ALMERE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
