package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.soneta.site.testing.BuiltSite;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query set that search quality will be measured on stays valid as content changes: every expected
 * page exists in the real site, and every kind of query residents type is covered.
 */
class QuerySetTest {
    private static final Path QUERIES = Path.of("src/test/resources/search/queries.tsv");
    private static final List<String> CATEGORIES = List.of("plural", "verb", "compound", "diacritics", "multiword",
            "question", "name", "exact");

    @Test
    void everyExpectedPageExistsAndEveryCategoryHasFiveQueries(@TempDir Path temp) throws IOException {
        assertTrue(SiteFixture.project().build(temp, "https://example.test/").succeeded());
        BuiltSite site = new BuiltSite(temp, "");
        Map<String, Integer> perCategory = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<String> lines = Files.readAllLines(QUERIES, StandardCharsets.UTF_8);
        assertEquals("category\tquery\texpected", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertEquals(3, columns.length, line);
            assertTrue(CATEGORIES.contains(columns[0]), "unknown category in: " + line);
            perCategory.merge(columns[0], 1, Integer::sum);
            for (String path : columns[2].split(",")) {
                if (!path.startsWith("/") || !path.endsWith("/") || !site.exists(path.substring(1) + "index.html")) {
                    missing.add(columns[1] + " → " + path);
                }
            }
        }
        assertEquals(List.of(), missing);
        CATEGORIES.forEach(c -> assertTrue(perCategory.getOrDefault(c, 0) >= 5, c + ": " + perCategory.get(c)));
        assertTrue(perCategory.values().stream().mapToInt(Integer::intValue).sum() >= 40, perCategory.toString());
    }
}
