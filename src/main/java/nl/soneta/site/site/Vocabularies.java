package nl.soneta.site.site;

import java.util.List;

/** The controlled vocabularies from site.yaml that organisations are tagged with. */
public record Vocabularies(List<Term> audiences, List<Term> districts, List<Term> kinds) {
}
