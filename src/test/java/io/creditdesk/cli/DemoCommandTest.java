package io.creditdesk.cli;

import static io.creditdesk.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    String db(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void demoPrintsTheSameJsonSummaryIntoTwoEmptyDatabases() {
        CommandLineTest.Run a = run("demo", "--db", db("a"), "--sellers", "40", "--seed", "7", "--json");
        CommandLineTest.Run b = run("demo", "--db", db("b"), "--sellers", "40", "--seed", "7", "--json");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).isZero();
        assertThat(a.lastLine()).matches("\\{\"sellers\":40,\"orders\":\\d+,\"gmv\":\\d+\\.\\d\\d,\"loans\":\\d+,"
                + "\"defaults\":\\d+,\"default_rate\":\\d\\.\\d{4},\"open_applications\":\\d+}");
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(a.out()).contains("Sellers:").contains("Open applications:");
        CommandLineTest.Run status = run("status", "--db", db("a"), "--json");
        assertThat(status.lastLine()).contains("\"sellers\":40").contains("\"as_of\":\"2026-10-31\"");
    }

    @Test
    void demoRefusesToOverwriteSellersUnlessAskedToReplace() {
        assertThat(run("demo", "--db", db("r"), "--sellers", "5", "--quiet").code()).isZero();
        CommandLineTest.Run again = run("demo", "--db", db("r"), "--sellers", "6");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds 5 sellers").contains("--replace");
        assertThat(run("status", "--db", db("r"), "--json").lastLine()).contains("\"sellers\":5");
        CommandLineTest.Run replaced = run("demo", "--db", db("r"), "--sellers", "6", "--replace", "--json");
        assertThat(replaced.code()).isZero();
        assertThat(replaced.lastLine()).startsWith("{\"sellers\":6,");
    }

    @Test
    void badArgumentsGiveAClearMessageAndExitCode2() {
        CommandLineTest.Run zero = run("demo", "--db", db("x"), "--sellers", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("sellers must be between 1 and");
        CommandLineTest.Run date = run("demo", "--db", db("x"), "--as-of", "2026-13-40");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--as-of").contains("2026-13-40");
        CommandLineTest.Run months = run("demo", "--db", db("x"), "--months", "0");
        assertThat(months.code()).isEqualTo(2);
        assertThat(months.err()).contains("months must be between 1 and");
        assertThat(run("demo", "--db", db("x"), "--sellers", "many").code()).isEqualTo(2);
    }
}
