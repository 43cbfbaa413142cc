package io.creditdesk;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;

import io.creditdesk.cli.CreditdeskCommand;

/**
 * Plain {@code main}: opens the workstation when no command is given, otherwise runs the command
 * line without ever starting the JavaFX toolkit. Not a JavaFX {@code Application} on purpose, so the
 * jar runs from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("creditdesk.logdir") == null) {
            System.setProperty("creditdesk.logdir", DataLocation.userDataDirectory(System.getenv(),
                    System.getProperty("os.name"), System.getProperty("user.home")).resolve("logs").toString());
        }
        // No command (the menu entry, a double click): open the window without first building the whole
        // picocli command tree, which cost ~20% of the start-up to the first window. With a command word,
        // the tree is built once, by the command itself (0.1-0.2 s in a fresh JVM).
        if (args.length == 0 || BatchJvm.command(args).isEmpty() && CreditdeskCommand.opensWorkstation(args)) {
            io.creditdesk.ui.CreditdeskApp.launchWith(args);
            return;
        }
        Optional<List<String>> child = BatchJvm.childCommand(args, System.getenv(), System.getProperty("java.home"),
                () -> ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                System.getProperty(BatchJvm.MARK));
        if (child.isPresent()) {
            try {
                System.exit(BatchJvm.run(child.get()));
            } catch (IOException e) {
                LoggerFactory.getLogger(Launcher.class).warn("Could not start a batch JVM, running {} here",
                        BatchJvm.command(args), e);
            }
        } else if (System.getProperty(BatchJvm.MARK) != null) {
            LoggerFactory.getLogger(Launcher.class).info("Running {} in a batch JVM ({})", BatchJvm.command(args),
                    String.join(" ", BatchJvm.OPTIONS));
        }
        System.exit(CreditdeskCommand.run(args, System.out, System.err));
    }
}
