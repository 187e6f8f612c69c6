package nl.soneta.site.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, diagnosed access to one YAML mapping. Every read that fails records a diagnostic at the value's
 * own line and column and returns empty, so loading goes on and all problems are reported together.
 */
public final class YamlFields {
    /** Control characters but tab and line breaks: what a "\\0" or "\\x01" escape can put in a YAML string. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final SourceFile file;
    private final int firstLine;
    private final SourcePosition start;
    private final Diagnostics diagnostics;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlFields(SourceFile file, MappingNode mapping, int firstLine, SourcePosition start, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.start = start;
        this.diagnostics = diagnostics;
        if (mapping != null) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                        diagnostics.error(position(key), "het veld '" + key.getValue() + "' staat er twee keer",
                                "elk veld mag maar één keer voorkomen; verwijder een van de twee");
                    }
                } else {
                    diagnostics.error(position(tuple.getKeyNode()), "de naam van een veld moet gewone tekst zijn",
                            "schrijf het veld als 'naam: waarde'");
                }
            }
        }
    }

    private YamlFields(YamlFields parsed, Diagnostics diagnostics) {
        this.file = parsed.file;
        this.firstLine = parsed.firstLine;
        this.start = parsed.start;
        this.diagnostics = diagnostics;
        this.entries.putAll(parsed.entries);
    }

    /**
     * The same fields, reporting what later reads find to {@code diagnostics}: for a file parsed in an earlier
     * run and reused unchanged, whose own parse problems that run's caller replays.
     */
    YamlFields reportingTo(Diagnostics diagnostics) {
        return new YamlFields(this, diagnostics);
    }

    static YamlFields empty(SourceFile file, int firstLine, Diagnostics diagnostics) {
        return new YamlFields(file, null, firstLine, file.at(firstLine, 1), diagnostics);
    }

    public SourceFile file() {
        return file;
    }

    /** Where the mapping starts: the place to report a field that is missing altogether. */
    public SourcePosition start() {
        return start;
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isEmpty(entries.get(key).getValueNode());
    }

    public Optional<SourcePosition> positionOf(String key) {
        return Optional.ofNullable(entries.get(key)).map(t -> position(t.getKeyNode()));
    }

    /** Reports every key that {@code kind} does not have in the {@link ContentSchema}, with the closest as hint. */
    public void rejectUnknownKeys(ContentKind kind) {
        rejectUnknownKeys(ContentSchema.names(kind));
    }

    /** The field as text, or empty when it is absent, or required and missing or not filled in (then reported). */
    public Optional<Located<String>> string(FieldSpec field) {
        return filledIn(field) ? string(field.name()) : Optional.empty();
    }

    public Optional<Located<Integer>> integer(FieldSpec field) {
        return filledIn(field) ? integer(field.name()) : Optional.empty();
    }

    public Optional<Located<LocalDate>> date(FieldSpec field) {
        return filledIn(field) ? date(field.name()) : Optional.empty();
    }

    public Optional<Located<LocalDateTime>> dateTime(FieldSpec field) {
        return filledIn(field) ? dateTime(field.name()) : Optional.empty();
    }

    public Optional<Located<String>> webAddress(FieldSpec field) {
        return filledIn(field) ? webAddress(field.name()) : Optional.empty();
    }

    public List<Located<String>> strings(FieldSpec field) {
        return filledIn(field) ? strings(field.name()) : List.of();
    }

    public boolean flag(FieldSpec field) {
        return filledIn(field) && flag(field.name());
    }

