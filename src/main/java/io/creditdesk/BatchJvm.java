package io.creditdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the heavy batch commands ({@code demo}, {@code score}, {@code import}, {@code model}) in a child JVM
 * with options that suit a batch job on a small machine: the parallel collector and a fixed 1 GB heap
 * (ADR 0013). The JVM's defaults on a 2-core machine with a lot of memory (G1, a quarter of the memory
 * as heap) cost {@code score --all} on 250,000 sellers about 2 s of its 10-11 s: more CPU for the
 * collector and a larger, page-faulting young generation (docs/benchmarks.md).
 *
 * <p>Only a plain {@code java -jar creditdesk.jar COMMAND} is re-launched: not when the JVM was given
 * options of the user's own ({@code -X…}, agents; {@code -D} properties are passed on), not inside the
 * installed application (its runtime has no {@code java} command and its launcher sets the options),
 * not when {@code CREDITDESK_BATCH_JVM=off}, and never twice. The child inherits standard input, output
 * and error; its exit code becomes this process's; stopping this process stops the child.
 */
final class BatchJvm {
    static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-Xms1g", "-Xmx1g");
    /** System property that marks the child, so that it runs the command itself. */
    static final String MARK = "creditdesk.batchJvm";
    private static final Set<String> HEAVY = Set.of("demo", "score", "import", "model");

    private BatchJvm() {
    }

    /**
     * The child's command line, or empty when {@code args} should run in this JVM.
     *
     * @param javaHome  this JVM's {@code java.home}
     * @param jvmArgs   this JVM's own options (RuntimeMXBean's input arguments), asked for last
     * @param classPath this JVM's {@code java.class.path}
     * @param mark      this JVM's {@value #MARK} property (set in the child)
     */
    static Optional<List<String>> childCommand(String[] args, Map<String, String> env, String javaHome,
                                               Supplier<List<String>> jvmArgs, String classPath, String mark) {
        if (!HEAVY.contains(command(args)) || mark != null
                || "off".equals(env.get("CREDITDESK_BATCH_JVM")) || classPath == null || classPath.isEmpty()
                || javaHome == null) {
            return Optional.empty();
        }
        Path java = Path.of(javaHome, "bin", isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> own = jvmArgs.get();
        if (own.stream().anyMatch(a -> !a.startsWith("-D"))) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(OPTIONS);
        cmd.addAll(own);
        cmd.add("-D" + MARK + "=child");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /** The command's name: the first argument that is not a global option ({@code --db PATH}, {@code --json}). */
    static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "";
    }

    /** Starts the child and waits for it; returns its exit code. Fails only if it cannot be started. */
    static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "creditdesk-stop-batch-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
