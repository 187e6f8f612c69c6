package nl.soneta.site.site;

/**
 * A life situation on the home page, in a resident's own words ("Ik heb geldzorgen"), with one plain sentence
 * that explains it and the theme whose page helps further.
 *
 * @param theme the slug of a theme in content/themas/: every theme has a page that lists the organisations,
 *              news, meetings and reports on it, so the link always leads somewhere useful
 */
public record Situation(String title, String text, String theme) {
}
