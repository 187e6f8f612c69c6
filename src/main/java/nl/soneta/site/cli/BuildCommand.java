package nl.soneta.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        return project.buildAndReport(project.toBuildOptions(out));
    }
}
