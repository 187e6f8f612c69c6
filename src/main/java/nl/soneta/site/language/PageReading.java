package nl.soneta.site.language;

/**
 * How hard one page of the site is to read.
 *
 * @param own whether SONETA wrote the text; a published report is another body's document, so it is measured
 *            for information but not held to B1
 */
public record PageReading(String path, String title, String source, boolean own, ReadingFigures figures) {
}
