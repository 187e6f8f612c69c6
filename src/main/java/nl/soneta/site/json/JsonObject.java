package nl.soneta.site.json;

import java.util.Optional;

/** A JSON object written member by member, in the order the members are added, so output is reproducible. */
public final class JsonObject {
    private final StringBuilder json = new StringBuilder("{");

    public JsonObject put(String name, String value) {
        Json.string(member(name), value);
        return this;
    }

    public JsonObject put(String name, Optional<String> value) {
        value.ifPresent(v -> put(name, v));
        return this;
    }

    public JsonObject put(String name, JsonObject value) {
        member(name).append(value);
        return this;
    }

    private StringBuilder member(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        return Json.string(json, name).append(':');
    }

    /**
     * The object as the text of an HTML {@code <script>} data block. A {@code <} can only occur inside a JSON
     * string, where {@code \u003c} means the same, so no content can close the script element or open a comment.
     */
    public String toScriptText() {
        return toString().replace("<", "\\u003c");
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
