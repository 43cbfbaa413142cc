package io.creditdesk.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.DecisionModule;
import io.creditdesk.decision.DecisionRefusedException;
import io.creditdesk.decision.OfferTerms;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.SignInException;
import io.creditdesk.loan.IllegalTransitionException;

/** What the decision commands share: the module, sign-in, and turning refusals into user messages. */
final class DecisionCommands {
    private DecisionCommands() {
    }

    /** The decision services of this context. */
    static DecisionModule module(AppContext ctx) {
        return ctx.decisions();
    }

    /** Signs {@code user} in with the password from the environment or a prompt. */
    static Principal signIn(DecisionModule m, String user) {
        try {
            Principal p = m.users().authenticate(user, Passwords.current(user));
            if (p.mustChangePassword()) {
                throw new UserException("The password of " + user + " must be changed first: creditdesk users"
                        + " set-password --user " + user);
            }
            return p;
        } catch (SignInException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Runs {@code body}, turning refusals (authority, four eyes, lifecycle, validation) into a user message. */
    static <T> T refusalsAsUserErrors(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (DecisionRefusedException | IllegalTransitionException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    static Map<String, Object> terms(OfferTerms t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", t.amount().amount());
        m.put("currency", t.amount().currencyCode());
        m.put("term_months", t.termMonths());
        m.put("annual_rate", t.annualRate());
        return m;
    }

    /** {@code 0.18}, {@code 18%} or {@code 18 %} → 0.18. */
    static BigDecimal rate(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                return new BigDecimal(t.substring(0, t.length() - 1).trim()).movePointLeft(2);
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new UserException("Not a price: '" + text + "' (an annual rate such as 0.18 or 18%)");
        }
    }
}
