package io.creditdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.AppContext;
import io.creditdesk.DecisionModule;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.decision.UserAccount;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creditdesk users list|add|set-password}. On a database without an admin, every users command
 * first creates {@code admin} with no password; {@code users set-password --user admin} sets it.
 */
@Command(name = "users", description = {"Local users and their roles.",
        "A new database gets an 'admin' without a password: choose it with 'users set-password --user admin'."},
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.SetPassword.class})
public final class UsersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static DecisionModule prepared(AppContext ctx, BaseCommand cmd) {
        DecisionModule m = DecisionCommands.module(ctx);
        if (m.users().ensureInitialAdmin()) {
            cmd.say("Created the initial user 'admin' without a password: choose one with"
                    + " 'creditdesk users set-password --user admin'.");
        }
        return m;
    }

    @Command(name = "list", description = "List the users, their roles and password state.")
    public static final class ListUsers extends BaseCommand {
        @Override
        protected int execute() {
            try (AppContext ctx = openContext()) {
                DecisionModule m = prepared(ctx, this);
                List<Map<String, Object>> json = new ArrayList<>();
                for (UserAccount u : m.users().list()) {
                    String state = !u.passwordSet() ? "no password yet" : u.mustChangePassword()
                            ? "must change password" : "active";
                    say(String.format(Locale.ROOT, "%-16s %-20s %-30s %s", u.username(), u.role().name(),
                            u.displayName(), state));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("username", u.username());
                    row.put("display_name", u.displayName());
                    row.put("role", u.role().name());
                    row.put("password_set", u.passwordSet());
                    row.put("must_change_password", u.mustChangePassword());
                    json.add(row);
                }
                result(json);
                return 0;
            }
        }
    }

    @Command(name = "add", description = {"Add a user with a temporary password (an admin only).",
            "The admin's password comes from $CREDITDESK_PASSWORD, the new user's from $CREDITDESK_NEW_PASSWORD",
            "(else prompts); the new user must change it at first sign-in."})
    public static final class AddUser extends BaseCommand {
        @Option(names = "--as", required = true, paramLabel = "ADMIN", description = "The admin adding the user")
        String admin;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "New user name")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "underwriter | senior-underwriter | credit-manager | admin")
        String role;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name")
        String displayName;

        @Override
        protected int execute() {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (AppContext ctx = openContext()) {
                DecisionModule m = prepared(ctx, this);
                Principal a = DecisionCommands.signIn(m, admin);
                UserAccount u = DecisionCommands.refusalsAsUserErrors(
                        () -> m.users().addUser(a, username, displayName, r, Passwords.fresh(username)));
                say("Added " + u.username() + " (" + u.role().label() + "); the password must be changed at first sign-in.");
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("username", u.username());
                json.put("role", u.role().name());
                json.put("must_change_password", true);
                result(json);
                return 0;
            }
        }
    }

    @Command(name = "set-password", description = {"Set a password.",
            "Without --as: your own ($CREDITDESK_PASSWORD is the current one, $CREDITDESK_NEW_PASSWORD the new one;",
            "a new database's admin has no current password). With --as ADMIN: a temporary password for --user."})
    public static final class SetPassword extends BaseCommand {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose password")
        String username;

        @Option(names = "--as", paramLabel = "ADMIN", description = "An admin resetting another user's password")
        String admin;

        @Override
        protected int execute() {
            try (AppContext ctx = openContext()) {
                DecisionModule m = prepared(ctx, this);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("username", username);
                if (admin != null && !admin.equals(username)) {
                    Principal a = DecisionCommands.signIn(m, admin);
                    DecisionCommands.refusalsAsUserErrors(() -> {
                        m.users().resetPassword(a, username, Passwords.fresh(username));
                        return null;
                    });
                    say("Temporary password set for " + username + "; it must be changed at the next sign-in.");
                    json.put("must_change_password", true);
                } else {
                    Optional<UserAccount> u = m.users().find(username);
                    if (u.isPresent() && !u.get().passwordSet()) {
                        DecisionCommands.refusalsAsUserErrors(
                                () -> m.users().setInitialPassword(username, Passwords.fresh(username)));
                        say("Password set for " + username + ".");
                    } else {
                        DecisionCommands.refusalsAsUserErrors(() -> m.users().changePassword(username,
                                Passwords.current(username), Passwords.fresh(username)));
                        say("Password changed for " + username + ".");
                    }
                    json.put("must_change_password", false);
                }
                result(json);
                return 0;
            }
        }
    }
}
