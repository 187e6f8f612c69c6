package nl.soneta.site.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.StoredBytes;
import nl.soneta.site.publish.Fingerprint;

/**
 * The files of the exported index while it is made. Every file's name carries one version, a hash of all files,
 * so none can be written before the last is made; they wait in a {@link ByteStore} (a scratch file in a build:
 * the index of fifty thousand pages is a quarter of a gigabyte). The version is the hash of every file's own hash,
 * so that the files are hashed side by side rather than one after another.
 */
final class ExportParts {
    /** A shard being filled is kept on the store in pieces of about this many characters. */
    private static final int PIECE_CHARS = 16 * 1024;

    private final ByteStore store;
    /** File stem (such as {@code s-17}) → content, in the order made. */
    private final Map<String, StoredBytes> parts = new LinkedHashMap<>();

    ExportParts(ByteStore store) {
        this.store = store;
    }

    void add(String stem, CharSequence json) {
        add(stem, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void add(String stem, byte[] bytes) {
        parts.put(stem, store.keep(bytes));
    }

    /** The hash of every part's stem and content hash, in order. */
    String version() {
        List<Map.Entry<String, StoredBytes>> all = new ArrayList<>(parts.entrySet());
        List<byte[]> hashes = all.parallelStream().map(part -> Fingerprint.digest(
                List.of(part.getKey().getBytes(StandardCharsets.UTF_8), part.getValue().read()))).toList();
        return Fingerprint.hash(hashes);
    }

    /** Every part, read back, on all cores: {@code action} must be thread-safe. */
    void forEachInParallel(BiConsumer<String, byte[]> action) {
        new ArrayList<>(parts.entrySet()).parallelStream().forEach(part -> action.accept(part.getKey(), part.getValue().read()));
    }

    Shard shard() {
        return new Shard();
    }

    /** A JSON object of entries appended over the whole export, kept on the store in pieces as it grows. */
    final class Shard {
        private final List<StoredBytes> pieces = new ArrayList<>();
        private final StringBuilder open = new StringBuilder("{");
        private boolean empty = true;

        void append(String entry) {
            open.append(empty ? "" : ",").append(entry);
            empty = false;
            // only whole entries are cut off, so a piece never ends inside a character
            if (open.length() >= PIECE_CHARS) {
                pieces.add(store.keep(open.toString().getBytes(StandardCharsets.UTF_8)));
                open.setLength(0);
            }
        }

        /** Closes the object and adds it as a part. */
        void addAs(String stem) {
            open.append('}');
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            pieces.forEach(piece -> all.writeBytes(piece.read()));
            all.writeBytes(open.toString().getBytes(StandardCharsets.UTF_8));
            add(stem, all.toByteArray());
        }
    }
}
