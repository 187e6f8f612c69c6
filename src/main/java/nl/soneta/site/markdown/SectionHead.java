package nl.soneta.site.markdown;

/** The heading of a {@link Section} and its anchor, without its text: what a search result shows of it. */
public record SectionHead(String anchor, String heading) {
}
