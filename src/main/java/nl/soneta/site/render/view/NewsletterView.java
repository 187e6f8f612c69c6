package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Newsletter;

/** An issue of the newsletter: foreword, then the selected news and meetings. */
public record NewsletterView(PageFrame frame, Newsletter newsletter, RenderedMarkdown foreword, List<Card> news,
                             List<Card> events) {
}
