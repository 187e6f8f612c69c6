package nl.soneta.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.render.SiteRenderer;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pages the preview renders again for a change: the dependency graph that the view comparison gives. */
class PreviewBuildTest {
    private static final String ORGANISATION = "/organisaties/ouderenbond/";
    private static final Set<String> NEWS = Set.of("/nieuws/nieuws-1/", "/nieuws/nieuws-2/", "/nieuws/nieuws-3/",
            "/nieuws/nieuws-4/", "/nieuws/nieuws-5/");

    @TempDir
    Path root;
    private PreviewBuild build;
    private Rebuild first;

    @BeforeEach
    void buildOnce() {
        FixtureSites.complete(root);
        build = new PreviewBuild(new BuildOptions(root, root.resolve("unused"), Optional.of("http://localhost:8080/"),
                true, SiteFixture.TODAY), SiteRenderer.precompiled());
        first = build.rebuild(Set.of());
        assertTrue(first.succeeded(), () -> first.diagnostics().all().toString());
    }

    @Test
    void theFirstBuildRendersEveryPageAndANoChangeRebuildNone() {
        assertTrue(first.rendered().containsAll(Set.of("/", ORGANISATION, "/nieuws/concept/", "/404.html")),
                "drafts are part of the preview");
        Rebuild again = build.rebuild(Set.of());
        assertEquals(Set.of(), again.rendered());
        assertEquals(0, again.changedFiles());
    }

    @Test
    void aChangedSummaryRendersExactlyThePagesThatShowIt() {
        Rebuild rebuild = edit("content/organisaties/ouderenbond.md", "summary: Organisatie ouderenbond.",
                "summary: Ouderen helpen ouderen.");

        assertTrue(rebuild.rendered().containsAll(Set.of(ORGANISATION, "/organisaties/", "/organisaties/thema/eenzaamheid/",
                        "/themas/eenzaamheid/", "/")),
                rebuild.rendered().toString());
        // everything else rendered again is a page that shows a card of it ("Gerelateerd"); news pages do not
        Set<String> showingIt = new TreeSet<>();
        build.site().files().forEach((file, bytes) -> {
            if (file.endsWith(".html") && new String(bytes, StandardCharsets.UTF_8).contains("Ouderen helpen ouderen.")) {
                showingIt.add(sitePath(file));
            }
        });
        assertEquals(showingIt, rebuild.rendered());
        NEWS.forEach(news -> assertFalse(rebuild.rendered().contains(news), news));
        assertFalse(rebuild.rendered().contains("/organisaties/thema/armoede/"), "a filter page it is not on");
    }

    @Test
    void aChangedBodyRendersOnlyItsOwnPage() {
        Rebuild rebuild = edit("content/organisaties/ouderenbond.md", "Wij helpen.", "Wij helpen ouderen thuis.");

        assertEquals(Set.of(ORGANISATION), rebuild.rendered());
        assertTrue(page(ORGANISATION).contains("Wij helpen ouderen thuis."));
    }

    @Test
    void aChangedTemplateRendersEveryPage() {
        Rebuild rebuild = build.rebuild(Set.of(root.resolve("theme/templates/layout/page.jte")));

        assertEquals(first.rendered(), rebuild.rendered());
    }

    @Test
    void aNewOrganisationAppearsWithItsListsThemeAndHome() throws IOException {
        Files.writeString(root.resolve("content/organisaties/buurtkamer.md"), """
                ---
                title: Buurtkamer
                summary: Een buurtkamer in Haven.
                kind: belangenorganisatie
                themes: [armoede]
                audiences: [ouderen]
                sources: [verslag]
                ---
                Koffie en een praatje.
                """);
        Rebuild rebuild = build.rebuild(Set.of(root.resolve("content/organisaties/buurtkamer.md")));

        assertTrue(rebuild.rendered().containsAll(Set.of("/organisaties/buurtkamer/", "/organisaties/",
                "/organisaties/thema/armoede/", "/organisaties/voor/ouderen/", "/themas/armoede/", "/")),
                rebuild.rendered().toString());
        assertFalse(rebuild.rendered().contains("/themas/eenzaamheid/"), "not one of its themes");
        NEWS.forEach(news -> assertFalse(rebuild.rendered().contains(news), news));
        assertTrue(page("/organisaties/buurtkamer/").contains("Koffie en een praatje."));
    }

