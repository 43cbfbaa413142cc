package io.creditdesk.decision;

/**
 * A local user. {@code passwordHash} is a {@link PasswordHasher} string, or
 * {@link PasswordHasher#NOT_SET} for a new database's admin who must choose a password first.
 */
public record UserAccount(String username, String displayName, Role role, String passwordHash,
                          boolean mustChangePassword) {
    public boolean passwordSet() {
        return !PasswordHasher.NOT_SET.equals(passwordHash);
    }
}
