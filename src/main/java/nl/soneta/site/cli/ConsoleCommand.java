package nl.soneta.site.cli;

import java.io.PrintStream;

/** A command that prints to the terminal through streams a test can replace. */
abstract class ConsoleCommand {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
}
