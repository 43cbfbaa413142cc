package io.creditdesk.decision;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Local users: sign-in, the demo users, a new database's first admin, and user administration by an
 * admin. Passwords are PBKDF2 hashes ({@link PasswordHasher}); every change to a user is journaled
 * (kind {@code user}), never the password or its hash.
 */
public final class UserService {
    public static final String JOURNAL_KIND = "user";
    /** The demo database's password for every demo user. Demo only. */
    public static final String DEMO_PASSWORD = "demo";
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final DecisionStore store;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserService(DecisionStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates {@code uw}, {@code senior}, {@code manager} and {@code admin} with password {@code demo} where missing. */
    public void ensureDemoUsers() {
        List<UserAccount> demo = List.of(
                new UserAccount("uw", "Demo Underwriter", Role.UNDERWRITER, null, false),
                new UserAccount("senior", "Demo Senior Underwriter", Role.SENIOR_UNDERWRITER, null, false),
                new UserAccount("manager", "Demo Credit Manager", Role.CREDIT_MANAGER, null, false),
                new UserAccount("analyst", "Demo Risk Analyst", Role.RISK_ANALYST, null, false),
                new UserAccount("admin", "Demo Administrator", Role.ADMIN, null, false));
        // the hashes (PBKDF2, the slow part) of the accounts that need one are worked out on every core
        // first; the accounts are then written and journaled one by one, in this order
        List<UserAccount> needHash = store.inTransaction(tx -> demo.stream()
                .filter(u -> tx.user(u.username()).map(e -> !e.passwordSet()).orElse(true)).toList());
        Map<String, String> hashes = needHash.parallelStream().collect(java.util.stream.Collectors.toConcurrentMap(
                UserAccount::username, u -> hasher.hash(DEMO_PASSWORD.toCharArray())));
        for (UserAccount u : demo) {
            store.inTransaction(tx -> {
                Optional<UserAccount> existing = tx.user(u.username());
                if (existing.isEmpty()) {
                    String hash = hashes.computeIfAbsent(u.username(), n -> hasher.hash(DEMO_PASSWORD.toCharArray()));
                    tx.insertUser(new UserAccount(u.username(), u.displayName(), u.role(), hash, false));
                    journal(tx, "created", u.username(), u.role(), "demo");
                } else if (!existing.get().passwordSet()) {
                    tx.updatePassword(u.username(),
                            hashes.computeIfAbsent(u.username(), n -> hasher.hash(DEMO_PASSWORD.toCharArray())), false);
                    journal(tx, "password_set", u.username(), existing.get().role(), "demo");
                }
                return null;
            });
        }
    }

    /**
     * On a database with no admin: creates {@code admin} with no password; the first sign-in must
     * choose one ({@link #setInitialPassword}). Returns true when it created the account.
     */
    public boolean ensureInitialAdmin() {
        return store.inTransaction(tx -> {
            boolean hasAdmin = tx.users().stream().anyMatch(u -> u.role() == Role.ADMIN);
            if (hasAdmin || tx.user("admin").isPresent()) {
                return false;
            }
            tx.insertUser(new UserAccount("admin", "Administrator", Role.ADMIN, PasswordHasher.NOT_SET, true));
            journal(tx, "created", "admin", Role.ADMIN, "initial admin, password to be chosen at first sign-in");
            return true;
        });
    }

    /**
     * Signs in. An unknown user and a wrong password give the same message and take the same time.
     * A principal with {@code mustChangePassword} may only change its password.
     */
    public Principal authenticate(String username, char[] password) {
        try {
            Optional<UserAccount> found = username == null ? Optional.empty()
                    : store.inTransaction(tx -> tx.user(username.trim()));
            if (found.isEmpty()) {
                hasher.burn(password);
                throw new SignInException(SignInException.BAD_CREDENTIALS, false);
            }
            UserAccount u = found.get();
            if (!u.passwordSet()) {
                throw new SignInException("The account " + u.username() + " has no password yet: choose one first"
                        + " (creditdesk users set-password --user " + u.username() + ").", true);
            }
            if (!hasher.verify(password, u.passwordHash())) {
                throw new SignInException(SignInException.BAD_CREDENTIALS, false);
            }
            return principal(u);
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** The first password of an account that has none (a new database's admin). */
    public Principal setInitialPassword(String username, char[] newPassword) {
        try {
            checkStrength(username, newPassword);
            return store.inTransaction(tx -> {
                UserAccount u = tx.user(username).filter(a -> !a.passwordSet())
                        .orElseThrow(() -> new DecisionRefusedException("Only an account without a password can be given"
                                + " its first password this way; sign in and change it instead."));
                tx.updatePassword(username, hasher.hash(newPassword), false);
                journal(tx, "password_set", username, u.role(), "first password");
                return principal(new UserAccount(u.username(), u.displayName(), u.role(), "set", false));
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    /** A user changes their own password (also the way out of {@code mustChangePassword}). */
    public Principal changePassword(String username, char[] oldPassword, char[] newPassword) {
        try {
            Principal p = authenticate(username, oldPassword);
            checkStrength(username, newPassword);
            return store.inTransaction(tx -> {
                tx.updatePassword(p.username(), hasher.hash(newPassword), false);
                journal(tx, "password_changed", p.username(), p.role(), "by the user");
                return new Principal(p.username(), p.displayName(), p.role(), false);
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    /** An admin adds a user with a temporary password, to be changed at first sign-in. */
    public UserAccount addUser(Principal admin, String username, String displayName, Role role,
                               char[] temporaryPassword) {
        try {
            String name = username == null ? "" : username.trim();
            if (!USERNAME.matcher(name).matches()) {
                throw new DecisionRefusedException("A user name is 2-64 characters: lower-case letters, digits, '.', '_' or '-'.");
            }
            checkStrength(name, temporaryPassword);
            return store.inTransaction(tx -> {
                requireAdmin(tx, admin);
                if (tx.user(name).isPresent()) {
                    throw new DecisionRefusedException("The user " + name + " already exists.");
                }
                UserAccount u = new UserAccount(name, displayName == null || displayName.isBlank() ? name
                        : displayName.strip(), role, hasher.hash(temporaryPassword), true);
                tx.insertUser(u);
                journal(tx, "created", name, role, "by " + admin.username());
                return u;
            });
        } finally {
            PasswordHasher.wipe(temporaryPassword);
        }
    }

    /** An admin gives a user a temporary password (to be changed at the next sign-in). */
    public void resetPassword(Principal admin, String username, char[] temporaryPassword) {
        try {
            checkStrength(username, temporaryPassword);
            store.inTransaction(tx -> {
                requireAdmin(tx, admin);
                UserAccount u = tx.user(username)
                        .orElseThrow(() -> new DecisionRefusedException("No user " + username + "."));
                tx.updatePassword(username, hasher.hash(temporaryPassword), true);
                journal(tx, "password_reset", username, u.role(), "by " + admin.username());
                return null;
            });
        } finally {
            PasswordHasher.wipe(temporaryPassword);
        }
    }

    public List<UserAccount> list() {
        return store.inTransaction(DecisionStore.Tx::users);
    }

    public Optional<UserAccount> find(String username) {
        return store.inTransaction(tx -> tx.user(username));
    }

    private static void requireAdmin(DecisionStore.Tx tx, Principal admin) {
        UserAccount a = tx.user(admin.username()).orElse(null);
        if (a == null || a.role() != Role.ADMIN) {
            throw new DecisionRefusedException("Only an admin can manage users.");
        }
        if (a.mustChangePassword() || !a.passwordSet()) {
            throw new DecisionRefusedException("Choose a new password before managing users.");
        }
    }

    private static void checkStrength(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new DecisionRefusedException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (username != null && username.contentEquals(new String(password))) {
            throw new DecisionRefusedException("A password must differ from the user name.");
        }
    }

    private void journal(DecisionStore.Tx tx, String event, String username, Role role, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("username", username);
        body.put("role", role);
        body.put("note", note);
        tx.appendJournal(JOURNAL_KIND, clock.instant(), body);
    }

    private static Principal principal(UserAccount u) {
        return new Principal(u.username(), u.displayName(), u.role(), u.mustChangePassword());
    }
}
