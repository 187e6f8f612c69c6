package nl.soneta.site.render;

import java.util.Locale;

/** A file to download, with its type and size as Dutch readers expect them: "pdf, 1,2 MB". */
public record Download(String path, String type, long bytes) {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** The size in decimal units (1 kB = 1000 bytes), as phones and download dialogs show it. */
    public String size() {
        if (bytes < 1_000_000) {
            return Math.max(1, (bytes + 999) / 1000) + " kB";
        }
        return String.format(DUTCH, "%.1f MB", bytes / 1_000_000.0);
    }

    /** The link text: "Download de pdf (1,2 MB)". */
    public String label() {
        return "Download de " + type + " (" + size() + ")";
    }
}
