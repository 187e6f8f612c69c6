package nl.soneta.site.site;

import java.time.LocalDate;

/**
 * Whether an item is on the site on a given day. Only {@link #PUBLISHED} items are built, except in a preview
 * with drafts, which shows the others with their Dutch label so that nobody mistakes them for the real site.
 */
public enum ItemStatus {
    PUBLISHED(""),
    DRAFT("Concept"),
    SCHEDULED("Nog niet gepubliceerd"),
    EXPIRED("Verlopen");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A draft stays a draft whatever its dates; publishDate is the first day shown, expiryDate the last. */
    public static ItemStatus of(Item item, LocalDate today) {
        if (item.draft()) {
            return DRAFT;
        }
        if (item.publishDate().filter(day -> day.isAfter(today)).isPresent()) {
            return SCHEDULED;
        }
        if (item.expiryDate().filter(day -> day.isBefore(today)).isPresent()) {
            return EXPIRED;
        }
        return PUBLISHED;
    }
}
