package nl.soneta.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.MarkdownSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Markdown to safe HTML with flexmark: GFM tables, footnotes, strikethrough, autolinks and typographic
 * quotes. Rendering happens in two passes over the whole site: {@link #parse} gives every body its heading
 * ids, so that {@link #render} can check links to anchors on any other page.
 */
public final class MarkdownRenderer {
    private static final NullableDataKey<RenderState> STATE = new NullableDataKey<>("SONETA_RENDER_STATE");
    private static final String PLACEHOLDER_BASE = "https://site.invalid/";
    /** Ids the layout and the footnotes use (the skip link's target), which a heading such as "Inhoud" must not take. */
    private static final Set<String> LAYOUT_IDS = Set.of("inhoud", ReaderAids.FOOTNOTES_ID);

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final ByteStore store;

    public MarkdownRenderer() {
        this(ByteStore.MEMORY);
    }

    /** @param store where rendered bodies are kept until their pages are written */
    public MarkdownRenderer(ByteStore store) {
        this.store = store;
        MutableDataSet options = options(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), TypographicExtension.create()));
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(options(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), TypographicExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new ContentLinkResolverFactory())
                .attributeProviderFactory(new HeadingIdProviderFactory())
                .build();
    }

    private static MutableDataSet options(List<com.vladsch.flexmark.util.misc.Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        return options;
    }

    ParsedBody parse(MarkdownSource source, Diagnostics diagnostics) {
        String markdown = source.text();
        Document document = parserFor(markdown).parse(markdown);
        LineIndex lines = new LineIndex(source, markdown);
        HeadingIds idGenerator = new HeadingIds(LAYOUT_IDS);
        List<nl.soneta.site.markdown.Heading> headings = new ArrayList<>();
        Map<Heading, String> ids = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                String id = idGenerator.idFor(text);
                ids.put(heading, id);
                headings.add(new nl.soneta.site.markdown.Heading(heading.getLevel(), text, id));
                if (heading.getLevel() == 1) {
                    diagnostics.warning(lines.positionAt(heading.getStartOffset()),
                            "een kop met één # maakt een tweede paginatitel",
                            "begin koppen in de tekst met ## (de titel van de pagina is al de hoofdkop)");
                }
            } else if (node instanceof LinkNodeBase link) {
                LinkTargets.unsafeScheme(link.getUrl().unescape()).ifPresent(scheme -> diagnostics.warning(
                        lines.positionAt(node.getStartOffset()),
                        "de link is verwijderd: " + scheme + ":-links zijn niet toegestaan",
                        "gebruik een gewoon webadres dat begint met https://"));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                List<String> unsafe = HtmlSafety.unsafeParts(node.getChars().toString(), PLACEHOLDER_BASE);
                if (!unsafe.isEmpty()) {
                    diagnostics.warning(lines.positionAt(node.getStartOffset()),
                            "onveilige HTML is verwijderd: " + String.join(", ", unsafe.stream().distinct().toList()),
                            "schrijf de tekst in Markdown; scripts, iframes, formulieren, stijlen en on…-attributen zijn niet toegestaan");
                }
            }
        }
        return new ParsedBody(source, markdown, document, List.copyOf(headings), ids, lines);
    }

    /** The heading ids of a body, as {@link #parse} gives them, without reporting anything. */
    List<nl.soneta.site.markdown.Heading> headings(MarkdownSource source) {
        return parse(source, new Diagnostics()).headings();
    }

    /**
     * Autolinking scans every piece of text and takes a third of the parse time, though most bodies have no bare
     * address: a URL needs "://", a web address "www." and an e-mail address "@", so a body without any of them
     * parses to the same tree without the extension.
     */
    private Parser parserFor(String text) {
        boolean mayHoldAutolink = text.indexOf('@') >= 0 || text.contains("://") || containsIgnoringCase(text, "www.");
        return mayHoldAutolink ? parser : parserWithoutAutolinks;
    }

    /**
     * Whether {@code part} is in {@code text}, in any case. Finds the first character in either case with
     * {@link String#indexOf(int, int)}, which the JVM runs far faster than a loop over the characters.
     */
    static boolean containsIgnoringCase(String text, String part) {
        char lower = Character.toLowerCase(part.charAt(0));
        char upper = Character.toUpperCase(part.charAt(0));
        return startsSomewhere(text, part, lower) || (upper != lower && startsSomewhere(text, part, upper));
    }

    private static boolean startsSomewhere(String text, String part, char first) {
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param pageUrl      the absolute URL of the page the body appears on, against which relative links are checked
     * @param headingLinks whether section headings get a link to themselves, for long documents that readers cite
     */
    RenderedMarkdown render(ParsedBody body, LinkTargets targets, String pageUrl, boolean headingLinks,
                            Diagnostics diagnostics) {
        return render(body, targets, pageUrl, headingLinks, diagnostics, new ArrayList<>());
    }

    /** @param links receives every link resolved, with its outcome, in document order */
    RenderedMarkdown render(ParsedBody body, LinkTargets targets, String pageUrl, boolean headingLinks,
                            Diagnostics diagnostics, List<LinkOutcome> links) {
        if (body.text().isBlank()) {
            return new RenderedMarkdown("", body.headings(), 0, BodyText.EMPTY, store);
        }
        body.document().set(STATE, new RenderState(body, targets, diagnostics, links));
        String html = renderer.render(body.document());
        body.document().set(STATE, null);
        Element clean = SafeHtml.clean(html, pageUrl, headingLinks);
        String cleanHtml = clean.html().strip();
        // the reading time and the search text come from the tree at hand, so neither costs another parse of the body
        Element read = ReaderAids.withoutReaderAids(clean);
        return new RenderedMarkdown(cleanHtml, body.headings(), RenderedMarkdown.wordCount(read),
                BodyText.of(read, RenderedMarkdown.tableOfContents(body.headings())), store);
    }

    private record RenderState(ParsedBody body, LinkTargets targets, Diagnostics diagnostics, List<LinkOutcome> links) {
    }

    private static final class ContentLinkResolverFactory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            RenderState state = STATE.get(context.getDocument());
            return (node, ctx, link) -> state == null ? link : resolve(state, node, link);
        }

        private static ResolvedLink resolve(RenderState state, Node node, ResolvedLink link) {
            if (node instanceof RefNode reference && !reference.isDefined()) {
                return link; // "[tekst][x]" without a definition of x: flexmark writes it as text when the link stays unknown
            }
            Diagnostics found = new Diagnostics();
            var at = state.body().lines().positionAt(node.getStartOffset());
            String source = state.body().source().sourcePath();
            String resolved = link.getLinkType() == LinkType.IMAGE
                    ? state.targets().resolveImage(link.getUrl(), source, at, found)
                    : state.targets().resolve(link.getUrl(), source, at, found);
            state.links().add(LinkOutcome.of(link.getUrl(), resolved, found));
            found.all().forEach(state.diagnostics()::add);
            return link.withUrl(resolved).withStatus(LinkStatus.VALID);
        }
    }

    private static final class HeadingIdProviderFactory extends IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(
                com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            RenderState state = STATE.get(context.getDocument());
            return (node, part, attributes) -> {
                if (state != null && node instanceof Heading heading && state.body().ids().containsKey(heading)) {
                    attributes.replaceValue("id", state.body().ids().get(heading));
                }
            };
        }
    }

    /** Post-processing of rendered HTML with jsoup: the safelist, then markup that needs the whole tree. */
    static final class SafeHtml {
        private SafeHtml() {
        }

        /** @return the body element of the cleaned fragment */
        static Element clean(String html, String pageUrl, boolean headingLinks) {
            // Each step below walks the whole tree; most bodies have no tables, images or footnotes, and a step
            // whose markup is not in the text (in any case, as jsoup matches it) can have nothing to do.
            var dirty = Jsoup.parseBodyFragment(html, pageUrl);
            if (html.contains(LinkTargets.LEFT_OUT)) {
                for (Element link : dirty.select("a[href]")) {
                    if (link.attr("href").equals(LinkTargets.LEFT_OUT)) {
                        link.unwrap();
                    }
                }
            }
            if (html.contains(LinkTargets.FOREIGN_IMAGE)) {
                dirty.select("img[src=\"" + LinkTargets.FOREIGN_IMAGE + "\"]").remove();
            }
            // jsoup matches tag names in lower case; one lower-case copy answers all three questions
            String lower = html.toLowerCase(Locale.ROOT);
            boolean tables = lower.contains("<table");
            if (tables) {
                // HTML5 dropped align on table cells; keep the alignment as a class the stylesheet knows.
                for (Element cell : dirty.select("th[align], td[align]")) {
                    cell.addClass("align-" + cell.attr("align"));
                    cell.removeAttr("align");
                }
            }
            var clean = HtmlSafety.clean(dirty);
            if (tables) {
                for (Element table : clean.select("table")) {
                    // A wide table scrolls inside its own box on a phone; the box must be focusable to be scrolled by keyboard.
                    table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"></div>");
                }
                for (Element header : clean.select("thead th")) {
                    header.attr("scope", "col");
                }
            }
            if (lower.contains("<img")) {
                for (Element image : clean.select("img")) {
                    image.attr("loading", "lazy");
                    if (!image.hasAttr("alt")) {
                        image.attr("alt", "");
                    }
                }
            }
            ReaderAids.add(clean, headingLinks, lower.contains("footnote"));
            clean.outputSettings().prettyPrint(false);
            return clean.body();
        }
    }
}
