package nl.soneta.site.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import nl.soneta.site.json.JsonWriter;
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
                .field("areaServed", CITY)
                .field("sameAs", contact.website())
                .field("email", contact.email())
                .field("telephone", contact.phone())
                .field("address", contact.address())
                .endObject().toScriptText();
    }

    String of(Event event, String description) {
        return thing("Event", event.item().title(), description, event.item().path())
                .field("startDate", inAlmere(event.start()))
                .field("endDate", event.end().map(StructuredData::inAlmere))
                .field("eventStatus", CONTEXT + "/EventScheduled")
                .field("eventAttendanceMode", CONTEXT + "/OfflineEventAttendanceMode")
                .name("location").beginObject()
                .field("@type", "Place").field("name", event.location()).field("address", CITY).endObject()
                .name("organizer").beginObject()
                .field("@type", "Organization").field("name", site.title()).field("url", site.baseUrl().absolute("/"))
                .endObject()
                .endObject().toScriptText();
    }

    /** The members every thing has; the caller adds its own and closes the object. */
    private JsonWriter thing(String type, String name, String description, String path) {
        return JsonWriter.compact().beginObject().field("@context", CONTEXT).field("@type", type).field("name", name)
                .field("description", description).field("url", site.baseUrl().absolute(path));
    }

    /** With the offset of that day, so the time stays right for readers in any zone, in winter and in summer. */
    private static String inAlmere(LocalDateTime local) {
        return local.atZone(SiteZone.ALMERE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
