package nl.soneta.site.render;

import java.util.List;

/**
 * An item as it appears in a list: title, link, a line of context (date, kind, place) and its summary.
 *
 * @param status the label of an item that only a preview with drafts shows ("Concept"), or empty
 */
public record Card(String title, String path, String context, String summary, List<String> labels, String status) {

    public Card(String title, String path, String context, String summary, List<String> labels) {
        this(title, path, context, summary, labels, "");
    }

    Card withStatus(String label) {
        return new Card(title, path, context, summary, labels, label);
    }
}
