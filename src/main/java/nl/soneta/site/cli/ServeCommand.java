package nl.soneta.site.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.serve.StaticFileServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Bouwt de site naar target/preview en toont hem op http://localhost:PORT/.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--port", paramLabel = "N", description = "Poort (standaard: 8080).")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        project.baseUrl = "http://localhost:" + port + "/";
        BuildOptions options = project.toBuildOptions(project.root.resolve("target").resolve("preview"));
        int exit = project.buildAndReport(options);
        if (exit != 0) {
            return exit;
        }
        try (StaticFileServer server = new StaticFileServer(options.out(), "", port)) {
            server.start();
            System.out.println("De site staat op http://localhost:" + server.port() + "/ (stop met Ctrl+C)");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
