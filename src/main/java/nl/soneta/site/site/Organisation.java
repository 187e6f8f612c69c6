package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An organisation of the sociale kaart. Themes and sources are slugs (sources: the publications its facts come
 * from); the vocabulary terms are resolved.
 */
public record Organisation(Item item, Term kind, List<String> themes, List<Term> audiences, List<Term> districts,
                           Contact contact, Optional<LocalDate> checked, List<String> sources) implements Entry {
}
