package nl.soneta.site.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reads the open data as partners would: the CSV with commons-csv, the JSON against its schema; built under a sub-path. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest {
    private static final String TRICKY_NAME = "Stichting \"Samen\", Almere – één café";
    private static final String BASE = "https://example.test/soneta/";

    private BuiltSite site;
    private byte[] firstBuildJson;
    private byte[] firstBuildCsv;

    @BeforeAll
    void build(@TempDir Path temp) {
        SiteFixture fixture = FixtureSites.complete(temp.resolve("project"))
                .file("content/organisaties/samen.md", """
                        ---
                        title: '%s'
                        summary: "Hulp bij geld, wonen en zorg;\\nook thuis."
                        kind: belangenorganisatie
                        themes: [armoede, eenzaamheid]
                        audiences: [ouderen, jongeren]
                        districts: [almere-haven]
                        phone: 036 123 4567
                        address: Kerkgracht 1, Almere Haven
                        website: https://samen.example/
                        checked: 2026-11-02
                        sources: [verslag]
                        ---
                        Wij helpen.
                        """.formatted(TRICKY_NAME.replace("'", "''")))
                .file("content/organisaties/onbekend.md", """
                        ---
                        title: Nog onbekend
                        kind: belangenorganisatie
                        themes: [armoede]
                        audiences: [ouderen]
                        sources: [verslag]
                        ---
                        Tekst.
                        """);
        BuildResult first = fixture.build(temp.resolve("first"), BASE);
        assertTrue(first.succeeded(), () -> first.diagnostics().all().toString());
        firstBuildJson = read(temp.resolve("first/organisaties.json"));
        firstBuildCsv = read(temp.resolve("first/organisaties.csv"));
        BuildResult result = fixture.build(temp.resolve("site"), BASE);
        assertTrue(result.succeeded(), () -> result.diagnostics().all().toString());
        site = new BuiltSite(temp.resolve("site"), "/soneta");
    }

    @Test
    void theJsonMatchesItsDocumentedSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SiteFixture.PROJECT.resolve("src/main/resources/open-data/organisaties.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(json());
        assertTrue(errors.isEmpty(), errors::toString);
        assertArrayEquals(read(SiteFixture.PROJECT.resolve("src/main/resources/open-data/organisaties.schema.json")),
                bytes("organisaties.schema.json"), "the published schema is the one in the repository");
    }

    @Test
    void theJsonHoldsEveryOrganisationWithAbsoluteUrlsUnderTheSubPath() {
        JsonNode root = json();
        assertEquals("Testnet", root.get("name").asText());
        assertEquals(BASE, root.get("url").asText());
        assertEquals(BASE + "organisaties.schema.json", root.get("schema").asText());
        assertEquals("2026-11-02", root.get("lastChecked").asText(), "the newest check, not the build date");
        Map<String, JsonNode> bySlug = organisations(root);
        assertEquals(Set.of("buurthulp", "ouderenbond", "jongerenraad", "samen", "onbekend"), bySlug.keySet());
        JsonNode samen = bySlug.get("samen");
        assertEquals(TRICKY_NAME, samen.get("name").asText());
        assertEquals(BASE + "organisaties/samen/", samen.get("url").asText());
        assertEquals(List.of(BASE + "publicaties/verslag/"), texts(samen.get("sources")));
        assertEquals(List.of("eenzaamheid", "armoede"), texts(samen.get("themes"), "slug"), "in the site's theme order");
        assertEquals(List.of("Ouderen", "Jongeren"), texts(samen.get("audiences"), "name"));
        assertEquals("Belangenorganisatie", samen.get("kind").get("name").asText());
        assertEquals("Kerkgracht 1, Almere Haven", samen.get("address").asText());
        JsonNode unknown = bySlug.get("onbekend");
        assertFalse(unknown.has("email") || unknown.has("checked"), "unknown facts are left out, not empty");
        for (JsonNode organisation : root.get("organisations")) {
            assertTrue(organisation.get("url").asText().startsWith(BASE + "organisaties/"));
            assertTrue(site.exists(organisation.get("url").asText().substring(BASE.length()) + "index.html"));
        }
    }

    @Test
    void theCsvIsRfc4180WithAByteOrderMarkForExcel() throws IOException {
        byte[] csv = bytes("organisaties.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.endsWith("\r\n"));
        List<CSVRecord> records = records(text);
        assertEquals(5, records.size(), "one row per organisation");
        assertEquals(List.of("slug", "name", "url", "summary", "kind", "themes", "audiences", "districts", "website",
                "email", "phone", "address", "checked", "sources"), records.get(0).getParser().getHeaderNames());
        CSVRecord samen = records.stream().filter(r -> r.get("slug").equals("samen")).findFirst().orElseThrow();
        assertEquals(TRICKY_NAME, samen.get("name"));
        assertEquals("Hulp bij geld, wonen en zorg;\nook thuis.", samen.get("summary"));
        assertEquals("Eenzaamheid; Armoede", samen.get("themes"));
        assertEquals("Ouderen; Jongeren", samen.get("audiences"));
        assertEquals("Kerkgracht 1, Almere Haven", samen.get("address"));
        assertEquals("2026-11-02", samen.get("checked"));
        assertEquals(BASE + "organisaties/samen/", samen.get("url"));
        assertEquals(BASE + "publicaties/verslag/", samen.get("sources"));
        assertTrue(text.contains("\"Stichting \"\"Samen\"\", Almere – één café\""), "quotes are doubled");
    }

    @Test
    void theCsvAndJsonListTheSameOrganisationsInTheSameOrder() throws IOException {
        List<String> fromCsv = records(new String(bytes("organisaties.csv"), StandardCharsets.UTF_8).substring(1))
                .stream().map(r -> r.get("slug")).toList();
        List<String> fromJson = texts(json().get("organisations"), "slug");
        assertEquals(fromJson, fromCsv);
    }

    @Test
    void identicalContentGivesIdenticalBytes() {
        assertArrayEquals(firstBuildJson, bytes("organisaties.json"));
        assertArrayEquals(firstBuildCsv, bytes("organisaties.csv"));
    }

    @Test
    void theOrganisationListLinksToTheOpenData() {
        Element paragraph = site.page("/organisaties/").selectFirst("p.open-data");
        assertEquals(List.of("/soneta/organisaties.json", "/soneta/organisaties.csv", "/soneta/organisaties.schema.json"),
                paragraph.select("a").eachAttr("href"));
        paragraph.select("a").forEach(a -> assertTrue(site.resolves("organisaties/index.html", a.attr("href")), a.attr("href")));
        assertTrue(paragraph.text().startsWith("Open data: alle organisaties als JSON of CSV"));
    }

    private static List<CSVRecord> records(String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private JsonNode json() {
        try {
            return new ObjectMapper().readTree(bytes("organisaties.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> organisations(JsonNode root) {
        return StreamSupport.stream(root.get("organisations").spliterator(), false)
                .collect(Collectors.toMap(o -> o.get("slug").asText(), Function.identity()));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private byte[] bytes(String file) {
        return read(site.root().resolve(file));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
