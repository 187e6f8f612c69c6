package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GithubAnnotationTest {

    @Test
    void messageEscapesPercentAndLineBreaksOnly() {
        Diagnostic d = new Diagnostic(Severity.ERROR, new SourcePosition("content/nieuws/a.md", 3, 7),
                "100% fout: a,b\r\nnieuwe regel", "hint: x");
        assertEquals("::error file=content/nieuws/a.md,line=3,col=7,title=Fout in de content"
                + "::100%25 fout: a,b%0D%0Anieuwe regel — hint: x", GithubAnnotation.of(d));
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        Diagnostic d = new Diagnostic(Severity.WARNING, new SourcePosition("content/paginas/a,b:c%.md", 1, 1),
                "let op", "");
        assertEquals("::warning file=content/paginas/a%2Cb%3Ac%25.md,line=1,col=1,title=Waarschuwing over de content"
                + "::let op", GithubAnnotation.of(d));
    }

    @Test
    void escapingOrderDoesNotDoubleEscape() {
        assertEquals("%253A", GithubAnnotation.property("%3A"));
        assertEquals("%3A%2C%0A", GithubAnnotation.property(":,\n"));
    }
}
