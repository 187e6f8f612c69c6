package nl.soneta.site.render;

/**
 * The look of the newsletter's e-mail edition, as inline CSS. Mail programs drop stylesheets and many ignore a
 * {@code <style>} element, so every element carries its own {@code style} attribute; the colours are the site's
 * and pass WCAG AA contrast on white. Only the e-mail edition uses these: site pages have no inline styles.
 */
public final class MailStyle {
    public static final String FONT = "font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,sans-serif;";
    /** A long URL or word breaks instead of pushing the mail wider than a phone's screen. */
    public static final String WRAP = "overflow-wrap:anywhere;word-break:break-word;";
    public static final String TEXT_COLOUR = "#1b1b1b";
    public static final String MUTED_COLOUR = "#4a4a4a";
    public static final String BRAND_COLOUR = "#00565b";
    public static final String LINK_COLOUR = "#00507a";
    public static final String SURFACE_COLOUR = "#f3f6f6";

    public static final String BODY = "margin:0;padding:0;width:100%;background-color:" + SURFACE_COLOUR + ";";
    public static final String PREHEADER = "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;"
            + "font-size:1px;line-height:1px;color:" + SURFACE_COLOUR + ";";
    public static final String OUTER_TABLE = "width:100%;border-collapse:collapse;background-color:" + SURFACE_COLOUR + ";";
    public static final String OUTER_CELL = "padding:16px 8px;";
    /** 600 px is the width mail programs are designed for; narrower screens get the full width. */
    public static final String CARD_TABLE = "width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;"
            + "background-color:#ffffff;";
    public static final String BROWSER_LINK_CELL = "padding:8px 24px;" + WRAP + "text-align:center;font-size:14px;line-height:1.5;"
            + FONT + "color:" + MUTED_COLOUR + ";";
    public static final String HEADER_CELL = "padding:24px 24px 16px;background-color:" + BRAND_COLOUR + ";" + FONT
            + "color:#ffffff;";
    public static final String BRAND = "margin:0 0 8px;font-size:16px;line-height:1.4;font-weight:700;color:#ffffff;";
    public static final String TITLE = "margin:0 0 8px;font-size:26px;line-height:1.25;font-weight:800;color:#ffffff;";
    public static final String ISSUE = "margin:0;font-size:16px;line-height:1.4;color:#ffffff;";
    public static final String SECTION_CELL = "padding:24px 24px 8px;" + WRAP + FONT + "color:" + TEXT_COLOUR + ";";
    public static final String ITEM_CELL = "padding:0 24px 16px;" + WRAP + FONT + "color:" + TEXT_COLOUR + ";";
    public static final String FOOTER_CELL = "padding:16px 24px 24px;" + WRAP + "border-top:1px solid #c8d3d3;font-size:14px;"
            + "line-height:1.5;" + FONT + "color:" + MUTED_COLOUR + ";";
    public static final String SECTION_HEADING = "margin:0 0 8px;font-size:22px;line-height:1.3;font-weight:800;color:"
            + BRAND_COLOUR + ";";
    public static final String ITEM_HEADING = "margin:0 0 4px;font-size:18px;line-height:1.35;font-weight:700;";
    public static final String HEADING = "margin:24px 0 8px;font-size:20px;line-height:1.3;font-weight:700;color:"
            + TEXT_COLOUR + ";";
    public static final String PARAGRAPH = "margin:0 0 16px;font-size:16px;line-height:1.6;";
    public static final String CONTEXT = "margin:0 0 4px;font-size:15px;line-height:1.5;color:" + MUTED_COLOUR + ";";
    public static final String SMALL = "margin:0 0 8px;font-size:14px;line-height:1.5;color:" + MUTED_COLOUR + ";";
    public static final String LINK = "color:" + LINK_COLOUR + ";text-decoration:underline;";
    public static final String LIST = "margin:0 0 16px;padding-left:24px;font-size:16px;line-height:1.6;";
    public static final String IMAGE = "display:block;max-width:100%;height:auto;border:0;";
    public static final String TABLE = "width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;";
    public static final String TABLE_CELL = "border:1px solid #c8d3d3;padding:4px 8px;text-align:left;vertical-align:top;";
    public static final String QUOTE = "margin:0 0 16px;padding-left:16px;border-left:4px solid #c8d3d3;";

    private MailStyle() {
    }
}
