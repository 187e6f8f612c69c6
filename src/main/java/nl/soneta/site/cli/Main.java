package nl.soneta.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The soneta-site command line: {@code build}, {@code check}, {@code serve}, {@code new} and {@code import}. */
@Command(name = "soneta-site", mixinStandardHelpOptions = true, version = "soneta-site 0.1",
        description = "Bouwt de website van SONETA uit content/ en theme/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, HandbookCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
