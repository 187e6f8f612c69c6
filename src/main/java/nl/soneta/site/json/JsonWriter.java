package nl.soneta.site.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Writes JSON member by member, in the order they are written, so output is reproducible. Open data is indented
 * so that a partner can read the file as well as parse it; JSON-LD inside a page is compact.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean indented;
    /** One entry per open object or array: whether nothing has been written into it yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    private JsonWriter(boolean indented) {
        this.indented = indented;
    }

    public static JsonWriter indented() {
        return new JsonWriter(true);
    }

    public static JsonWriter compact() {
        return new JsonWriter(false);
    }

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        separate();
        Json.string(out, name).append(indented ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        separate();
        Json.string(out, value);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** Leaves the member out when there is no value, as schema.org and the open data schema expect. */
    public JsonWriter field(String name, Optional<String> value) {
        value.ifPresent(v -> field(name, v));
        return this;
    }

    /** The document as a file: UTF-8, ending in a newline. */
    public byte[] bytes() {
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document as the text of an HTML {@code <script>} data block. A {@code <} can only occur inside a JSON
     * string, where {@code \u003c} means the same, so no content can close the script element or open a comment.
     */
    public String toScriptText() {
        return out.toString().replace("<", "\\u003c");
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        empty.push(true);
        return this;
    }

    private JsonWriter close(char bracket) {
        if (!empty.pop()) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (empty.isEmpty()) {
            return;
        }
        if (!empty.pop()) {
            out.append(',');
        }
        empty.push(false);
        newline();
    }

    private void newline() {
        if (indented) {
            out.append('\n').append("  ".repeat(empty.size()));
        }
    }
}
