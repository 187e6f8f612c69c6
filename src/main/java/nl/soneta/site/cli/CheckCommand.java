package nl.soneta.site.cli;

import java.util.concurrent.Callable;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.build.SitePipeline;
import nl.soneta.site.render.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Controleert alle content en bouwt de site in het geheugen, zonder iets te schrijven.")
final class CheckCommand extends ConsoleCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (standaard) of github: elke melding als GitHub Actions-annotatie.")
    DiagnosticFormat format = DiagnosticFormat.TEXT;

    @Option(names = "--taal", paramLabel = "AANTAL", defaultValue = "5",
            description = "Toon de AANTAL eigen pagina's die het moeilijkst te lezen zijn (standaard 5, 0 = niet tonen).")
    int hardestPages;

    @Option(names = "--met-rapporten", description = "Neem in die lijst ook de gepubliceerde rapporten op.")
    boolean withReports;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(stdout, stderr, project.quiet, format);
        BuildResult result = new SitePipeline(SiteRenderer.precompiled(), reporter).check(project.toBuildOptions(null));
        int exit = reporter.finish(result, "Geen fouten: " + result.pages() + " pagina's gecontroleerd in "
                + Reporter.seconds(result.took()));
        // The GitHub format stays workflow commands only; reading levels are information, not annotations.
        if (format == DiagnosticFormat.TEXT && !project.quiet) {
            HardestPagesReport.print(result.readingLevels(), hardestPages, withReports, stdout);
        }
        return exit;
    }
}
