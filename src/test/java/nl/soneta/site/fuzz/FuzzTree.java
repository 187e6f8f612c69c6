package nl.soneta.site.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;

/**
 * A project folder with a small valid site (the items the fuzzer's valid values refer to) and a batch of
 * fuzzed files, each in its own file, checked in one run of the real pipeline.
 */
final class FuzzTree {
    static final String PUBLICATION = """
            ---
            title: Fuzz-publicatie
            date: 2026-06-01
            publisher: Testnet
            summary: Een publicatie met hoofdstukken.
            ---
            Inleiding.
            """;

    private FuzzTree() {
    }

    static SiteFixture write(Path root, List<FuzzCase> cases) {
        deleteTree(root);
        SiteFixture site = SiteFixture.in(root).file("content/site.yaml", FixtureSites.SITE_YAML)
                .file("content/paginas/over.md", "---\ntitle: Over ons\nsummary: Wie wij zijn.\n---\nWij zijn het Testnet.\n")
                .file("content/themas/fuzz-thema.md", "---\ntitle: Thema\nsummary: Een thema.\norder: 1\n---\nTekst.\n")
                .file("content/publicaties/fuzz-bron.md", PUBLICATION)
                .file("content/organisaties/fuzz-org.md", """
                        ---
                        title: Organisatie
                        summary: Een organisatie.
                        kind: belangenorganisatie
                        themes: [fuzz-thema]
                        audiences: [ouderen]
                        sources: [fuzz-bron]
                        ---
                        Tekst.
                        """)
                .file("content/nieuws/fuzz-nieuws.md", "---\ntitle: Nieuws\ndate: 2026-11-01\nsummary: Nieuws.\n---\nTekst.\n")
                .file("content/agenda/fuzz-agenda.md",
                        "---\ntitle: Bijeenkomst\nstart: 2027-01-14T19:30\nlocation: Stadhuis\nsummary: Kom.\n---\nTekst.\n")
                .bytes("content/media/fuzz.pdf", "%PDF-1.4\n%fuzz\n".getBytes(StandardCharsets.US_ASCII));
        for (FuzzCase fuzzCase : cases) {
            fuzzCase.companions().forEach((path, text) -> site.file("content/" + path, text));
            site.bytes("content/" + fuzzCase.path(), fuzzCase.bytes());
        }
        return site;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
