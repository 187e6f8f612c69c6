package nl.soneta.site.render;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.render.view.MailItem;
import nl.soneta.site.render.view.NewsletterMailView;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Newsletter;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/**
 * The e-mail edition of every newsletter issue, next to its web page: {@code e-mail.html} for editors to paste
 * into their mailing tool, and {@code e-mail.txt}, its plain-text alternative. Neither is a page of the site:
 * they stay out of the sitemap and the search index, and the HTML form carries its styles inline.
 */
final class NewsletterMail {
    static final String TEMPLATE = "email/newsletter.jte";

    private final TemplateEngine engine;
    private final Site site;
    private final RenderedBodies bodies;
    private final BaseUrl baseUrl;

    NewsletterMail(TemplateEngine engine, Site site, RenderedBodies bodies) {
        this.engine = engine;
        this.site = site;
        this.bodies = bodies;
        this.baseUrl = site.config().baseUrl();
    }

    List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        for (Newsletter newsletter : site.newsletters()) {
            String path = newsletter.item().path();
            MailForeword foreword = MailForeword.of(bodies.of(newsletter).html(), baseUrl.absolute(path));
            NewsletterMailView view = view(newsletter, foreword);
            StringOutput html = new StringOutput(16384);
            engine.render(TEMPLATE, view, html);
            files.add(file(SitePaths.newsletterMailHtml(path), html.toString()));
            files.add(file(SitePaths.newsletterMailText(path), MailText.of(view, foreword.text())));
        }
        return files;
    }

    private NewsletterMailView view(Newsletter newsletter, MailForeword foreword) {
        String summary = newsletter.item().hasSummary() ? newsletter.item().summary() : site.config().description();
        return new NewsletterMailView(site.config(), newsletter, DutchDates.date(newsletter.date()), summary,
                baseUrl.absolute(newsletter.item().path()), baseUrl.absolute(SitePaths.HOME), foreword.html(),
                site.news(newsletter.news()).stream().map(this::item).toList(),
                site.events(newsletter.events()).stream().map(this::item).toList());
    }

    private MailItem item(NewsItem news) {
        return new MailItem(news.item().title(), baseUrl.absolute(news.item().path()), DutchDates.date(news.date()), "",
                summaryOf(news.item()));
    }

    private MailItem item(Event event) {
        return new MailItem(event.item().title(), baseUrl.absolute(event.item().path()),
                DutchDates.day(event.start()) + ", " + DutchDates.timeRange(event.start(), event.end()), event.location(),
                summaryOf(event.item()));
    }

    private static String summaryOf(nl.soneta.site.site.Item item) {
        return item.hasSummary() ? item.summary() : "";
    }

    private static OutputFile file(String sitePath, String text) {
        return new OutputFile(SitePaths.outputFile(sitePath), text.getBytes(StandardCharsets.UTF_8));
    }
}
