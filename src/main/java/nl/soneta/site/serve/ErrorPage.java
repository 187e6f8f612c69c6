package nl.soneta.site.serve;

import java.util.List;
import nl.soneta.site.content.Diagnostic;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows instead of the site while the content has errors: every error at its file, line and
 * column, with its hint, in Dutch. It carries the reload script like every preview page, so saving the fix shows
 * the site again. Everything from the content is escaped.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Fout in de content – voorbeeld</title>
                <link rel="stylesheet" href="/_soneta/preview.css">
                </head>
                <body>
                <main class="preview-errors">
                <h1>De site kan niet worden bijgewerkt</h1>
                """);
        html.append("<p>").append(errors.size() == 1 ? "Er is 1 fout" : "Er zijn " + errors.size() + " fouten")
                .append(" gevonden. Herstel ").append(errors.size() == 1 ? "hem" : "ze")
                .append(" en sla het bestand op: deze pagina laadt dan vanzelf opnieuw.</p>\n<ol>\n");
        for (Diagnostic error : errors) {
            html.append("<li><p><code>").append(escape(error.position().toString())).append("</code></p>\n<p>")
                    .append(escape(error.message())).append("</p>\n");
            if (error.hint() != null && !error.hint().isEmpty()) {
                html.append("<p>Tip: ").append(escape(error.hint())).append("</p>\n");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
