package io.creditdesk.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens of the navigation, in order. */
public enum Screen {
    QUEUE("nav.queue", Feather.INBOX),
    WORKSPACE("nav.workspace", Feather.BRIEFCASE),
    SELLERS("nav.sellers", Feather.USERS),
    PORTFOLIO("nav.portfolio", Feather.PIE_CHART),
    MODELS("nav.models", Feather.SLIDERS),
    DATA("nav.data", Feather.DATABASE);

    private final String messageKey;
    private final Ikon icon;

    Screen(String messageKey, Ikon icon) {
        this.messageKey = messageKey;
        this.icon = icon;
    }

    public String messageKey() {
        return messageKey;
    }

    public Ikon icon() {
        return icon;
    }
}
