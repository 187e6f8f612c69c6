package nl.soneta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.soneta.site.content.ContentKind;
import nl.soneta.site.content.ContentSchema;
import nl.soneta.site.content.FieldReference;
import nl.soneta.site.content.FieldSpec;
import org.junit.jupiter.api.Test;

/** The editors' handbook: its field reference is the schema's, its example error is a real one, README links it. */
class HandbookTest {
    private static final Path HANDBOOK = Path.of("src/docs/handleiding.md");

    private static String handbook() throws IOException {
        return Files.readString(HANDBOOK, StandardCharsets.UTF_8);
    }

    @Test
    void theFieldReferenceIsGeneratedFromTheSchema() throws IOException {
        String current = handbook();
        assertEquals(FieldReference.insertInto(current).orElseThrow(() -> new AssertionError(
                        HANDBOOK + " lacks the markers " + FieldReference.BEGIN + " and " + FieldReference.END)), current,
                HANDBOOK + " differs from the content schema; regenerate it with:"
                        + " ./mvnw -B -q -DskipTests package && java -jar target/soneta-site.jar handleiding");
    }

    @Test
    void everyFieldOfEveryKindIsInTheReference() throws IOException {
        String reference = handbook().substring(handbook().indexOf(FieldReference.BEGIN));
        for (ContentKind kind : ContentKind.values()) {
            int section = reference.indexOf("\n### " + Character.toUpperCase(kind.dutchName().charAt(0))
                    + kind.dutchName().substring(1) + " (`content/" + kind.collection().folder() + "/");
            assertTrue(section >= 0, "no section for " + kind);
            int next = reference.indexOf("\n### ", section + 1);
            String table = reference.substring(section, next < 0 ? reference.length() : next);
            for (FieldSpec field : ContentSchema.fields(kind)) {
                assertTrue(table.contains("| `" + field.name() + "` | " + (field.required() ? "ja" : "nee") + " | "),
                        kind + " lacks " + field.name());
            }
        }
    }

    @Test
    void theExampleErrorIsOneTheBrokenFixtureReallyGives() throws IOException {
        // DiagnosticsFixtureTest asserts that the broken fixture reports exactly this, with this hint.
        String text = handbook();
        assertTrue(text.contains("content/organisaties/buurthulp.md:5:10: error: onbekende verwijzing 'eenzaamhied' naar themas\n"
                + "  hint: bedoelde je 'eenzaamheid'?"), "the handbook's example error");
    }

    @Test
    void readmeLinksTheHandbook() throws IOException {
        assertTrue(Files.readString(Path.of("README.md")).contains("](src/docs/handleiding.md)"),
                "README.md must link the editors' handbook");
    }
}
