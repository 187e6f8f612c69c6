package nl.soneta.site.content;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses YAML into a node tree that keeps line and column marks. Composing (not constructing) means no
 * Java objects are built from tags, and aliases are never expanded. The limits keep a mistake or a hostile file
 * from costing more than a small file does; real front matter and site.yaml stay far below each of them.
 */
public final class YamlParser {
    /** Aliases of lists and mappings in one document ("billion laughs" needs many); content needs none. */
    public static final int MAX_ALIASES = 20;
    /** The YAML of one file: front matter is a few hundred characters, site.yaml a few thousand. */
    public static final int MAX_CODE_POINTS = 100_000;
    /** Lists and mappings inside each other; site.yaml needs four levels. */
    public static final int MAX_DEPTH = 20;

    /**
     * @param firstLine the 1-based line of the file on which the YAML text starts (2 for front matter after
     *                  its opening {@code ---}), so that every mark is reported as a line of the file
     */
    public Optional<YamlFields> parseMapping(SourceFile file, String yaml, int firstLine, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.path())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        GuardedEvents events = new GuardedEvents(new ParserImpl(settings, new StreamReader(settings, yaml)), MAX_DEPTH);
        Node root;
        try {
            root = new Composer(settings, events).getSingleNode().orElse(null);
        } catch (GuardedEvents.YamlLimitException e) {
            diagnostics.error(at(file, firstLine, e.at().getStartMark().orElse(null)), e.getMessage(), e.hint());
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            diagnostics.error(at(file, firstLine, mark), "ongeldige YAML: " + firstLineOf(e.getProblem() == null ? e.getMessage() : e.getProblem())
                            + startedAt(e, file, firstLine),
                    YamlHints.forProblem(e.getProblem(), yaml, mark));
            return Optional.empty();
        } catch (YamlEngineException e) {
            reportUnmarked(e, file, yaml, firstLine, events, diagnostics);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(YamlFields.empty(file, firstLine, diagnostics));
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(file.at(firstLine, 1), "de front matter is geen lijst van velden",
                    "schrijf elk veld als 'naam: waarde' op een eigen regel");
            return Optional.empty();
        }
        return Optional.of(new YamlFields(file, mapping, firstLine, file.at(firstLine, 1), diagnostics));
    }

    /**
     * The engine's own limits fail without a mark: too many aliases of collections stops at the alias just read,
     * too much text somewhere in the stream. Which limit it was is told by our own measure, not by its English text.
     */
    private static void reportUnmarked(YamlEngineException e, SourceFile file, String yaml, int firstLine,
                                       GuardedEvents events, Diagnostics diagnostics) {
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            int lineOfLimit = (int) yaml.substring(0, yaml.offsetByCodePoints(0, MAX_CODE_POINTS)).chars()
                    .filter(c -> c == '\n').count();
            diagnostics.error(file.at(firstLine + lineOfLimit, 1), 
                    "de YAML is te lang: meer dan " + DutchNumber.of(MAX_CODE_POINTS) + " tekens",
                    "houd de velden kort; lange tekst hoort in een content-bestand onder de afsluitende regel '---'");
        } else if (events.last().filter(AliasEvent.class::isInstance).isPresent()) {
            diagnostics.error(at(file, firstLine, events.last().get().getStartMark().orElse(null)),
                    "te veel YAML-verwijzingen (*) naar lijsten of velden: meer dan " + MAX_ALIASES, YamlHints.NO_ANCHORS);
        } else {
            diagnostics.error(at(file, firstLine, events.last().flatMap(ev -> ev.getStartMark()).orElse(null)),
                    "ongeldige YAML: " + firstLineOf(e.getMessage()), "controleer de inspringing en de dubbele punten");
        }
    }

    private static SourcePosition at(SourceFile file, int firstLine, Mark mark) {
        return mark == null ? file.at(firstLine, 1) : file.at(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** Where the construct that broke began, such as the opening quote of a string that is never closed. */
    private static String startedAt(MarkedYamlEngineException e, SourceFile file, int firstLine) {
        return e.getContextMark()
                .filter(context -> e.getProblemMark().map(problem -> problem.getLine() != context.getLine()).orElse(false))
                .map(context -> " (" + (e.getContext() == null ? "begonnen" : e.getContext()) + " op regel "
                        + (firstLine + context.getLine()) + ", kolom " + (context.getColumn() + 1) + ")")
                .orElse("");
    }

    private static String firstLineOf(String message) {
        String text = message == null ? "onbekende fout" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
