package io.creditdesk.ui;

import java.util.EnumSet;
import java.util.Set;

import io.creditdesk.decision.Role;
import io.creditdesk.ui.shell.Screen;

/** Which screens a role sees: a manager sees everything; an admin administers data, not loans. */
final class ScreenAccess {
    private ScreenAccess() {
    }

    static Set<Screen> screensFor(Role role) {
        return switch (role) {
            case UNDERWRITER, SENIOR_UNDERWRITER -> EnumSet.of(Screen.QUEUE, Screen.WORKSPACE, Screen.SELLERS,
                    Screen.PORTFOLIO);
            case CREDIT_MANAGER -> EnumSet.allOf(Screen.class);
            case RISK_ANALYST -> EnumSet.of(Screen.SELLERS, Screen.PORTFOLIO, Screen.MODELS, Screen.DATA);
            case ADMIN -> EnumSet.of(Screen.SELLERS, Screen.MODELS, Screen.DATA);
        };
    }

    static Screen firstScreen(Role role) {
        return role.decidesLoans() ? Screen.QUEUE : role == Role.RISK_ANALYST ? Screen.MODELS : Screen.SELLERS;
    }
}
