package nl.soneta.site.render.view;

import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Page;

/** A free page such as "Over SONETA". */
public record PageView(PageFrame frame, Page page, RenderedMarkdown body) {
}
