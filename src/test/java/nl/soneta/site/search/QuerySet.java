package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The Dutch queries of src/test/resources/search/queries.tsv, each with the pages that must be found. */
record QuerySet(List<Query> queries) {
    static final Path FILE = Path.of("src/test/resources/search/queries.tsv");

    record Query(String category, String text, List<String> expected) {
    }

    static QuerySet load() {
        try {
            List<Query> queries = new ArrayList<>();
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    queries.add(new Query(columns[0], columns[1], List.of(columns[2].split(","))));
                }
            }
            return new QuerySet(List.copyOf(queries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same queries with one typo each, in the longest word (four letters or more): a swapped pair, a
     * dropped, doubled or replaced letter, in turn. The first letter is kept: search only corrects words whose
     * first letter is right (see {@link Vocabulary}).
     */
    List<Query> withTypos(long seed) {
        Random random = new Random(seed);
        List<Query> typos = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            String[] words = query.text().split(" ");
            int longest = 0;
            for (int w = 1; w < words.length; w++) {
                if (words[w].length() > words[longest].length()) {
                    longest = w;
                }
            }
            if (words[longest].length() < 4) {
                continue;
            }
            words[longest] = typo(words[longest], i % 4, random);
            typos.add(new Query(query.category(), String.join(" ", words), query.expected()));
        }
        return typos;
    }

    private static String typo(String word, int kind, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder typed = new StringBuilder(word);
        switch (kind) {
            case 0 -> {
                typed.setCharAt(at, word.charAt(at + 1));
                typed.setCharAt(at + 1, word.charAt(at));
            }
            case 1 -> typed.deleteCharAt(at);
            case 2 -> typed.insert(at, word.charAt(at));
            default -> typed.setCharAt(at, "aeiounrst".charAt(random.nextInt(9)));
        }
        return typed.toString();
    }
}
