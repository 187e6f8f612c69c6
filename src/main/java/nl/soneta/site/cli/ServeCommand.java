package nl.soneta.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.serve.LivePreview;
import nl.soneta.site.serve.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Toont de site met concepten op http://localhost:PORT/ en werkt hem bij zodra u een bestand opslaat.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--port", paramLabel = "N", description = "Poort (standaard: 8080).")
    int port = 8080;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // shared with build and check, but the preview decides both itself: say so instead of ignoring them
        for (String fixed : new String[] {"--base-url", "--drafts"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(fixed)) {
                throw new ParameterException(spec.commandLine(), fixed + " werkt niet bij serve: de preview staat altijd op "
                        + "http://localhost:PORT/ en toont altijd concepten");
            }
        }
        project.baseUrl = "http://localhost:" + port + "/";
        // the preview is where editors look at their drafts before publishing them
        project.drafts = true;
        Path target = project.root.toAbsolutePath().normalize().resolve("target");
        BuildOptions options = project.toBuildOptions(target.resolve("preview"));
        Reporter reporter = new Reporter(System.out, System.err, project.quiet);
        try (LivePreview preview = LivePreview.start(options, port, rebuild -> report(reporter, rebuild))) {
            System.out.println("De site staat op http://localhost:" + preview.port()
                    + "/ en wordt bijgewerkt als u een bestand opslaat (stop met Ctrl+C)");
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private static void report(Reporter reporter, Rebuild rebuild) {
        reporter.finish(rebuild.result(), "Bijgewerkt: " + rebuild.rendered().size() + " pagina's opnieuw gemaakt in "
                + rebuild.took().toMillis() + " ms");
    }
}
