package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML in Markdown may contain. Everything the Markdown renderer itself writes is allowed; script,
 * iframes, forms, styles, event handlers and javascript: links are not, because content comes from many
 * hands and the site must never run a script that somebody pasted by accident.
 */
final class HtmlSafety {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "s", "abbr", "mark", "figure", "figcaption", "details", "summary", "section")
            .addAttributes(":all", "id", "class", "lang", "title", "dir")
            .addAttributes("th", "scope")
            .addAttributes("abbr", "title")
            .removeProtocols("img", "src", "http")
            .preserveRelativeLinks(true);

    private HtmlSafety() {
    }

    /** Removes everything not on the safelist, and images from other sites; relative links stay relative. */
    static Document clean(Document dirty) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.select("img[src]").stream().filter(image -> LinkTargets.isOffSite(image.attr("src"))).forEach(Element::remove);
        return clean;
    }

    /**
     * Describes what cleaning would remove from a snippet of raw HTML, or nothing when it is safe. The snippet is
     * read as XML, tag by tag, because an HTML parser silently drops or moves what is out of place in a body
     * ({@code <body onload>}, {@code <frameset>}, {@code <meta>}), which the editor must still hear about.
     */
    static List<String> unsafeParts(String rawHtml, String baseUri) {
        Document fragment = Jsoup.parse(rawHtml, baseUri, Parser.xmlParser().settings(ParseSettings.htmlDefault));
        List<String> problems = new ArrayList<>();
        for (Element element : fragment.getAllElements()) {
            if (element == fragment) {
                continue;
            }
            String tag = element.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                problems.add("<" + tag + ">");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                var unsafeScheme = LinkTargets.unsafeScheme(attribute.getValue());
                if (name.startsWith("on") || name.equals("style")) {
                    problems.add(name + "=\"…\"");
                } else if (unsafeScheme.isPresent() && (name.equals("href") || name.equals("src"))) {
                    problems.add(unsafeScheme.get() + ":-link");
                } else if (name.equals("src") && LinkTargets.isOffSite(attribute.getValue())) {
                    problems.add("afbeelding van een andere website");
                } else if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
                    problems.add(name + "=\"…\"");
                }
            }
        }
        return problems;
    }
}
