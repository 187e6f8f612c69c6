package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a {@code _headers} file as Cloudflare Pages applies them: a path pattern ({@code *} matches
 * anything, {@code :name} one path segment) followed by indented {@code Name: value} lines; every rule that
 * matches a path adds its headers, and a header named by several rules gets their values joined by a comma.
 */
public record HeaderRules(List<Rule> rules) {
    public record Rule(Pattern path, Map<String, String> headers) {
    }

    public static HeaderRules none() {
        return new HeaderRules(List.of());
    }

    /** The rules of the file, or none when there is no such file. */
    public static HeaderRules read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HeaderRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> headers = null;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                headers = new LinkedHashMap<>();
                rules.add(new Rule(pattern(line.strip()), headers));
            } else {
                int colon = line.indexOf(':');
                if (headers == null || colon < 0) {
                    throw new IllegalArgumentException("not a header of a rule: " + line);
                }
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new HeaderRules(List.copyOf(rules));
    }

    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '*') {
                regex.append(".*");
                i++;
            } else if (c == ':' && i + 1 < path.length() && Character.isLetter(path.charAt(i + 1))) {
                int end = i + 1;
                while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_')) {
                    end++;
                }
                regex.append("[^/]+");
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The headers for a path of the site (from its root, such as {@code /agenda/}), in the order of the file. */
    public Map<String, String> headersFor(String sitePath) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.path().matcher(sitePath).matches()) {
                rule.headers().forEach((name, value) -> merged.merge(name, value, (a, b) -> a + ", " + b));
            }
        }
        return merged;
    }
}
