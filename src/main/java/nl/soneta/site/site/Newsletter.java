package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.List;

/** An issue of the SONETA newsletter: a foreword (the body) and the news and events it selects, by slug. */
public record Newsletter(Item item, int number, LocalDate date, List<String> news, List<String> events)
        implements Entry {
}
