package nl.soneta.site.render.view;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.Crumb;
import nl.soneta.site.render.PageFrame;

/**
 * A static page of the sociale kaart with the organisations of one theme, doelgroep, wijk or soort.
 *
 * @param seeAlso a page that also helps these readers (the theme itself, the organisations for everyone)
 * @param embed   for a theme: the page partners can frame and the code to do it
 */
public record FilterPageView(PageFrame frame, String introduction, String count, List<Card> cards,
                             Optional<Crumb> seeAlso, Optional<Embed> embed) {

    /** @param iframeCode the HTML a partner copies, shown as text */
    public record Embed(String path, String iframeCode) {
    }
}
