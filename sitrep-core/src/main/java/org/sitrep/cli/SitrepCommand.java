package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        version = "sitrep 0.1.0",
        description = "Turns news reports about an unfolding crisis into one sourced situation picture.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, WatchCommand.class, EvalCommand.class,
                BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {

    /** Exit code when some inputs were skipped as unreadable but the rest were analysed. */
    public static final int EXIT_SKIPPED_INPUTS = 3;

    /** Names each skipped input and its problem on {@code err}; the exit status says whether any was skipped. */
    static int reportSkipped(java.util.List<org.sitrep.model.SkippedInput> skipped, java.io.PrintWriter err) {
        if (skipped.isEmpty()) {
            return 0;
        }
        err.println("sitrep: " + skipped.size() + " input(s) skipped:");
        skipped.forEach(s -> err.println("  " + s.source() + ": " + s.problem()));
        err.flush();
        return EXIT_SKIPPED_INPUTS;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SitrepCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("sitrep: " + e.getMessage());
                    return 1;
                });
    }
}
