package nl.soneta.site.render;

import java.time.LocalDate;
import java.util.Optional;
import nl.soneta.site.site.Item;
import nl.soneta.site.site.ItemStatus;

/**
 * What a preview with drafts shows on an item that the real site leaves out, so that nobody takes a screenshot
 * of a concept for the published page. Such pages also carry {@code noindex}.
 */
public record PreviewNote(String label, String explanation) {

    static Optional<PreviewNote> of(Item item, LocalDate today) {
        ItemStatus status = ItemStatus.of(item, today);
        return switch (status) {
            case PUBLISHED -> Optional.empty();
            case DRAFT -> Optional.of(new PreviewNote(status.label(),
                    "Dit is een concept (draft: true). Het staat niet op de echte site."));
            case SCHEDULED -> Optional.of(new PreviewNote(status.label(),
                    "Dit komt op " + DutchDates.date(item.publishDate().orElseThrow()) + " op de site."));
            case EXPIRED -> Optional.of(new PreviewNote(status.label(),
                    "Dit stond tot en met " + DutchDates.date(item.expiryDate().orElseThrow()) + " op de site."));
        };
    }
}
