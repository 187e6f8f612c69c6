package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScratchFileTest {

    @Test
    void bytesKeptFromManyThreadsAreReadBackUnchanged() {
        try (ScratchFile scratch = ScratchFile.create()) {
            List<byte[]> written = IntStream.range(0, 2_000).mapToObj(ScratchFileTest::randomBytes).toList();
            List<StoredBytes> kept = written.parallelStream().map(scratch::keep).toList();
            IntStream.range(0, written.size()).parallel().forEach(i -> {
                assertEquals(written.get(i).length, kept.get(i).length());
                assertArrayEquals(written.get(i), kept.get(i).read(), "entry " + i);
            });
        }
    }

    @Test
    void leavesNoFileBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = scratchFilesIn(tmp);
        try (ScratchFile scratch = ScratchFile.create()) {
            scratch.keep(randomBytes(7));
        }
        assertEquals(before, scratchFilesIn(tmp));
    }

    private static long scratchFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("soneta-site-.*\\.scratch")).count();
        }
    }

    private static byte[] randomBytes(int seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(seed % 10 == 0 ? 70_000 : 300)];
        random.nextBytes(bytes);
        return bytes;
    }
}
