package io.creditdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String JAVA = Path.of(JAVA_HOME, "bin", "java").toString();

    @TempDir
    Path dir;

    private static Optional<List<String>> child(List<String> jvmArgs, Map<String, String> env, String mark,
                                                String... args) {
        return BatchJvm.childCommand(args, env, JAVA_HOME, () -> jvmArgs, "app.jar", mark);
    }

    @Test
    void aHeavyCommandFromAPlainJavaRunsInAChildWithTheBatchOptionsAndTheUsersProperties() {
        assertThat(child(List.of("-Dx=1"), Map.of(), null, "score", "--all", "--db", "/tmp/my db")).contains(List.of(
                JAVA, "-XX:+UseParallelGC", "-Xms1g", "-Xmx1g", "-Dx=1", "-Dcreditdesk.batchJvm=child", "-cp", "app.jar",
                "io.creditdesk.Launcher", "score", "--all", "--db", "/tmp/my db"));
        for (String command : List.of("demo", "import", "model")) {
            assertThat(child(List.of(), Map.of(), null, command)).isPresent();
        }
        assertThat(child(List.of(), Map.of(), null, "--db", "/tmp/x", "--json", "score", "--all")).isPresent();
        assertThat(child(List.of(), Map.of(), null, "--db=/tmp/x", "demo")).isPresent();
    }

    @Test
    void lightCommandsTheUsersOwnOptionsTheChildItselfAndTheOffSwitchStayInThisJvm() {
        assertThat(child(List.of(), Map.of(), null, "status")).isEmpty();
        assertThat(child(List.of(), Map.of(), null, "--help")).isEmpty();
        assertThat(child(List.of(), Map.of(), null)).isEmpty();
        assertThat(child(List.of("-Xmx4g"), Map.of(), null, "score", "--all")).isEmpty();
        assertThat(child(List.of("-javaagent:x.jar"), Map.of(), null, "demo")).isEmpty();
        assertThat(child(List.of(), Map.of(), "child", "demo")).isEmpty();
        assertThat(child(List.of(), Map.of("CREDITDESK_BATCH_JVM", "off"), null, "demo")).isEmpty();
        assertThat(BatchJvm.childCommand(new String[] {"demo"}, Map.of(), dir.toString(), List::of, "app.jar", null))
                .as("a runtime without a java command (the installed application)").isEmpty();
    }

    /** The real launcher, as `java -cp … io.creditdesk.Launcher demo …` starts it. */
    private Process launch(Path logs, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Dcreditdesk.logdir=" + logs, "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void theDemoCommandRunsInTheBatchJvmAndItsOutputAndExitCodeComeThrough() throws Exception {
        Path logs = dir.resolve("logs");
        Process p = launch(logs, "demo", "--db", dir.resolve("a").toString(), "--sellers", "30", "--seed", "7",
                "--quiet", "--json");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("{\"sellers\":30,");
        assertThat(Files.readString(logs.resolve("creditdesk.log")))
                .contains("Running demo in a batch JVM (-XX:+UseParallelGC -Xms1g -Xmx1g)");

        Process bad = launch(logs, "demo", "--db", dir.resolve("b").toString(), "--sellers", "many");
        String err = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("many");
    }
}
