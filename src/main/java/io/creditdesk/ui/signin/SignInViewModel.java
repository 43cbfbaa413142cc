package io.creditdesk.ui.signin;

import java.util.function.Consumer;

import io.creditdesk.decision.Principal;
import io.creditdesk.decision.SignInException;
import io.creditdesk.decision.UserService;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in with the local users. An account without a password (a new database's admin) chooses
 * one here first. PBKDF2 hashing is slow on purpose, so it runs in the background.
 */
public final class SignInViewModel {
    private final UserService users;
    private final BackgroundTasks tasks;
    private final Consumer<Principal> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty choosingPassword = new SimpleBooleanProperty();

    public SignInViewModel(UserService users, BackgroundTasks tasks, Consumer<Principal> onSignedIn) {
        this.users = users;
        this.tasks = tasks;
        this.onSignedIn = onSignedIn;
    }

    public void signIn() {
        String user = username.get().trim();
        char[] pw = password.get().toCharArray();
        char[] chosen = newPassword.get().toCharArray();
        boolean choosing = choosingPassword.get();
        busy.set(true);
        error.set("");
        tasks.run(p -> {
            try {
                return new Result(choosing ? users.setInitialPassword(user, chosen) : users.authenticate(user, pw), false);
            } catch (SignInException e) {
                if (e.passwordNotSet()) {
                    return new Result(null, true);
                }
                throw e;
            }
        }).onSuccess(r -> {
            busy.set(false);
            password.set("");
            newPassword.set("");
            if (r.needsPassword()) {
                choosingPassword.set(true);
            } else {
                onSignedIn.accept(r.principal());
            }
        }).onFailure(m -> {
            busy.set(false);
            password.set("");
            error.set(m);
        }).start();
    }

    private record Result(Principal principal, boolean needsPassword) {
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty newPassword() {
        return newPassword;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty choosingPassword() {
        return choosingPassword;
    }
}
