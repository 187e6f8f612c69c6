package nl.soneta.site.site;

/** One entry of a controlled vocabulary (a doelgroep, a wijk, a kind of organisation). */
public record Term(String slug, String name) {
}
