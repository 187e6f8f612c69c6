package nl.soneta.site.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on generated pages. */
public final class HtmlChecker {
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final Collector collector = new Collector();

    public HtmlChecker() {
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Nu Html Checker", e);
        }
    }

    /** Every error the checker reports for one page, as {@code file:line:col: message}. */
    public List<String> errors(Path page, String name) {
        collector.reset(name);
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(Files.readAllBytes(page)));
            source.setSystemId(page.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.xml.sax.SAXException e) {
            collector.errors.add(name + ": " + e.getMessage());
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private String name = "";

        void reset(String pageName) {
            errors.clear();
            name = pageName;
        }

        @Override
        public void warning(SAXParseException exception) {
            // Warnings and info messages (such as a trailing slash on a void element) are not failures.
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(name + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
