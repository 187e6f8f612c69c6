package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.site.Newsletter;
import nl.soneta.site.site.SiteConfig;

/**
 * The e-mail edition of a newsletter issue, with every URL absolute.
 *
 * @param site         the site settings: its title and tagline say who sends the mail
 * @param date         the issue's date in Dutch
 * @param preheader    the line mail programs show after the subject in the inbox
 * @param webUrl       the issue's page on the site ("Bekijk deze nieuwsbrief in uw browser")
 * @param homeUrl      the site's home page
 * @param forewordHtml the foreword with absolute links and inline styles
 */
public record NewsletterMailView(SiteConfig site, Newsletter newsletter, String date, String preheader, String webUrl,
                                 String homeUrl, String forewordHtml, List<MailItem> news, List<MailItem> events) {

    public String documentTitle() {
        return newsletter.item().title() + " – " + site.title();
    }

    /** Who sends the mail and why the reader gets it, in both forms of the mail. */
    public String footer() {
        return "Deze nieuwsbrief komt van " + site.title() + ", " + site.tagline()
                + ". U krijgt hem omdat u zich hebt aangemeld voor de nieuwsbrief.";
    }

    public String issueLine() {
        return "Nummer " + newsletter.number() + " · " + date;
    }
}
