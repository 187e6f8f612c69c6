package nl.soneta.site.render;

import java.util.List;
import nl.soneta.site.render.view.MailItem;
import nl.soneta.site.render.view.NewsletterMailView;

/**
 * The plain-text alternative of the newsletter's e-mail edition: the same content as the HTML form, wrapped at
 * {@link TextWrap#WIDTH} characters, with every item's title and absolute URL on lines of their own.
 */
final class MailText {
    private MailText() {
    }

    static String of(NewsletterMailView view, String foreword) {
        StringBuilder text = new StringBuilder();
        text.append(view.site().title()).append(" – ").append(view.site().tagline()).append("\n\n");
        underline(text, view.newsletter().item().title(), '=');
        text.append(view.issueLine()).append("\n\n");
        text.append("Bekijk deze nieuwsbrief in uw browser:\n").append(view.webUrl()).append("\n\n");
        if (!foreword.isEmpty()) {
            text.append(foreword).append("\n\n");
        }
        section(text, "Nieuws", view.news(), "Lees verder:");
        section(text, "Agenda", view.events(), "Meer over deze bijeenkomst:");
        text.append(view.footer()).append('\n').append(view.homeUrl()).append('\n');
        return TextWrap.wrap(text.toString());
    }

    private static void section(StringBuilder text, String heading, List<MailItem> items, String linkLabel) {
        if (items.isEmpty()) {
            return;
        }
        underline(text, heading, '-');
        for (MailItem item : items) {
            text.append(item.title()).append('\n').append(item.when()).append('\n');
            if (!item.where().isEmpty()) {
                text.append("Plaats: ").append(item.where()).append('\n');
            }
            if (!item.summary().isEmpty()) {
                text.append(item.summary()).append('\n');
            }
            text.append(linkLabel).append('\n').append(item.url()).append("\n\n");
        }
    }

    private static void underline(StringBuilder text, String heading, char line) {
        text.append(heading).append('\n').append(String.valueOf(line).repeat(Math.min(heading.length(), TextWrap.WIDTH)))
                .append("\n\n");
    }
}
