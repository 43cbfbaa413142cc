package io.creditdesk.decision;

/** A signed-in user. {@code mustChangePassword}: the user may do nothing but choose a new password. */
public record Principal(String username, String displayName, Role role, boolean mustChangePassword) {
}
