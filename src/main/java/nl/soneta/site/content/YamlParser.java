package nl.soneta.site.content;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML into a node tree that keeps line and column marks. Composing (not constructing) means no
 * Java objects are built from tags, and aliases are never expanded, so an alias bomb costs nothing.
 */
public final class YamlParser {
    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;

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
        Node root;
        try {
            root = new Compose(settings).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePosition at = mark == null
                    ? file.at(firstLine, 1)
                    : file.at(firstLine + mark.getLine(), mark.getColumn() + 1);
            diagnostics.error(at, "ongeldige YAML: " + firstLineOf(e.getProblem() == null ? e.getMessage() : e.getProblem())
                            + startedAt(e, file, firstLine),
                    YamlHints.forProblem(e.getProblem(), yaml, mark));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(file.at(firstLine, 1), "ongeldige YAML: " + firstLineOf(e.getMessage()),
                    "controleer de inspringing en de dubbele punten");
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
