package io.creditdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CreditdeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        for (String name : CreditdeskCommand.commandLine().getSubcommands().keySet()) {
            assertThat(r.out()).contains(name);
        }
    }

    @Test
    void unknownCommandIsABadArgumentWithExitCode2() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate").contains("--help");
    }

    @Test
    void unknownOptionNamesTheOption() {
        Run r = run("status", "--colour");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--colour");
    }

    @Test
    void statusOnAFreshDatabasePrintsJsonOnTheLastLine() {
        Run r = run("status", "--db", dir.resolve("s").toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.lastLine()).startsWith("{").contains("\"sellers\":0").contains("\"schema_version\"");
    }

    @Test
    void noArgumentsOrOnlyDbOpensTheWorkstation() {
        assertThat(CreditdeskCommand.opensWorkstation(new String[0])).isTrue();
        assertThat(CreditdeskCommand.opensWorkstation(new String[] {"--db", "x"})).isTrue();
        assertThat(CreditdeskCommand.opensWorkstation(new String[] {"status"})).isFalse();
        assertThat(CreditdeskCommand.opensWorkstation(new String[] {"--help"})).isFalse();
    }
}
