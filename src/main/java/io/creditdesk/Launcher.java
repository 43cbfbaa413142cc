package io.creditdesk;

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
        // No arguments (the menu entry, a double click): open the window without first building the
        // whole picocli command tree, which cost ~20% of the start-up to the first window.
        if (args.length == 0 || CreditdeskCommand.opensWorkstation(args)) {
            io.creditdesk.ui.CreditdeskApp.launchWith(args);
            return;
        }
        System.exit(CreditdeskCommand.run(args, System.out, System.err));
    }
}
