package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.TreeMap;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.json.Json;
import nl.soneta.site.markdown.SectionHead;
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
 * Writes the index as static files for the browser (format in {@code package-info}): a manifest, vocabulary
 * shards by first letter, posting and position shards by term hash, document shards, and one document list
 * per filter. A query fetches only the shards of its words, and the documents it shows.
 */
public final class IndexExport {
    static final int FORMAT = 3;
    static final int MIN_DOCS_PER_SHARD = 8;
    /** With at most this many document shards, 512 posting and 128 position shards, 10,000 pages stay under
     * 2,000 files (static hosts limit file counts). */
    static final int MAX_DOC_SHARDS = 1250;
    private static final String DIRECTORY = SitePaths.SEARCH_INDEX.substring(1);
    static final int SUMMARY_LENGTH = 200;
    /** Aim for shards of about this many bytes before compression: a few KB on the wire. */
    private static final int SHARD_TARGET_BYTES = 4 * 1024;
    private static final int MAX_POSTING_SHARDS = 512;
    /** Only phrase queries read positions, so fewer, larger files. */
    private static final int MAX_POSITION_SHARDS = 128;
    /** Terms whose entries are made side by side before they are appended to their shards. */
    private static final int TERM_BLOCK = 4096;

    private final SiteIndex index;
    private final List<Theme> themes;
    private final ExportParts parts;

    /** @param store where the files wait until all are made */
    public IndexExport(SiteIndex index, List<Theme> themes, ByteStore store) {
        this.index = index;
        this.themes = themes;
        this.parts = new ExportParts(store);
    }

    /**
     * Hands the index files to {@code sink}, the manifest first, the others from several threads at once. All other
     * files carry one version, a hash of all of them, so the manifest need not list thousands of names: the browser
     * builds each name from its shard number.
     *
     * @return the site path of the manifest
     */
    public String writeTo(Consumer<OutputFile> sink) {
        int documentCount = index.documents().size();
        int docShardSize = docShardSize(documentCount);
        // the vocabulary and the shard sizes need every term's document frequency: worked out on all cores first
        index.vocabulary().terms().parallelStream().forEach(index::docFreq);
        List<String> vocabularyKeys = vocabulary();
        long postingBytes = estimatedPostingBytes();
        int postingShards = shardCount(postingBytes, MAX_POSTING_SHARDS);
        int positionShards = shardCount(postingBytes, MAX_POSITION_SHARDS);
        termShards(positionShards, postingShards);
        int docShards = documents(docShardSize);
        EntryKind[] kinds = EntryKind.values();
        List<String> kindFilters = filters("kind", d -> Set.of(d.kind().slug()),
                Arrays.stream(kinds).map(EntryKind::slug).toList());
        List<String> themeFilters = filters("theme", d -> Set.copyOf(d.themes()),
                themes.stream().map(t -> t.item().slug()).toList());
        String version = parts.version();

        StringBuilder manifest = new StringBuilder("{\"format\":").append(FORMAT)
                .append(",\"version\":\"").append(version).append('"')
                .append(",\"docs\":").append(documentCount)
                .append(",\"docShardSize\":").append(docShardSize)
                .append(",\"docShards\":").append(docShards)
                .append(",\"postingShards\":").append(postingShards)
                .append(",\"positionShards\":").append(positionShards)
                .append(",\"stopWords\":");
        strings(manifest, SearchAnalyzer.stopWords());
        manifest.append(",\"vocab\":");
        strings(manifest, vocabularyKeys);
        manifest.append(",\"kinds\":[");
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
        strings(manifest, kindFilters);
        manifest.append(",\"theme\":");
        strings(manifest, themeFilters);
        manifest.append("}}");

        byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        String manifestFile = DIRECTORY + Fingerprint.name("manifest", "json", manifestBytes);
        sink.accept(new OutputFile(manifestFile, manifestBytes));
        parts.forEachInParallel((stem, bytes) -> sink.accept(new OutputFile(DIRECTORY + stem + "." + version + ".json", bytes)));
        return "/" + manifestFile;
    }

    /** Small shards for a small site; bigger ones for a large site, so that it stays under the file budget. */
    static int docShardSize(int documents) {
        return Math.max(MIN_DOCS_PER_SHARD, (documents + MAX_DOC_SHARDS - 1) / MAX_DOC_SHARDS);
    }

