package nl.soneta.site.publish;

import nl.soneta.site.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes indented JSON, so that a partner can read the file as well as parse it. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** One entry per open object or array: whether nothing has been written into it yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        Json.string(out, name).append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        Json.string(out, value);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    byte[] bytes() {
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
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
        out.append('\n').append("  ".repeat(empty.size()));
    }
}
