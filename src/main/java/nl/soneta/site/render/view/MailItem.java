package nl.soneta.site.render.view;

/**
 * A news item or meeting in the e-mail edition of the newsletter.
 *
 * @param url   the absolute URL of its page: a mail has no site to be relative to
 * @param when  the Dutch date, or for a meeting its day and time
 * @param where the place of a meeting; empty for news
 */
public record MailItem(String title, String url, String when, String where, String summary) {
}
