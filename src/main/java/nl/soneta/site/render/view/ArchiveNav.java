package nl.soneta.site.render.view;

import java.util.List;

/**
 * Links to every archive page of a list, such as the news by year and by theme.
 *
 * @param label the accessible name of the navigation, as a screen reader announces it
 */
public record ArchiveNav(String label, List<Group> groups) {

    /** One way of dividing the archive, such as "per jaar", under its own heading. */
    public record Group(String heading, List<ArchiveLink> links) {
    }

    /** @param text what the link says, with the number of items: "2023 (6)" */
    public record ArchiveLink(String text, String path) {
    }
}
