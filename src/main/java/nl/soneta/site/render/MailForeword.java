package nl.soneta.site.render;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The foreword of a newsletter issue as a mail program needs it, in both e-mail forms. A mail has no page to
 * resolve links against, so every {@code href} and {@code src} is made absolute against the issue's web page;
 * the HTML form gets its look as inline styles, the text form writes each link as "tekst (https://…)".
 */
public final class MailForeword {
    private static final List<Map.Entry<String, String>> STYLE_BY_SELECTOR = List.of(
            Map.entry("p", MailStyle.PARAGRAPH), Map.entry("a", MailStyle.LINK),
            Map.entry("h2, h3, h4, h5, h6", MailStyle.HEADING), Map.entry("ul, ol", MailStyle.LIST),
            Map.entry("img", MailStyle.IMAGE), Map.entry("table", MailStyle.TABLE),
            Map.entry("th, td", MailStyle.TABLE_CELL), Map.entry("blockquote", MailStyle.QUOTE));
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, table, tr, dl, figure, pre, section";

    private final Document document;

    private MailForeword(Document document) {
        this.document = document;
    }

    /** @param pageUrl the absolute URL of the issue's web page, which relative links in the foreword are relative to */
    public static MailForeword of(String html, String pageUrl) {
        Document document = Jsoup.parseBodyFragment(html, pageUrl);
        for (Element element : document.body().select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (element.hasAttr(attribute) && !element.attr(attribute).startsWith("#")) {
                    String absolute = element.absUrl(attribute);
                    if (!absolute.isEmpty()) {
                        element.attr(attribute, absolute);
                    }
                }
            }
        }
        // The scroll box around wide tables and lazy loading are for the web page; mail programs do neither.
        document.body().select("div.table-scroll").unwrap();
        document.body().select("img[loading]").removeAttr("loading");
        document.outputSettings().prettyPrint(false);
        return new MailForeword(document);
    }

    /** The foreword with absolute links and inline styles. */
    public String html() {
        Document styled = document.clone();
        STYLE_BY_SELECTOR.forEach(rule -> styled.body().select(rule.getKey()).attr("style", rule.getValue()));
        return styled.body().html();
    }

    /** The foreword as plain text: a blank line between blocks, links as "tekst (https://…)", not yet wrapped. */
    public String text() {
        StringBuilder text = new StringBuilder();
        appendText(document.body(), text);
        return text.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.text().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (element.is("br")) {
            text.append('\n');
            return;
        }
        if (element.is("img")) {
            text.append(element.attr("alt"));
            return;
        }
        boolean block = element.is(BLOCKS);
        if (block) {
            text.append("\n\n");
        }
        if (element.is("li")) {
            text.append("\n- ");
        }
        element.childNodes().forEach(child -> appendText(child, text));
        if (element.is("a[href]") && !element.attr("href").startsWith("#")) {
            String url = element.attr("href").startsWith("mailto:") ? element.attr("href").substring(7) : element.attr("href");
            if (!element.text().strip().equals(url)) {
                text.append(" (").append(url).append(')');
            }
        }
        if (block) {
            text.append("\n\n");
        }
    }
}
