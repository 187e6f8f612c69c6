package nl.soneta.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.build.SitePipeline;
import nl.soneta.site.render.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bouwt de site naar target/site (of --out). Bij een fout blijft de vorige site staan.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Map voor de gebouwde site (standaard: target/site).")
    Path out;

    @Override
    public Integer call() {
        BuildOptions options = project.toBuildOptions(out);
        Reporter reporter = new Reporter(System.out, System.err, project.quiet);
        BuildResult result = new SitePipeline(SiteRenderer.precompiled(), reporter).build(options);
        return reporter.finish(result, "Klaar: " + result.pages() + " pagina's in " + Reporter.seconds(result.took())
                + " naar " + options.out());
    }
}
