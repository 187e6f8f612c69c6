package nl.soneta.site.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.build.SitePipeline;
import nl.soneta.site.render.SiteRenderer;
import nl.soneta.site.site.SiteZone;
import picocli.CommandLine.Option;

/** The options that build, check and serve share. */
final class ProjectOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Map van het project met content/ en theme/ (standaard: de huidige map).")
    Path root = Path.of(".");

    @Option(names = "--base-url", paramLabel = "URL", description = "Adres waar de site komt te staan; vervangt baseUrl uit content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Neem concepten (draft: true) op.")
    boolean drafts;

    @Option(names = "--quiet", description = "Toon alleen problemen.")
    boolean quiet;

    @Option(names = "--today", paramLabel = "JJJJ-MM-DD",
            description = "Bouw de site zoals hij op die dag is (standaard: vandaag in Almere).")
    LocalDate today;

    /** Builds with progress on the terminal and every problem listed; returns the exit code (1 on content errors). */
    int buildAndReport(BuildOptions options) {
        Reporter reporter = new Reporter(System.out, System.err, quiet);
        BuildResult result = new SitePipeline(SiteRenderer.precompiled(), reporter).build(options);
        return reporter.finish(result, "Klaar: " + result.pages() + " pagina's in " + Reporter.seconds(result.took())
                + " naar " + options.out());
    }

    BuildOptions toBuildOptions(Path out) {
        Path project = root.toAbsolutePath().normalize();
        Path output = out == null ? project.resolve("target").resolve("site") : out.toAbsolutePath().normalize();
        // the only clock read of a build: with --today, the same content gives the same bytes on any day
        LocalDate day = today != null ? today : LocalDate.now(SiteZone.ALMERE);
        return new BuildOptions(project, output, Optional.ofNullable(baseUrl), drafts, day);
    }
}
