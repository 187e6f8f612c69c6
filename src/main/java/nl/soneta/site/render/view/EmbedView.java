package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.site.SecurityPolicy;

/**
 * The organisations of a theme without the site around them, for a partner's page. Every URL is absolute:
 * the page is read inside another site.
 *
 * @param iconUrl       the site's icon
 * @param stylesheetUrl the site's stylesheet
 * @param sourceUrl     the page of the theme on the sociale kaart, named as the source
 */
public record EmbedView(String language, String title, String description, String heading, String iconUrl, String stylesheetUrl, List<Item> items,
                        String sourceName, String sourceUrl) {

    /** The same policy as every site page; the header file adds who may frame this one. */
    public String securityPolicy() {
        return SecurityPolicy.CONTENT;
    }

    /** @param url absolute */
    public record Item(String title, String url, String summary, String kind) {
    }
}
