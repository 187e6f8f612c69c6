package nl.soneta.site.content;

/**
 * Where a build keeps the large texts it needs again in a later stage (Markdown bodies, rendered HTML, search
 * text): in memory for the preview server, which keeps them between rebuilds anyway, or on a {@link ScratchFile}
 * for a build, so that its memory does not grow with the number of pages.
 */
public interface ByteStore {
    /** Keeps nothing on disk: every text stays on the heap. */
    ByteStore MEMORY = InMemory::new;

    StoredBytes keep(byte[] bytes);

    /** Bytes held by the heap. */
    record InMemory(byte[] bytes) implements StoredBytes {
        @Override
        public byte[] read() {
            return bytes;
        }

        @Override
        public int length() {
            return bytes.length;
        }
    }
}
