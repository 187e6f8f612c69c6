package nl.soneta.site.render;

import java.util.List;

/** An item as it appears in a list: title, link, a line of context (date, kind, place) and its summary. */
public record Card(String title, String path, String context, String summary, List<String> labels) {
}