    @Test
    void aDeletedOrganisationDisappearsFromItsListsAndTheSite() throws IOException {
        Files.delete(root.resolve("content/organisaties/jongerenraad.md"));
        Rebuild rebuild = build.rebuild(Set.of(root.resolve("content/organisaties/jongerenraad.md")));

        assertEquals(Set.of("/organisaties/jongerenraad/"), rebuild.removed());
        assertFalse(build.site().files().containsKey("organisaties/jongerenraad/index.html"));
        assertTrue(rebuild.rendered().containsAll(Set.of("/organisaties/", "/themas/eenzaamheid/", "/")),
                rebuild.rendered().toString());
        assertFalse(page("/organisaties/").contains("Jongerenraad"));
        NEWS.forEach(news -> assertFalse(rebuild.rendered().contains(news), news));
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndReportsItUntilFixed() {
        Rebuild broken = edit("content/organisaties/ouderenbond.md", "kind: belangenorganisatie", "kind: [");

        assertFalse(broken.succeeded());
        assertTrue(build.site().isBroken());
        assertEquals("content/organisaties/ouderenbond.md", build.site().errors().get(0).position().path());
        assertTrue(page(ORGANISATION).contains("Wij helpen."), "the last good page is kept");

        Rebuild fixed = edit("content/organisaties/ouderenbond.md", "kind: [", "kind: belangenorganisatie");
        assertTrue(fixed.succeeded());
        assertFalse(build.site().isBroken());
    }

    /**
     * Unchanged files are not parsed again; their problems must still be reported on every rebuild: those of the
     * parse (replayed) and those the model finds in their fields later (reported to the new rebuild).
     */
    @Test
    void problemsOfUnchangedFilesAreReportedOnEveryRebuild() {
        edit("content/organisaties/ouderenbond.md", "kind: belangenorganisatie", "kind: [");
        // a date is read, and found wrong, when the model is built: after the parse
        Rebuild both = edit("content/organisaties/buurthulp.md", "checked: 2026-10-01", "checked: 2026-10-41");
        List<String> problems = locations(both);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/organisaties/ouderenbond.md:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/organisaties/buurthulp.md:")), problems.toString());

        assertEquals(problems, locations(build.rebuild(Set.of())), "nothing changed, the same problems");
        assertEquals(problems, locations(edit("content/nieuws/nieuws-1.md", "Bericht 1.", "Bericht een.")),
                "another file changed, the same problems");

        edit("content/organisaties/ouderenbond.md", "kind: [", "kind: belangenorganisatie");
        Rebuild fixed = edit("content/organisaties/buurthulp.md", "checked: 2026-10-41", "checked: 2026-10-01");
        assertTrue(fixed.succeeded(), () -> fixed.diagnostics().all().toString());
    }

    private static List<String> locations(Rebuild rebuild) {
        return rebuild.diagnostics().all().stream().map(d -> d.position() + " " + d.message()).sorted().toList();
    }

    @Test
    void theSearchIndexIsRefreshedOnRequestAndNeverOverAnError() {
        edit("content/organisaties/ouderenbond.md", "title: Ouderenbond", "title: Ouderenbond Zonnebloemhuis");
        assertTrue(build.isSearchStale());
        assertFalse(searchIndexMentions("Zonnebloemhuis"), "the index is kept between refreshes");

        Optional<Rebuild> refreshed = build.applySearch(PreviewBuild.computeSearch(build.searchInput().orElseThrow()));
        assertTrue(refreshed.isPresent());
        assertFalse(build.isSearchStale());
        assertTrue(searchIndexMentions("Zonnebloemhuis"));

        edit("content/organisaties/ouderenbond.md", "kind: belangenorganisatie", "kind: [");
        assertEquals(Optional.empty(), build.applySearch(PreviewBuild.computeSearch(build.searchInput().orElseThrow())));
        assertTrue(build.site().isBroken(), "the error page stays");
    }

    private boolean searchIndexMentions(String word) {
        return build.site().files().entrySet().stream()
                .filter(file -> file.getKey().startsWith("zoeken/index/"))
                .anyMatch(file -> new String(file.getValue(), StandardCharsets.UTF_8).contains(word));
    }

    private Rebuild edit(String file, String from, String to) {
        return build.rebuild(Set.of(SiteFixture.existing(root).replace(file, from, to)));
    }

    private String page(String sitePath) {
        return new String(build.site().files().get(sitePath.substring(1) + "index.html"), StandardCharsets.UTF_8);
    }

    /** The inverse of SitePaths.outputFile: a folder's index.html is the folder, any other file is itself. */
    private static String sitePath(String file) {
        return "/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }
}
