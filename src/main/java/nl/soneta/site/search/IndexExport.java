package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.soneta.site.publish.Fingerprint;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Theme;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the index as static files for the browser (format: search-plan section 3, documented in
 * {@code package-info}): a manifest, vocabulary shards by first letter, posting and position shards by term
 * hash, document shards of {@value #DOCS_PER_SHARD}, and one document list per filter. A query fetches only
 * the shards of its words, and the documents it shows.
 */
public final class IndexExport {
    static final int FORMAT = 1;
    static final int DOCS_PER_SHARD = 16;
    static final int SUMMARY_LENGTH = 200;
    /** Aim for shards of about this many bytes before compression: a few KB on the wire. */
    private static final int SHARD_TARGET_BYTES = 12 * 1024;
    private static final int MAX_TERM_SHARDS = 512;

    private final SiteIndex index;
    private final List<Theme> themes;
    private final List<OutputFile> files = new ArrayList<>();

    public IndexExport(SiteIndex index, List<Theme> themes) {
        this.index = index;
        this.themes = themes;
    }

    /** The index files; the manifest is the first, and names all others. */
    public List<OutputFile> files() {
        StringBuilder manifest = new StringBuilder("{\"format\":").append(FORMAT)
                .append(",\"docs\":").append(index.documents().size())
                .append(",\"docShardSize\":").append(DOCS_PER_SHARD)
                .append(",\"stopWords\":");
        strings(manifest, SearchAnalyzer.stopWords());
        manifest.append(",\"vocab\":");
        names(manifest, vocabulary());
        Map<String, Integer> buckets = new HashMap<>();
        int bucketCount = bucketCount();
        index.vocabulary().terms().forEach(term -> buckets.put(term, bucket(term, bucketCount)));
        Map<String, Map<Integer, BitSet>> sections = new HashMap<>();
        List<String> positionShards = positions(buckets, bucketCount, sections);
        manifest.append(",\"postingShards\":");
        strings(manifest, postings(buckets, bucketCount, sections));
        manifest.append(",\"positionShards\":");
        strings(manifest, positionShards);
        manifest.append(",\"docShards\":");
        strings(manifest, documents());
        manifest.append(",\"kinds\":[");
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < kinds.length; i++) {
            manifest.append(i == 0 ? "" : ",");
            strings(manifest, List.of(kinds[i].slug(), kinds[i].label()));
        }
        manifest.append("],\"themes\":[");
        for (int i = 0; i < themes.size(); i++) {
            manifest.append(i == 0 ? "" : ",");
            strings(manifest, List.of(themes.get(i).item().slug(), themes.get(i).item().title()));
        }
        manifest.append("],\"filters\":{\"kind\":");
        names(manifest, filters("kind", d -> Set.of(d.kind().slug()), slugs(kinds)));
        manifest.append(",\"theme\":");
        names(manifest, filters("theme", d -> Set.copyOf(d.themes()), themes.stream().map(t -> t.item().slug()).toList()));
        manifest.append("}}");
        List<OutputFile> all = new ArrayList<>();
        all.add(file("manifest", manifest));
        all.addAll(files);
        return all;
    }

    /** The site path of the manifest among {@link #files()}. */
    public static String manifestPath(List<OutputFile> files) {
        return "/" + files.get(0).path();
    }

    private Map<String, String> vocabulary() {
        Map<String, String> names = new TreeMap<>();
        Vocabulary vocabulary = index.vocabulary();
        for (String key : vocabulary.shardKeys()) {
            StringBuilder json = new StringBuilder("{\"words\":[");
            List<String> words = vocabulary.wordsOf(key);
            for (int i = 0; i < words.size(); i++) {
                String term = vocabulary.termOf(words.get(i));
                json.append(i == 0 ? "[" : ",[");
                Json.string(json, words.get(i)).append(',');
                Json.string(json, term).append(',').append(index.docFreq(term)).append(']');
            }
            names.put(key, add("v-" + key, json.append("]}")));
        }
        return names;
    }

    private int bucketCount() {
        long bytes = 0;
        for (String term : index.vocabulary().terms()) {
            bytes += term.length() + 8 + 3L * index.docFreq(term);
        }
        return (int) Math.max(1, Math.min(MAX_TERM_SHARDS, (bytes + SHARD_TARGET_BYTES - 1) / SHARD_TARGET_BYTES));
    }

    /** FNV-1a over the term's UTF-16 units: trivial to compute the same way in JavaScript. */
    static int bucket(String term, int bucketCount) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash = (hash ^ term.charAt(i)) * 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % bucketCount);
    }

    /** @param sections per term, per document with sections, the sections the term occurs in */
    private List<String> postings(Map<String, Integer> buckets, int bucketCount, Map<String, Map<Integer, BitSet>> sections) {
        List<String> terms = new ArrayList<>(new TreeSet<>(buckets.keySet()));
        List<String> entries = terms.parallelStream().map(term -> postingsEntry(term, sections.getOrDefault(term, Map.of()))).toList();
        List<StringBuilder> shards = shards(bucketCount);
        for (int t = 0; t < terms.size(); t++) {
            StringBuilder shard = shards.get(buckets.get(terms.get(t)));
            shard.append(shard.length() == 1 ? "" : ",").append(entries.get(t));
        }
        return names("s-", shards);
    }

    private String postingsEntry(String term, Map<Integer, BitSet> sectionsByDoc) {
        TermPostings postings = index.postings(term);
        Map<Integer, Integer> scoreIndex = new LinkedHashMap<>();
        StringBuilder encoded = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < postings.docs().length; i++) {
            int doc = postings.docs()[i];
            int score = scoreIndex.computeIfAbsent(Float.floatToIntBits(postings.scores()[i]), bits -> scoreIndex.size());
            Varints.append(encoded, doc - previous);
            previous = doc;
            BitSet sections = sectionsByDoc.get(doc);
            Varints.append(encoded, score * 2 + (sections == null ? 0 : 1));
            if (sections != null) {
                Varints.append(encoded, sections.cardinality());
                sections.stream().forEach(section -> Varints.append(encoded, section));
            }
        }
        StringBuilder entry = Json.string(new StringBuilder(), term).append(":[[");
        boolean first = true;
        for (int bits : scoreIndex.keySet()) {
            entry.append(first ? "" : ",").append(bits);
            first = false;
        }
        return Json.string(entry.append("],"), encoded.toString()).append(']').toString();
    }

    /**
     * Also finds, from the body's positions, which sections each term occurs in (see
     * {@link SearchAnalyzer#getPositionIncrementGap}): the exported postings carry them for sub-results.
     */
    private List<String> positions(Map<String, Integer> buckets, int bucketCount,
                                   Map<String, Map<Integer, BitSet>> sections) {
        boolean[] hasSections = new boolean[index.documents().size()];
        index.documents().forEach(d -> hasSections[d.id()] = !d.sections().isEmpty());
        List<StringBuilder> shards = shards(bucketCount);
        try {
            SearchField[] fields = SearchField.values();
            TermsEnum[] enums = new TermsEnum[fields.length];
            for (int f = 0; f < fields.length; f++) {
                Terms terms = index.reader().terms(fields[f].fieldName());
                enums[f] = terms == null ? null : terms.iterator();
            }
            for (String term : new TreeSet<>(buckets.keySet())) {
                TreeMap<Integer, StringBuilder> byDoc = new TreeMap<>();
                Map<Integer, Integer> fieldCount = new HashMap<>();
                BytesRef bytes = new BytesRef(term);
                for (int f = 0; f < fields.length; f++) {
                    if (enums[f] == null || !enums[f].seekExact(bytes)) {
                        continue;
                    }
                    PostingsEnum postings = enums[f].postings(null, PostingsEnum.POSITIONS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        StringBuilder out = byDoc.computeIfAbsent(doc, d -> new StringBuilder());
                        fieldCount.merge(doc, 1, Integer::sum);
                        Varints.append(out, f);
                        Varints.append(out, postings.freq());
                        int previous = 0;
                        boolean body = fields[f] == SearchField.BODY && hasSections[doc];
                        for (int i = 0; i < postings.freq(); i++) {
                            int position = postings.nextPosition();
                            Varints.append(out, position - previous);
                            previous = position;
                            // part 0 is the text before the first section
                            int part = position / SearchAnalyzer.SECTION_GAP;
                            if (body && part > 0) {
                                sections.computeIfAbsent(term, t -> new HashMap<>())
                                        .computeIfAbsent(doc, d -> new BitSet()).set(part - 1);
                            }
                        }
                    }
                }
                StringBuilder encoded = new StringBuilder();
                int previous = 0;
                for (Map.Entry<Integer, StringBuilder> entry : byDoc.entrySet()) {
                    Varints.append(encoded, entry.getKey() - previous);
                    previous = entry.getKey();
                    Varints.append(encoded, fieldCount.get(entry.getKey()));
                    encoded.append(entry.getValue());
                }
                StringBuilder shard = shards.get(buckets.get(term));
                shard.append(shard.length() == 1 ? "" : ",");
                Json.string(shard, term).append(':');
                Json.string(shard, encoded.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
        return names("p-", shards);
    }

    private List<String> documents() {
        List<String> names = new ArrayList<>();
        List<SearchDocument> documents = index.documents();
        Map<String, Integer> themeNumbers = new HashMap<>();
        themes.forEach(t -> themeNumbers.put(t.item().slug(), themeNumbers.size()));
        for (int start = 0; start < documents.size(); start += DOCS_PER_SHARD) {
            StringBuilder json = new StringBuilder("[");
            for (int id = start; id < Math.min(documents.size(), start + DOCS_PER_SHARD); id++) {
                json.append(id == start ? "" : ",");
                document(json, documents.get(id), themeNumbers);
            }
            names.add(add("d-" + start / DOCS_PER_SHARD, json.append(']')));
        }
        return names;
    }

    private static void document(StringBuilder json, SearchDocument document, Map<String, Integer> themeNumbers) {
        json.append("{\"u\":");
        Json.string(json, document.path().substring(1)).append(",\"t\":");
        Json.string(json, document.title()).append(",\"k\":");
        Json.string(json, document.kind().slug());
        document.date().ifPresent(date -> Json.string(json.append(",\"d\":"), date.toString()));
        json.append(",\"th\":[").append(String.join(",", document.themes().stream()
                .filter(themeNumbers::containsKey).map(t -> String.valueOf(themeNumbers.get(t))).toList())).append(']');
        json.append(",\"s\":");
        Json.string(json, shorten(document.summary()));
        if (!document.sections().isEmpty()) {
            json.append(",\"sec\":[");
            for (int i = 0; i < document.sections().size(); i++) {
                Section section = document.sections().get(i);
                json.append(i == 0 ? "[" : ",[");
                Json.string(json, section.anchor()).append(',');
                Json.string(json, section.heading()).append(']');
            }
            json.append(']');
        }
        json.append('}');
    }

    /** At most {@value #SUMMARY_LENGTH} characters, cut at a word. */
    static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }

    private Map<String, String> filters(String kind, java.util.function.Function<SearchDocument, Set<String>> valuesOf,
                                        List<String> values) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : values) {
            StringBuilder docs = new StringBuilder();
            int previous = 0;
            for (SearchDocument document : index.documents()) {
                if (valuesOf.apply(document).contains(value)) {
                    Varints.append(docs, document.id() - previous);
                    previous = document.id();
                }
            }
            StringBuilder json = new StringBuilder("{\"docs\":");
            Json.string(json, docs.toString()).append('}');
            names.put(value, add("f-" + kind + "-" + value, json));
        }
        return names;
    }

    private static List<String> slugs(EntryKind[] kinds) {
        List<String> slugs = new ArrayList<>();
        for (EntryKind kind : kinds) {
            slugs.add(kind.slug());
        }
        return slugs;
    }

    private static List<StringBuilder> shards(int count) {
        List<StringBuilder> shards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shards.add(new StringBuilder("{"));
        }
        return shards;
    }

    private List<String> names(String prefix, List<StringBuilder> shards) {
        List<String> names = new ArrayList<>(shards.size());
        for (int i = 0; i < shards.size(); i++) {
            names.add(add(prefix + i, shards.get(i).append('}')));
        }
        return names;
    }

    private String add(String stem, CharSequence json) {
        OutputFile file = file(stem, json);
        files.add(file);
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    private static OutputFile file(String stem, CharSequence json) {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return new OutputFile(SitePaths.SEARCH_INDEX.substring(1) + Fingerprint.name(stem, "json", bytes), bytes);
    }

    private static void strings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            Json.string(json.append(i == 0 ? "" : ","), values.get(i));
        }
        json.append(']');
    }

    private static void names(StringBuilder json, Map<String, String> names) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : names.entrySet()) {
            Json.string(json.append(first ? "" : ","), entry.getKey()).append(':');
            Json.string(json, entry.getValue());
            first = false;
        }
        json.append('}');
    }
}
