package nl.soneta.site.testing;

import java.nio.file.Path;

/** Small complete sites written for tests: every collection, pagination, drafts and cross links. */
public final class FixtureSites {
    public static final String SITE_YAML = """
            title: Testnet
            tagline: Netwerk voor tests
            description: Een kleine site om de generator mee te testen.
            baseUrl: https://example.test/
            language: nl
            pageSize: 2
            intro: |
              Welkom bij het **Testnet**. Lees [over ons](paginas/over.md).
            menu:
              - title: Organisaties
                url: /organisaties/
              - title: Thema's
                url: /themas/
              - title: Nieuws
                url: /nieuws/
              - title: Over ons
                url: /over/
            vocabularies:
              audiences:
                - slug: ouderen
                  name: Ouderen
                - slug: jongeren
                  name: Jongeren
              districts:
                - slug: almere-haven
                  name: Almere Haven
              kinds:
                - slug: belangenorganisatie
                  name: Belangenorganisatie
            """;

    private FixtureSites() {
    }

    /** Writes the complete fixture into {@code root} and returns it, ready to build. */
    public static SiteFixture complete(Path root) {
        SiteFixture site = SiteFixture.in(root).file("content/site.yaml", SITE_YAML)
                .file("content/paginas/over.md", """
                        ---
                        title: Over ons
                        summary: Wie wij zijn.
                        ---
                        ## Wie wij zijn

                        Wij zijn het Testnet. Zie [Eenzaamheid](../themas/eenzaamheid.md#wat-helpt).

                        ## Wat wij doen

                        | Wat | Wanneer |
                        |:----|-------:|
                        | Bijeenkomst | 4 keer per jaar |

                        ## Hoe u meedoet

                        Stuur ons een bericht[^1].

                        [^1]: Meedoen is gratis.
                        """)
                .file("content/themas/eenzaamheid.md", """
                        ---
                        title: Eenzaamheid
                        summary: Over eenzaamheid.
                        order: 1
                        ---
                        ## Wat helpt

                        Samen dingen doen.
                        """)
                .file("content/themas/armoede.md", """
                        ---
                        title: Armoede
                        summary: Over geldzorgen.
                        order: 2
                        ---
                        Tekst.
                        """)
                .file("content/agenda/bijeenkomst.md", """
                        ---
                        title: Bijeenkomst over eenzaamheid
                        start: 2027-01-14T19:30
                        end: 2027-01-14T21:30
                        location: Stadhuis
                        themes: [eenzaamheid]
                        organisations: [buurthulp]
                        report: verslag
                        summary: Praat mee.
                        ---
                        Welkom.
                        """)
                .file("content/publicaties/verslag/index.md", """
                        ---
                        title: Verslag
                        date: 2026-06-01
                        publisher: Testnet
                        themes: [eenzaamheid]
                        summary: Een verslag met hoofdstukken.
                        pdf: verslag-2026.pdf
                        ---
                        Inleiding. Lees ook [de pdf](../../media/verslag-2026.pdf).
                        """)
                .bytes("content/media/verslag-2026.pdf", "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .file("content/publicaties/verslag/deel-twee.md", """
                        ---
                        title: Deel twee
                        order: 2
                        summary: Het tweede deel.
                        ---
                        Terug naar [deel een](deel-een.md).
                        """)
                .file("content/publicaties/verslag/deel-een.md", """
                        ---
                        title: Deel een
                        order: 1
                        summary: Het eerste deel.
                        ---
                        Zie [de buurthulp](../../organisaties/buurthulp.md).
                        """)
                .file("content/nieuwsbrief/nummer-1.md", """
                        ---
                        title: Nieuwsbrief 1
                        number: 1
                        date: 2026-11-01
                        news: [nieuws-1, nieuws-3]
                        events: [bijeenkomst]
                        summary: Het eerste nummer.
                        ---
                        Voorwoord.
                        """)
                .file("content/nieuws/concept.md", """
                        ---
                        title: Nog niet af
                        date: 2026-11-20
                        summary: Een concept.
                        draft: true
                        ---
                        Concept.
                        """);
        String[] organisations = {"buurthulp", "ouderenbond", "jongerenraad"};
        for (String slug : organisations) {
            site.file("content/organisaties/" + slug + ".md", """
                    ---
                    title: %s
                    summary: Organisatie %s.
                    kind: belangenorganisatie
                    themes: [eenzaamheid]
                    audiences: [ouderen]
                    districts: [almere-haven]
                    email: info@%s.example
                    checked: 2026-10-01
                    sources: [verslag]
                    ---
                    ## Aanbod

                    Wij helpen.
                    """.formatted(capitalise(slug), slug, slug));
        }
        for (int n = 1; n <= 5; n++) {
            site.file("content/nieuws/nieuws-" + n + ".md", """
                    ---
                    title: Nieuws %d
                    date: 2026-0%d-01
                    themes: [eenzaamheid]
                    organisations: [buurthulp]
                    summary: Bericht %d.
                    ---
                    Bericht.
                    """.formatted(n, n, n));
        }
        return site;
    }

    /**
     * The complete fixture plus meetings on both sides of {@link SiteFixture#TODAY} (more past ones than fit on the
     * agenda at a page size of 2, one that ends the next day, one with a registration link) and news of a second year.
     */
    public static SiteFixture withPastAndUpcomingMeetings(Path root) {
        return complete(root)
                .file("content/agenda/inloop.md", """
                        ---
                        title: Inloopavond
                        start: 2026-12-05T20:00
                        end: 2026-12-06T01:00
                        location: Buurthuis De Roos
                        themes: [armoede]
                        registration: https://aanmelden.example.test/inloop
                        summary: Een lange avond.
                        ---
                        Welkom.
                        """)
                .file("content/agenda/terugblik.md", """
                        ---
                        title: Terugblik
                        start: 2026-11-10T19:30
                        end: 2026-11-10T21:30
                        location: Stadhuis
                        themes: [eenzaamheid]
                        report: verslag
                        summary: Wat hebben we gedaan.
                        ---
                        Welkom.
                        """)
                .file("content/agenda/zomermiddag.md", """
                        ---
                        title: Zomermiddag
                        start: 2026-07-08T14:00
                        location: Park
                        summary: Samen buiten.
                        ---
                        Welkom.
                        """)
                .file("content/agenda/wintermorgen.md", """
                        ---
                        title: Wintermorgen
                        start: 2026-02-03T10:00
                        end: 2026-02-03T12:00
                        location: Bibliotheek
                        summary: Koffie in de kou.
                        ---
                        Welkom.
                        """)
                .file("content/nieuws/oud-nieuws.md", """
                        ---
                        title: Oud nieuws
                        date: 2025-12-15
                        themes: [armoede]
                        summary: Van vorig jaar.
                        ---
                        Bericht.
                        """);
    }

    private static String capitalise(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }
}
