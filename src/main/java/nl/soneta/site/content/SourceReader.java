package nl.soneta.site.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads content files as strict UTF-8. A file saved in another encoding (Windows-1252 from an old editor,
 * say) would otherwise turn "cliënt" into garbage on the public site without anyone noticing.
 */
public final class SourceReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public Optional<SourceFile> read(Path file, String displayPath, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(displayPath), "kan het bestand niet lezen: " + e.getMessage(),
                    "controleer of het bestand bestaat en leesbaar is");
            return Optional.empty();
        }
        return decode(bytes, displayPath, diagnostics);
    }

    public Optional<SourceFile> decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(firstInvalidByte(bytes, displayPath),
                    "het bestand is niet opgeslagen als UTF-8",
                    "open het in een teksteditor en sla het op met codering UTF-8");
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        // Windows and old Mac line endings would otherwise put a stray \r into titles and shift columns.
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            diagnostics.error(SourcePosition.startOf(displayPath), "het bestand is leeg",
                    "vul het bestand aan of verwijder het");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(displayPath, text));
    }

    /** Decodes byte by byte to find where the invalid sequence starts, so the editor can find it. */
    private static SourcePosition firstInvalidByte(byte[] bytes, String path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        int line = 1;
        int column = 1;
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return result.isError() ? new SourcePosition(path, line, column) : SourcePosition.startOf(path);
    }
}
