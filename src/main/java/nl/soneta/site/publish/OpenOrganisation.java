package nl.soneta.site.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.soneta.site.site.Contact;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.Term;

/**
 * One organisation as the open data gives it: references resolved to names and absolute URLs, so that the JSON and
 * the CSV cannot disagree.
 */
record OpenOrganisation(String slug, String name, String url, String summary, Term kind, List<Term> themes,
                        List<Term> audiences, List<Term> districts, Contact contact, Optional<LocalDate> checked,
                        List<String> sources) {

    static OpenOrganisation of(Organisation o, Site site) {
        var baseUrl = site.config().baseUrl();
        List<Term> themes = site.themes(o.themes()).stream()
                .map(t -> new Term(t.item().slug(), t.item().title())).toList();
        List<String> sources = site.publications(o.sources()).stream()
                .map(p -> baseUrl.absolute(p.item().path())).toList();
        String summary = o.item().hasSummary() ? o.item().summary().strip() : "";
        return new OpenOrganisation(o.item().slug(), o.item().title(), baseUrl.absolute(o.item().path()), summary,
                o.kind(), themes, o.audiences(), o.districts(), o.contact(), o.checked(), sources);
    }
}
