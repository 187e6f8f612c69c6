package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.List;

/** A dated news item; themes and organisations are slugs. */
public record NewsItem(Item item, LocalDate date, List<String> themes, List<String> organisations) implements Entry {
}
