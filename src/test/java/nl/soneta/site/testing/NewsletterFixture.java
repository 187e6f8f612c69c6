package nl.soneta.site.testing;

import java.nio.file.Path;

/**
 * The complete fixture site plus a second newsletter issue made to strain the e-mail edition: a foreword with a
 * relative link, a root link, a link to a Markdown file, a long unbreakable URL and a list, and a news item
 * whose title is longer than a line of plain-text mail.
 */
public final class NewsletterFixture {
    public static final String ISSUE = "/nieuwsbrief/nummer-2/";
    public static final String LONG_TITLE = "Een bericht met een heel lange titel over eenzaamheid, geldzorgen,"
            + " vrijwilligerswerk en mantelzorg in alle wijken van Almere";
    public static final String LONG_URL = "https://example.org/een/heel/lang/adres/dat/niet/past/op/een/smalle/"
            + "telefoon/zonder/dat/het/wordt/afgebroken/index.html";

    private NewsletterFixture() {
    }

    public static SiteFixture in(Path root) {
        return FixtureSites.complete(root)
                .file("content/nieuws/lange-titel.md", """
                        ---
                        title: "%s"
                        date: 2026-10-15
                        summary: Een bericht om lange regels mee te testen.
                        ---
                        Tekst.
                        """.formatted(LONG_TITLE))
                .file("content/nieuwsbrief/nummer-2.md", """
                        ---
                        title: Nieuwsbrief december 2026
                        number: 2
                        date: 2026-12-01
                        news: [lange-titel, nieuws-2]
                        events: [bijeenkomst]
                        summary: Het tweede nummer, met nieuws en een bijeenkomst.
                        ---
                        Beste lezer,

                        Lees over <a href="../../organisaties/buurthulp/">de buurthulp</a> en [over ons](/over/).
                        Zie ook [wat helpt tegen eenzaamheid](../themas/eenzaamheid.md#wat-helpt).

                        Een lang adres: %s

                        - Een eerste punt met een wat langere tekst, zodat de regel op een woordgrens wordt afgebroken.
                        - Een tweede punt.
                        """.formatted(LONG_URL));
    }
}
