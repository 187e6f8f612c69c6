package nl.soneta.site.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS payloads of {@code xss/payloads.txt} (adapted from the OWASP XSS Filter Evasion Cheat Sheet, plus our
 * own for the site's output contexts), and a fixture site that carries them in every text field an editor fills
 * in: titles, summaries, locations, addresses, publishers, the settings in site.yaml, Markdown bodies and headings,
 * and, for the link payloads, every way Markdown and raw HTML write a link or an image.
 */
public final class XssCorpus {
    /** The host every payload that tries to load something names; it never resolves. */
    public static final String FOREIGN_HOST = "evil.invalid";

    /** A page whose title and summary are payloads, by its site path. */
    public record TitledPage(String sitePath, String title, String summary) {
    }

    private final List<String> markup;
    private final List<String> urls;
    private final List<TitledPage> titled = new ArrayList<>();
    private int placements;

    private XssCorpus(List<String> markup, List<String> urls) {
        this.markup = markup;
        this.urls = urls;
    }

    public static XssCorpus load() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/payloads.txt")) {
            List<String> markup = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            List<String> section = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                if (line.equals("[markup]")) {
                    section = markup;
                } else if (line.equals("[url]")) {
                    section = urls;
                } else {
                    section.add(line.replace("{TAB}", "\t").replace("{LF}", "\n").replace("{CR}", "\r")
                            .replace("{SOH}", "\u0001").replace("{NUL}", "\u0000"));
                }
            }
            return new XssCorpus(List.copyOf(markup), List.copyOf(urls));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload as the site keeps it from front matter: without control characters other than tab and line breaks. */
    public static String asStored(String payload) {
        return payload.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    /** Payloads for places where text or Markdown goes. */
    public List<String> markup() {
        return markup;
    }

    /** Payloads for places where a link target goes. */
    public List<String> urls() {
        return urls;
    }

    public int size() {
        return markup.size() + urls.size();
    }

    /** The item pages of the last {@link #site}, each with a payload as its title and one as its summary. */
    public List<TitledPage> titledPages() {
        return List.copyOf(titled);
    }

    /** How many (payload, field) pairs the last {@link #site} wrote. */
    public int placements() {
        return placements;
    }

    private String p(int i) {
        return markup.get(Math.floorMod(i, markup.size()));
    }

    /** Payloads {@code i} and {@code i + 1}, one after the other: what one field holds. */
    private String two(int i) {
        return p(i) + " " + p(i + 1);
    }

    /** A YAML double-quoted scalar holding {@code text} exactly, and its placements counted (two a field). */
    private String yaml(String text) {
        placements += 2;
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A Markdown body: each payload as a block of its own, one as a heading, one inside a sentence. */
    private String body(int i) {
        placements += 4;
        return inFile("## " + p(i + 3).replace('\n', ' ') + "\n\n" + p(i) + "\n\n" + p(i + 1) + "\n\nEen zin met " + p(i + 2)
                + " erin.\n");
    }

    /**
     * Text as written into a Markdown body: a content file may not hold control characters other than tab and line
     * breaks (the reader rejects the file, at the character, which {@code ContentLimitsTest} covers), so they are
     * written as numeric character references, which reach the HTML as the same characters.
     */
    public static String inFile(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        markdown.chars().forEach(c -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F
                ? String.format("&#x%02X;", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /**
     * Writes the fixture: one item per two markup payloads (spread over every collection) with those payloads as its
     * title and the next ones in its other text fields and body, a page with every markup payload, and a page with every
     * link payload in every link form. The site builds; every unsafe part is sanitized (with a warning).
     */
    public SiteFixture site(Path root) {
        placements = 0;
        titled.clear();
        SiteFixture site = FixtureSites.complete(root).file("content/site.yaml", siteYaml());
        List<String> news = new ArrayList<>();
        List<String> events = new ArrayList<>();
        // Two payloads a field, so that every payload is in a title while the site stays small enough to load every
        // page in a browser twice.
        for (int k = 0; k * 2 < markup.size(); k++) {
            int i = 2 * k;
            String name = "xss-" + k;
            String common = "title: " + yaml(two(i)) + "\nsummary: " + yaml(two(i + 2)) + "\n";
            String folder = List.of("/nieuws/", "/agenda/", "/organisaties/", "/themas/", "/", "/publicaties/",
                    "/nieuwsbrief/").get(k % 7);
            titled.add(new TitledPage(folder + name + "/", two(i), two(i + 2)));
            if (k % 7 == 5) {
                titled.add(new TitledPage(folder + name + "/hoofdstuk/", two(i + 6), two(i + 8)));
            }
            switch (k % 7) {
                case 0 -> {
                    news.add(name);
                    site.file("content/nieuws/" + name + ".md", "---\n" + common
                            + "date: 2026-10-01\nthemes: [eenzaamheid]\norganisations: [buurthulp]\n---\n" + body(i));
                }
                case 1 -> {
                    events.add(name);
                    site.file("content/agenda/" + name + ".md", "---\n" + common + "start: 2027-02-01T19:30\n"
                            + "end: 2027-02-01T21:00\nlocation: " + yaml(two(i + 4)) + "\nthemes: [eenzaamheid]\n---\n" + body(i));
                }
                case 2 -> site.file("content/organisaties/" + name + ".md", "---\n" + common
                        + "kind: belangenorganisatie\nthemes: [eenzaamheid]\naudiences: [ouderen]\ndistricts: [almere-haven]\n"
                        + "address: " + yaml(two(i + 4)) + "\nwebsite: https://example.org/\nemail: info@example.org\n"
                        + "phone: 036 123 4567\nsources: [verslag]\n---\n" + body(i));
                case 3 -> site.file("content/themas/" + name + ".md", "---\n" + common + "order: " + (10 + k) + "\n---\n" + body(i));
                case 4 -> site.file("content/paginas/" + name + ".md", "---\n" + common + "---\n" + body(i));
                case 5 -> site.file("content/publicaties/" + name + "/index.md", "---\n" + common
                                + "date: 2026-05-01\npublisher: " + yaml(two(i + 4)) + "\nthemes: [eenzaamheid]\n---\n" + body(i))
                        .file("content/publicaties/" + name + "/hoofdstuk.md", "---\ntitle: " + yaml(two(i + 6))
                                + "\norder: 1\nsummary: " + yaml(two(i + 8)) + "\n---\n" + body(i + 4));
                default -> site.file("content/nieuwsbrief/" + name + ".md", "---\n" + common + "number: " + (100 + k)
                        + "\ndate: 2026-11-0" + (1 + k % 9) + "\nnews: [nieuws-1]\nevents: [bijeenkomst]\n---\n" + body(i));
            }
        }
        // One issue that carries payload items, so the e-mail edition shows their titles and summaries.
        site.file("content/nieuwsbrief/xss-uitgave.md", "---\ntitle: " + yaml(two(0)) + "\nnumber: 99\ndate: 2026-11-15\n"
                + "news: [" + String.join(", ", news) + "]\nevents: [" + String.join(", ", events) + "]\nsummary: "
                + yaml(two(2)) + "\n---\n" + body(2));
        StringBuilder all = new StringBuilder();
        for (String payload : markup) {
            all.append(payload).append("\n\n");
            placements++;
        }
        site.file("content/paginas/alle-aanvallen.md", "---\ntitle: Alle aanvallen\nsummary: Elke aanval in de tekst.\n---\n"
                + inFile(all.toString()));
        site.file("content/paginas/alle-links.md", "---\ntitle: Alle links\nsummary: Elke link die niet mag.\n---\n"
                + inFile(linkForms()));
        return site;
    }

    /**
     * The small fixture site plus one page per markup payload, at {@code /aanval-<n>/}, and one per link payload and
     * link form, at {@code /link-<n>-<form>/}, each with just that as its body.
     */
    public SiteFixture onePagePerPayload(Path root) {
        SiteFixture site = FixtureSites.complete(root);
        for (int i = 0; i < markup.size(); i++) {
            site.file("content/paginas/aanval-" + i + ".md", page("Aanval " + i, markup.get(i)));
        }
        for (int i = 0; i < urls.size(); i++) {
            List<String> forms = linkForms(i);
            for (int form = 0; form < forms.size(); form++) {
                site.file("content/paginas/link-" + i + "-" + form + ".md", page("Link " + i + " " + form, forms.get(form)));
            }
        }
        return site;
    }

    private static String page(String title, String body) {
        return "---\ntitle: " + title + "\nsummary: Een aanval.\n---\n" + inFile(body) + "\n";
    }

    /** Every link payload in every link form, each form a paragraph of its own. */
    private String linkForms() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < urls.size(); i++) {
            for (String form : linkForms(i)) {
                out.append(form).append("\n\n");
                placements++;
            }
        }
        return out.toString();
    }

    /**
     * Link payload {@code i} as a Markdown link, image, autolink, reference (use and definition), link title, and in
     * a raw HTML link and image.
     */
    public List<String> linkForms(int i) {
        String url = urls.get(i);
        // Markdown takes a destination with spaces or control characters only between < and >.
        String oneLine = url.replace("\n", "").replace("\r", "").replace("\\", "\\\\");
        String destination = oneLine.chars().anyMatch(c -> c <= ' ') ? "<" + oneLine + ">" : oneLine;
        String attribute = url.replace("\"", "&quot;");
        return List.of("Link [klik " + i + "](" + destination + ").",
                "Beeld ![beeld " + i + "](" + destination + ").",
                "Hoek <" + oneLine.strip() + ">.",
                "Verwijzing [klik " + i + "][ref-" + i + "].\n\n[ref-" + i + "]: <" + oneLine + ">",
                "Titel [klik](https://example.org/ \"" + url.replace("\"", "\\\"") + "\").",
                "<a href=\"" + attribute + "\">html-link " + i + "</a>",
                "<img src=\"" + attribute + "\" alt=\"html-beeld " + i + "\">");
    }

    private String siteYaml() {
        return "title: " + yaml("Testnet " + two(1)) + "\n"
                + "tagline: " + yaml(two(3)) + "\n"
                + "description: " + yaml(two(5)) + "\n"
                + "baseUrl: https://example.test/\nlanguage: nl\npageSize: 100\n"
                + "intro: " + yaml("Welkom. " + p(7) + "\n\n" + p(8)) + "\n"
                + "menu:\n"
                + "  - title: " + yaml(two(9)) + "\n    url: /organisaties/\n"
                + "  - title: " + yaml(two(11)) + "\n    url: /themas/\n"
                + "situations:\n"
                + "  - title: " + yaml(two(13)) + "\n    text: " + yaml(two(15)) + "\n    theme: eenzaamheid\n"
                + "vocabularies:\n"
                + "  audiences:\n    - slug: ouderen\n      name: " + yaml(two(17)) + "\n"
                + "    - slug: jongeren\n      name: " + yaml(two(19)) + "\n"
                + "  districts:\n    - slug: almere-haven\n      name: " + yaml(two(21)) + "\n"
                + "  kinds:\n    - slug: belangenorganisatie\n      name: " + yaml(two(23)) + "\n";
    }
}
