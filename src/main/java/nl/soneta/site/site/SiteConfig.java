package nl.soneta.site.site;

import java.util.List;

/** The settings of content/site.yaml. */
public record SiteConfig(String title, String tagline, String description, BaseUrl baseUrl, String language,
                         int pageSize, MarkdownSource intro, List<MenuItem> menu, Vocabularies vocabularies) {

    /** The name of the news feeds, in the feeds themselves and in the links that announce them. */
    public String newsFeedTitle() {
        return "Nieuws van " + title;
    }

    public SiteConfig withBaseUrl(BaseUrl other) {
        return new SiteConfig(title, tagline, description, other, language, pageSize, intro, menu, vocabularies);
    }
}
