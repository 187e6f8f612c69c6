package nl.soneta.site.site;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A meeting in the agenda, in Almere's local time; {@code report} is a publication slug. */
public record Event(Item item, LocalDateTime start, Optional<LocalDateTime> end, String location,
                    List<String> themes, List<String> organisations, Optional<String> registration,
                    Optional<String> report) implements Entry {
}
