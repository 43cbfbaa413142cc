package io.creditdesk.cli;

import picocli.CommandLine.Command;

/**
 * {@code creditdesk bench WHAT}: the benchmarks behind docs/benchmarks.md. Each prints its figures
 * (and with --json a JSON object on the last line). Benchmarks measure; they never pass or fail on time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures (see docs/benchmarks.md).",
        subcommands = {BenchSellersCommand.class, JournalBenchCommand.class, OfferBench.class,
                DemoBenchCommand.class, ScoringBenchCommand.class, ModelsBenchCommand.class, BenchWorkspaceCommand.class,
                PortfolioBenchCommand.class, ImportBenchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
