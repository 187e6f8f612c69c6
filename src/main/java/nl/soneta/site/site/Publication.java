package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report or advice. {@code pdf} is the site path of the original document when it is published too;
 * {@code chapters} are in reading order.
 */
public record Publication(Item item, LocalDate date, String publisher, List<String> themes,
                          List<String> organisations, Optional<String> pdf, List<Chapter> chapters)
        implements Entry {
}
