package nl.soneta.site.site;

import nl.soneta.site.content.MarkdownSource;
import java.util.List;

/** The settings of content/site.yaml; {@code situations} are the life situations the home page starts with. */
public record SiteConfig(String title, String tagline, String description, BaseUrl baseUrl, String language,
                         int pageSize, MarkdownSource intro, List<MenuItem> menu, Vocabularies vocabularies,
                         List<Situation> situations) {

    /** The name of the news feeds, in the feeds themselves and in the links that announce them. */
    public String newsFeedTitle() {
        return "Nieuws van " + title;
    }

    public SiteConfig withBaseUrl(BaseUrl other) {
        return new SiteConfig(title, tagline, description, other, language, pageSize, intro, menu, vocabularies,
                situations);
    }
}
