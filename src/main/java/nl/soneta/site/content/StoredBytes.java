package nl.soneta.site.content;

/** Bytes kept by a {@link ByteStore}, read back whole. Callers must not change the array they get. */
public interface StoredBytes {
    byte[] read();

    int length();
}
