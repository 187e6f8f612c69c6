package nl.soneta.site.site;

import java.time.ZoneId;

/** The time zone of the site: Almere's clock decides dates, whatever the machine that builds it. */
public final class SiteZone {
    public static final ZoneId ALMERE = ZoneId.of("Europe/Amsterdam");

    private SiteZone() {
    }
}
