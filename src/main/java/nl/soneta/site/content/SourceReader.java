package nl.soneta.site.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads content files as strict UTF-8. A file saved in another encoding (Windows-1252 from an old editor,
 * say) would otherwise turn "cliënt" into garbage on the public site without anyone noticing.
 */
public final class SourceReader {
    /** Sixteen times the largest real item would still be a small fraction of this; a file beyond it is not read. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public Optional<SourceFile> read(Path file, String displayPath, Diagnostics diagnostics) {
        byte[] bytes;
        // Reading at most one byte past the limit keeps memory bounded whatever the file's size.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(displayPath), "kan het bestand niet lezen: " + e.getMessage(),
                    "controleer of het bestand bestaat en leesbaar is");
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            diagnostics.error(SourcePosition.startOf(displayPath),
                    "het bestand is te groot: meer dan " + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                    "splits de tekst over meer bestanden, bijvoorbeeld één per hoofdstuk; zet pdf's en afbeeldingen in content/media/");
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
        int control = firstControlCharacter(text);
        if (control >= 0) {
            diagnostics.error(new SourceFile(displayPath, text).positionAt(control), String.format(Locale.ROOT,
                            "het bestand bevat een onzichtbaar stuurteken (U+%04X)", (int) text.charAt(control)),
                    "verwijder het teken; plak tekst uit Word of een pdf als platte tekst, of sla het bestand opnieuw op als tekst");
            return Optional.empty();
        }
        if (text.isBlank()) {
            diagnostics.error(SourcePosition.startOf(displayPath), "het bestand is leeg",
                    "vul het bestand aan of verwijder het");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(displayPath, text));
    }

    /**
     * Control characters have no place in text: a NUL means a binary file (a .docx renamed, say), and YAML and
     * HTML both forbid them. Tab and newline are the two that text uses.
     */
    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
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
        char previous = 0;
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            // Counted as the text is read after decoding: \r\n, \r and \n each end a line.
            if (c == '\r' || (c == '\n' && previous != '\r')) {
                line++;
                column = 1;
            } else if (c != '\n' && !Character.isLowSurrogate(c) && !(c == BYTE_ORDER_MARK && out.position() == 1)) {
                column++;
            }
            previous = c;
        }
        return result.isError() ? new SourcePosition(path, line, column) : SourcePosition.startOf(path);
    }
}
