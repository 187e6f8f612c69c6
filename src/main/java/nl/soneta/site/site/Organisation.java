package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A participating organisation of the sociale kaart. Themes are slugs; the vocabulary terms are resolved. */
public record Organisation(Item item, Term kind, List<String> themes, List<Term> audiences, List<Term> districts,
                           Contact contact, Optional<LocalDate> checked) implements Entry {
}
