package nl.soneta.site.publish;

/** Text for the XML files the site publishes (sitemap, feeds). */
final class Xml {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /** Safe both as element text and inside a double-quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One element with text on a line of its own, so that the files stay readable and diffable. */
    static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(escape(text))
                .append("</").append(name).append(">\n");
    }
}
