package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.PageSafety;
import nl.soneta.site.testing.XssCorpus;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content cannot inject script (issue 9, point 4): the XSS corpus ({@link XssCorpus}) in every text field of a
 * fixture site builds into pages that carry no script, event handler, dangerous URL, style, frame, object or form of
 * the content's own, while every payload still shows as the characters the editor typed: in page text, attribute
 * values, JSON-LD, the feeds, the calendar files, the open data and the search index. Everything the build removes it
 * reports as a warning at its line, with a hint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentInjectionBuildTest {
    private static final String SITE_URL = "https://example.test/";

    private XssCorpus corpus;
    private BuildResult result;
    private BuiltSite site;

    @BeforeAll
    void build(@TempDir Path temp) {
        corpus = XssCorpus.load();
        result = corpus.site(temp.resolve("project")).build(temp.resolve("site"), null);
        assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().all().stream()
                .filter(Diagnostic::isError).map(Diagnostic::format).toList()));
        site = new BuiltSite(temp.resolve("site"), "");
        System.out.printf("XSS corpus: %d payloads (%d markup, %d link), %d placements, %d warnings%n", corpus.size(),
                corpus.markup().size(), corpus.urls().size(), corpus.placements(), result.diagnostics().all().size());
    }

    @Test
    void noPageCarriesScriptStyleFramesFormsOrForeignLoadsFromContent() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = site.htmlFiles();
        for (Path file : files) {
            String name = site.relative(file);
            problems.addAll(PageSafety.problems(name, Jsoup.parse(file.toFile(), "UTF-8"), SITE_URL, BuiltSite.isMailEdition(name)));
        }
        assertEquals(List.of(), problems);
        assertTrue(files.size() > corpus.markup().size(), "pages checked: " + files.size());
    }

    @Test
    void everyTitleAndSummaryShowsAsTheCharactersTheEditorTyped() {
        for (XssCorpus.TitledPage titled : corpus.titledPages()) {
            Document page = site.page(titled.sitePath());
            String title = asText(titled.title());
            assertEquals(title, page.selectFirst("h1").text(), titled.sitePath());
            assertTrue(page.title().startsWith(title), titled.sitePath() + ": " + page.title());
            assertEquals(title, page.selectFirst("meta[property=og:title]").attr("content").strip().replaceAll("\\s+", " "),
                    titled.sitePath());
            assertEquals(asText(titled.summary()), page.selectFirst("meta[name=description]").attr("content").strip()
                    .replaceAll("\\s+", " "), titled.sitePath());
        }
    }

    @Test
    void structuredDataStaysInsideItsScriptAndKeepsTheTitle() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int blocks = 0;
        for (XssCorpus.TitledPage titled : corpus.titledPages()) {
            for (Element script : site.page(titled.sitePath()).select("script[type=application/ld+json]")) {
                JsonNode data = json.readTree(script.data());
                assertEquals(XssCorpus.asStored(titled.title()), data.get("name").asText(), titled.sitePath());
                blocks++;
            }
        }
        assertTrue(blocks >= 10, "JSON-LD blocks of organisations and events: " + blocks);
    }

    @Test
    void feedsCalendarsOpenDataAndTheSearchIndexHoldThePayloadsAsText() throws Exception {
        Set<String> titles = new HashSet<>(corpus.titledPages().stream().map(t -> XssCorpus.asStored(t.title())).toList());
        for (String feed : List.of("nieuws/feed.xml", "nieuws/atom.xml")) {
            try (InputStream in = Files.newInputStream(site.root().resolve(feed))) {
                List<SyndEntry> entries = new SyndFeedInput().build(new XmlReader(in)).getEntries();
                long payloads = entries.stream().map(SyndEntry::getTitle).filter(titles::contains).count();
                assertTrue(payloads >= 5, feed + " entries with a payload title: " + payloads);
            }
        }
        try (InputStream in = Files.newInputStream(site.root().resolve("agenda.ics"))) {
            List<String> summaries = new CalendarBuilder().build(in).<VEvent>getComponents(Component.VEVENT).stream()
                    .map(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).toList();
            assertTrue(summaries.stream().filter(titles::contains).count() >= 5, "calendar: " + summaries);
        }
        try (Reader in = Files.newBufferedReader(site.root().resolve("organisaties.csv"), StandardCharsets.UTF_8)) {
            in.read(); // the byte order mark
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            assertTrue(records.stream().map(r -> r.get("name")).filter(titles::contains).count() >= 5, "CSV names");
        }
        JsonNode organisations = new ObjectMapper().readTree(site.root().resolve("organisaties.json").toFile());
        List<String> names = new ArrayList<>();
        organisations.findValues("name").forEach(n -> names.add(n.asText()));
        assertTrue(names.stream().filter(titles::contains).count() >= 5, "JSON names: " + names);
        List<String> indexed = new ArrayList<>();
        try (Stream<Path> shards = Files.list(site.root().resolve("zoeken/index"))) {
            for (Path shard : shards.filter(p -> p.getFileName().toString().startsWith("d-")).toList()) {
                new ObjectMapper().readTree(shard.toFile()).forEach(doc -> indexed.add(doc.get("t").asText()));
            }
        }
        assertTrue(indexed.containsAll(titles), "every payload title is in the search index as text");
    }

    @Test
    void everyDiagnosticNamesItsPlaceAndGivesAHint() {
        for (Diagnostic diagnostic : result.diagnostics().all()) {
            assertTrue(diagnostic.position().path().startsWith("content/") && diagnostic.position().line() > 0
                    && diagnostic.position().column() > 0, diagnostic.format());
            assertTrue(diagnostic.hint() != null && !diagnostic.hint().isBlank(), diagnostic.format());
        }
        assertTrue(result.diagnostics().all().size() > corpus.size(), "warnings: " + result.diagnostics().all().size());
    }

    /**
     * Nothing is removed silently: each markup payload, and each link payload in each link form, on a page of its own,
     * and what plain flexmark makes of it (no safelist, no link checks) compared with the built page. Every element or
     * attribute that the build left out must come with a warning for that page.
     */
    @Test
    void everyElementOrAttributeTheBuildRemovesIsReported(@TempDir Path temp) throws IOException {
        BuildResult single = corpus.onePagePerPayload(temp.resolve("project")).build(temp.resolve("site"), null);
        assertTrue(single.succeeded(), () -> single.diagnostics().all().toString());
        BuiltSite built = new BuiltSite(temp.resolve("site"), "");
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = 0; i < corpus.markup().size(); i++) {
            bodies.put("aanval-" + i, corpus.markup().get(i));
        }
        for (int i = 0; i < corpus.urls().size(); i++) {
            List<String> forms = corpus.linkForms(i);
            for (int form = 0; form < forms.size(); form++) {
                bodies.put("link-" + i + "-" + form, forms.get(form));
            }
        }
        List<String> silent = new ArrayList<>();
        int sanitized = 0;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Document plain = Jsoup.parseBodyFragment(renderer.render(parser.parse(XssCorpus.inFile(body.getValue()) + "\n")));
            List<String> removed = signature(plain.body());
            removed.removeAll(signature(built.page("/" + body.getKey() + "/").selectFirst(".prose")));
            String source = "content/paginas/" + body.getKey() + ".md";
            boolean warned = single.diagnostics().all().stream().anyMatch(d -> d.position().path().equals(source));
            if (!removed.isEmpty()) {
                sanitized++;
                if (!warned) {
                    silent.add(body.getValue() + " lost " + removed);
                }
            }
        }
        assertEquals(List.of(), silent, "removed without a warning");
        assertTrue(sanitized > 100, "payloads the build had to sanitize: " + sanitized);
        System.out.printf("XSS corpus, one page each: %d bodies, %d sanitized, all with a warning%n", bodies.size(), sanitized);
    }

    /** Every element and every attribute name under {@code root} (and the root's own attributes), as "tag" and "tag@name". */
    private static List<String> signature(Element root) {
        List<String> parts = new ArrayList<>();
        if (root == null) {
            return parts; // nothing of the body was left
        }
        root.attributes().forEach(a -> parts.add(root.normalName() + "@" + a.getKey()));
        for (Element element : root.select("*")) {
            if (element == root) {
                continue;
            }
            parts.add(element.normalName());
            element.attributes().forEach(a -> parts.add(element.normalName() + "@" + a.getKey()));
        }
        return parts;
    }

    /** A payload as a browser shows it in text: white space collapsed, as jsoup's text() does. */
    private static String asText(String payload) {
        return XssCorpus.asStored(payload).strip().replaceAll("\\s+", " ");
    }
}