    /** Reports every key that this kind of item does not know, with the closest known key as hint. */
    public void rejectUnknownKeys(Collection<String> allowed) {
        for (var entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                diagnostics.error(position(entry.getValue().getKeyNode()), "onbekend veld '" + entry.getKey() + "'",
                        Suggestions.hint(entry.getKey(), allowed, "toegestane velden"));
            }
        }
    }

    public Optional<Located<String>> string(String key) {
        return scalar(key, "tekst").map(s -> new Located<>(withoutControls(key, s), position(s)));
    }

    /**
     * The text of a scalar without control characters (such as NUL from a "\\0" escape), which HTML, XML feeds and
     * calendar files cannot carry and browsers show differently in a title and in a heading. Tabs and line breaks stay.
     */
    private String withoutControls(String key, ScalarNode scalar) {
        String text = scalar.getValue().strip();
        String clean = CONTROLS.matcher(text).replaceAll("");
        if (!clean.equals(text)) {
            diagnostics.warning(position(scalar), "de tekst van '" + key + "' bevat onzichtbare stuurtekens; die zijn weggelaten",
                    "typ de tekst opnieuw, of plak hem als platte tekst zonder opmaak");
        }
        return clean;
    }

    public Optional<Located<String>> requiredString(String key, String example) {
        if (!has(key)) {
            missing(key, example);
            return Optional.empty();
        }
        return string(key);
    }

    public Optional<Located<Integer>> integer(String key) {
        return scalar(key, "een geheel getal").flatMap(s -> {
            try {
                return Optional.of(new Located<>(Integer.parseInt(s.getValue().strip()), position(s)));
            } catch (NumberFormatException e) {
                diagnostics.error(position(s), "'" + s.getValue() + "' is geen geheel getal voor '" + key + "'",
                        "schrijf een getal zonder aanhalingstekens, bijvoorbeeld " + key + ": 3");
                return Optional.empty();
            }
        });
    }

    private boolean flag(String key) {
        return scalar(key, "true of false").map(s -> {
            String value = s.getValue().strip().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
            diagnostics.error(position(s), "'" + s.getValue() + "' is geen ja/nee-waarde voor '" + key + "'",
                    "schrijf " + key + ": true of " + key + ": false");
            return false;
        }).orElse(false);
    }

    private Optional<Located<LocalDate>> date(String key) {
        return scalar(key, "een datum").flatMap(s -> {
            String value = s.getValue().strip();
            try {
                return Optional.of(new Located<>(LocalDate.parse(fourDigitYear(value)), position(s)));
            } catch (DateTimeParseException e) {
                diagnostics.error(position(s), "ongeldige datum '" + value + "' in '" + key + "'",
                        "schrijf een datum als JJJJ-MM-DD, bijvoorbeeld " + key + ": 2026-03-12");
                return Optional.empty();
            }
        });
    }

    private Optional<Located<LocalDateTime>> dateTime(String key) {
        return scalar(key, "een datum met tijd").flatMap(s -> {
            String value = s.getValue().strip().replace(' ', 'T');
            try {
                return Optional.of(new Located<>(LocalDateTime.parse(fourDigitYear(value)), position(s)));
            } catch (DateTimeParseException e) {
                diagnostics.error(position(s), "ongeldige datum en tijd '" + s.getValue().strip() + "' in '" + key + "'",
                        "schrijf datum en tijd als JJJJ-MM-DDTUU:MM, bijvoorbeeld " + key + ": 2026-03-12T19:30");
                return Optional.empty();
            }
        });
    }

    /**
     * ISO dates may have any year ("-999999999-01-01", "+10000-01-01"); content dates are written JJJJ-MM-DD, and a
     * year of another length is a typo that would otherwise sort the item to the start or end of time.
     */
    private static String fourDigitYear(String value) {
        if (value.length() < 5 || value.charAt(4) != '-' || !value.substring(0, 4).chars().allMatch(Character::isDigit)) {
            throw new DateTimeParseException("not JJJJ-MM-DD", value, 0);
        }
        return value;
    }

    /** An absolute http(s) address; anything else (javascript:, a bare word) is an error. */
    private Optional<Located<String>> webAddress(String key) {
        return string(key).flatMap(s -> {
            try {
                URI uri = new URI(s.value());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return Optional.of(s);
                }
            } catch (URISyntaxException e) {
                // reported below, the same as a missing scheme
            }
            diagnostics.error(s.at(), "'" + s.value() + "' is geen webadres voor '" + key + "'",
                    "begin het adres met https://, bijvoorbeeld " + key + ": https://www.almere.nl/");
            return Optional.empty();
        });
    }

    /** A list of short texts; a single text is accepted as a list of one. */
    public List<Located<String>> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isEmpty(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(new Located<>(scalar.getValue().strip(), position(scalar)));
        }
        if (!(value instanceof SequenceNode sequence)) {
            wrongType(key, value, "een lijst");
            return List.of();
        }
        List<Located<String>> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(new Located<>(scalar.getValue().strip(), position(scalar)));
            } else {
                diagnostics.error(position(item), "elk item in '" + key + "' moet een korte tekst zijn",
                        "schrijf de lijst als " + key + ": [eerste, tweede]");
            }
        }
        return result;
    }

    /** A list of nested mappings, such as the entries of a menu or a vocabulary in site.yaml. */
    public List<YamlFields> mappings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isEmpty(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            wrongType(key, tuple.getValueNode(), "een lijst");
            return List.of();
        }
        List<YamlFields> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlFields(file, mapping, firstLine, position(mapping), diagnostics));
            } else {
                diagnostics.error(position(item), "elk item in '" + key + "' moet velden hebben",
                        "schrijf elk item als '- naam: waarde' met de velden eronder ingesprongen");
            }
        }
        return result;
    }

    /** A nested mapping, such as {@code vocabularies:} in site.yaml. */
    public Optional<YamlFields> mapping(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isEmpty(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(file, mapping, firstLine, position(mapping), diagnostics));
        }
        wrongType(key, tuple.getValueNode(), "velden");
        return Optional.empty();
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    private Optional<ScalarNode> scalar(String key, String expected) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isEmpty(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar);
        }
        wrongType(key, tuple.getValueNode(), expected);
        return Optional.empty();
    }

    /**
     * False, with a diagnostic, when the field still holds the placeholder that {@code new} writes, or when it is
     * required and missing; an absent optional field is "filled in" as far as reading goes.
     */
    private boolean filledIn(FieldSpec field) {
        NodeTuple tuple = entries.get(field.name());
        if (tuple != null && holdsPlaceholder(tuple.getValueNode())) {
            diagnostics.error(position(tuple.getValueNode()), "het veld '" + field.name() + "' is nog niet ingevuld",
                    "vervang " + ContentSchema.PLACEHOLDER + " door " + field.type().dutchName() + ", bijvoorbeeld "
                            + field.name() + ": " + field.example());
            return false;
        }
        if (field.required() && !has(field.name())) {
            missing(field.name(), field.example());
            return false;
        }
        return true;
    }

    private static boolean holdsPlaceholder(Node value) {
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().strip().equals(ContentSchema.PLACEHOLDER);
        }
        return value instanceof SequenceNode sequence && sequence.getValue().stream().anyMatch(YamlFields::holdsPlaceholder);
    }

    private void missing(String key, String example) {
        diagnostics.error(start, "het verplichte veld '" + key + "' ontbreekt",
                "voeg een regel toe in de front matter, bijvoorbeeld " + key + ": " + example);
    }

    private void wrongType(String key, Node value, String expected) {
        String found = value instanceof SequenceNode ? "een lijst" : value instanceof MappingNode ? "velden" : "tekst";
        diagnostics.error(position(value), "'" + key + "' moet " + expected + " zijn, maar is " + found,
                value instanceof SequenceNode ? "haal de lijst weg en schrijf één waarde: " + key + ": …"
                        : "schrijf het als " + key + ": " + ("een lijst".equals(expected) ? "[eerste, tweede]" : "…"));
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isBlank();
    }

    private SourcePosition position(Node node) {
        return node.getStartMark()
                .map(m -> file.at(firstLine + m.getLine(), m.getColumn() + 1))
                .orElse(start);
    }
}
