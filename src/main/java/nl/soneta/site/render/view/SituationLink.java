package nl.soneta.site.render.view;

/** A life situation on the home page, linked to the theme page that helps further. */
public record SituationLink(String title, String text, String path, String themeTitle) {
}