    private List<String> vocabulary() {
        List<String> keys = new ArrayList<>();
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
            add("v-" + key, json.append("]}"));
            keys.add(key);
        }
        return keys;
    }

    /** A rough size of all postings before compression: a term, its table, and about three bytes a posting. */
    private long estimatedPostingBytes() {
        long bytes = 0;
        for (String term : index.vocabulary().terms()) {
            bytes += term.length() + 8 + 3L * index.docFreq(term);
        }
        return bytes;
    }

    private static int shardCount(long bytes, int max) {
        return (int) Math.max(1, Math.min(max, (bytes + SHARD_TARGET_BYTES - 1) / SHARD_TARGET_BYTES));
    }

    /** FNV-1a over the term's UTF-16 units: trivial to compute the same way in JavaScript. */
    static int bucket(String term, int bucketCount) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash = (hash ^ term.charAt(i)) * 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % bucketCount);
    }

    /**
     * The position shards ({@code p-}) and the posting shards ({@code s-}) of every term. A term's postings carry
     * the sections it occurs in, which only its positions tell, so both entries of a term are made together, a
     * block of terms at a time in parallel and then appended in term order: which sections hold which term is
     * never held for the whole site at once.
     */
    private void termShards(int positionBuckets, int postingBuckets) {
        boolean[] hasSections = new boolean[index.documents().size()];
        index.documents().forEach(d -> hasSections[d.id()] = !d.sections().isEmpty());
        List<ExportParts.Shard> positionShards = shards(positionBuckets);
        List<ExportParts.Shard> postingShards = shards(postingBuckets);
        ThreadLocal<TermsEnum[]> enums = ThreadLocal.withInitial(this::termsEnums);
        List<String> terms = new ArrayList<>(index.vocabulary().terms());
        for (int start = 0; start < terms.size(); start += TERM_BLOCK) {
            List<String> block = terms.subList(start, Math.min(terms.size(), start + TERM_BLOCK));
            List<String[]> entries = block.parallelStream().map(term -> {
                Map<Integer, BitSet> sections = new HashMap<>();
                String positions = positionsEntry(term, enums.get(), hasSections, sections);
                return new String[] {positions, postingsEntry(term, sections)};
            }).toList();
            for (int t = 0; t < block.size(); t++) {
                positionShards.get(bucket(block.get(t), positionBuckets)).append(entries.get(t)[0]);
                postingShards.get(bucket(block.get(t), postingBuckets)).append(entries.get(t)[1]);
            }
        }
        addAll("p-", positionShards);
        addAll("s-", postingShards);
    }

    private TermsEnum[] termsEnums() {
        SearchField[] fields = SearchField.values();
        TermsEnum[] enums = new TermsEnum[fields.length];
        try {
            for (int f = 0; f < fields.length; f++) {
                Terms terms = index.reader().terms(fields[f].fieldName());
                enums[f] = terms == null ? null : terms.iterator();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
        return enums;
    }

    /**
     * {@code "term":["<score table>","<postings>"]}. The table holds the term's distinct scores as float bits in
     * ascending order, delta-encoded (the bits of positive floats grow with their value, so the gaps are small);
     * each posting names its score by rank in the table.
     */
    private String postingsEntry(String term, Map<Integer, BitSet> sectionsByDoc) {
        TermPostings postings = index.postings(term);
        int[] table = IntStream.range(0, postings.scores().length)
                .map(i -> Float.floatToIntBits(postings.scores()[i])).distinct().sorted().toArray();
        StringBuilder encoded = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < postings.docs().length; i++) {
            int doc = postings.docs()[i];
            int rank = Arrays.binarySearch(table, Float.floatToIntBits(postings.scores()[i]));
            Varints.append(encoded, doc - previous);
            previous = doc;
            BitSet sections = sectionsByDoc.get(doc);
            Varints.append(encoded, rank * 2 + (sections == null ? 0 : 1));
            if (sections != null) {
                Varints.append(encoded, sections.cardinality());
                sections.stream().forEach(section -> Varints.append(encoded, section));
            }
        }
        StringBuilder scores = new StringBuilder();
        int previousBits = 0;
        for (int bits : table) {
            Varints.append(scores, bits - previousBits);
            previousBits = bits;
        }
        StringBuilder entry = Json.string(new StringBuilder(), term).append(":[");
        Json.string(entry, scores.toString()).append(',');
        return Json.string(entry, encoded.toString()).append(']').toString();
    }

    /**
     * {@code "term":"<positions>"}, every position of the term in every field of every document. Also finds, from
     * the body's positions, which sections the term occurs in (see {@link SearchAnalyzer#getPositionIncrementGap}):
     * the exported postings carry them for sub-results.
     *
     * @param sections receives, per document with sections, the sections the term occurs in
     */
    private static String positionsEntry(String term, TermsEnum[] enums, boolean[] hasSections,
                                         Map<Integer, BitSet> sections) {
        SearchField[] fields = SearchField.values();
        PostingsEnum[] postings = new PostingsEnum[fields.length];
        int[] docs = new int[fields.length];
        StringBuilder encoded = new StringBuilder();
        BytesRef bytes = new BytesRef(term);
        try {
            for (int f = 0; f < fields.length; f++) {
                boolean has = enums[f] != null && enums[f].seekExact(bytes);
                postings[f] = has ? enums[f].postings(null, PostingsEnum.POSITIONS) : null;
                docs[f] = has ? postings[f].nextDoc() : DocIdSetIterator.NO_MORE_DOCS;
            }
            // the fields' postings are merged by document, so each document's entry is written whole, in field order
            int previousDoc = 0;
            for (int doc = Arrays.stream(docs).min().orElseThrow(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = Arrays.stream(docs).min().orElseThrow()) {
                int current = doc;
                Varints.append(encoded, doc - previousDoc);
                previousDoc = doc;
                Varints.append(encoded, (int) Arrays.stream(docs).filter(d -> d == current).count());
                for (int f = 0; f < fields.length; f++) {
                    if (docs[f] == doc) {
                        boolean body = fields[f] == SearchField.BODY && hasSections[doc];
                        appendPositions(encoded, f, postings[f], body ? sections : null, doc);
                        docs[f] = postings[f].nextDoc();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
        StringBuilder json = Json.string(new StringBuilder(), term).append(':');
        return Json.string(json, encoded.toString()).toString();
    }

    /**
     * One field's positions of the term in document {@code doc}.
     *
     * @param sections receives the sections after the first part that the positions fall in, for a body with
     *                 sections; else null
     */
    private static void appendPositions(StringBuilder out, int field, PostingsEnum postings,
                                        Map<Integer, BitSet> sections, int doc) throws IOException {
        Varints.append(out, field);
        Varints.append(out, postings.freq());
        int previous = 0;
        for (int i = 0; i < postings.freq(); i++) {
            int position = postings.nextPosition();
            Varints.append(out, position - previous);
            previous = position;
            // part 0 is the text before the first section
            int part = position / SearchAnalyzer.SECTION_GAP;
            if (sections != null && part > 0) {
                sections.computeIfAbsent(doc, d -> new BitSet()).set(part - 1);
            }
        }
    }

    /** @return the number of document shards */
    private int documents(int perShard) {
        List<SearchDocument> documents = index.documents();
        Map<String, Integer> themeNumbers = new HashMap<>();
        themes.forEach(t -> themeNumbers.put(t.item().slug(), themeNumbers.size()));
        int shards = 0;
        for (int start = 0; start < documents.size(); start += perShard) {
            StringBuilder json = new StringBuilder("[");
            for (int id = start; id < Math.min(documents.size(), start + perShard); id++) {
                json.append(id == start ? "" : ",");
                document(json, documents.get(id), themeNumbers);
            }
            add("d-" + shards++, json.append(']'));
        }
        return shards;
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
        List<SectionHead> sections = document.sections();
        if (!sections.isEmpty()) {
            json.append(",\"sec\":[");
            for (int i = 0; i < sections.size(); i++) {
                SectionHead section = sections.get(i);
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

    /** @return the values that have a filter file: those of at least one document */
    private List<String> filters(String kind, Function<SearchDocument, Set<String>> valuesOf, List<String> values) {
        List<String> written = new ArrayList<>();
        for (String value : values) {
            StringBuilder docs = new StringBuilder();
            int previous = 0;
            for (SearchDocument document : index.documents()) {
                if (valuesOf.apply(document).contains(value)) {
                    Varints.append(docs, document.id() - previous);
                    previous = document.id();
                }
            }
            if (!docs.isEmpty()) {
                StringBuilder json = new StringBuilder("{\"docs\":");
                Json.string(json, docs.toString()).append('}');
                add("f-" + kind + "-" + value, json);
                written.add(value);
            }
        }
        return written;
    }

    private List<ExportParts.Shard> shards(int count) {
        List<ExportParts.Shard> shards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shards.add(parts.shard());
        }
        return shards;
    }

    private static void addAll(String prefix, List<ExportParts.Shard> shards) {
        for (int i = 0; i < shards.size(); i++) {
            shards.get(i).addAs(prefix + i);
        }
    }

    private void add(String stem, CharSequence json) {
        parts.add(stem, json);
    }

    private static void strings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            Json.string(json.append(i == 0 ? "" : ","), values.get(i));
        }
        json.append(']');
    }
}
