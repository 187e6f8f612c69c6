package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** Removes everything not on the safelist; relative links stay relative. */
    static Document clean(Document dirty) {
        return new Cleaner(SAFELIST).clean(dirty);
    }

    /** Describes what cleaning would remove from a snippet of raw HTML, or nothing when it is safe. */
    static List<String> unsafeParts(String rawHtml, String baseUri) {
        Document fragment = Jsoup.parseBodyFragment(rawHtml, baseUri);
        List<String> problems = new ArrayList<>();
        for (Element element : fragment.body().select("*")) {
            if (element == fragment.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                problems.add("<" + tag + ">");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    problems.add(name + "=\"…\"");
                } else if (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")) {
                    problems.add(value.substring(0, value.indexOf(':') + 1) + "-link");
                } else if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
                    problems.add(name + "=\"…\"");
                }
            }
        }
        return problems;
    }
}
