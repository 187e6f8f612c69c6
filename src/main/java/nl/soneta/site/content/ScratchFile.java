package nl.soneta.site.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A temporary file that a build appends texts to and reads them back from, so that the bodies and rendered HTML of
 * fifty thousand pages are not all on the heap at once. The operating system's page cache keeps recently written
 * parts in memory, so reading back is mostly a copy. Writes and reads take positions of their own, so threads
 * share the file without locking. The file is deleted when closed, and on Linux at once, while still open, so that
 * a killed build leaves nothing behind.
 */
public final class ScratchFile implements ByteStore, Closeable {
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private ScratchFile(FileChannel channel) {
        this.channel = channel;
    }

    public static ScratchFile create() {
        try {
            Path path = Files.createTempFile("soneta-site-", ".scratch");
            return new ScratchFile(FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch file in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    @Override
    public StoredBytes keep(byte[] bytes) {
        long at = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the scratch file (is the disk full?)", e);
        }
        return new Region(at, bytes.length);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stretch of the file, written once and never changed. */
    private final class Region implements StoredBytes {
        private final long offset;
        private final int length;

        Region(long offset, int length) {
            this.offset = offset;
            this.length = length;
        }

        @Override
        public byte[] read() {
            byte[] bytes = new byte[length];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException("the scratch file ends before " + (offset + length));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back from the scratch file", e);
            }
            return bytes;
        }

        @Override
        public int length() {
            return length;
        }
    }
}
