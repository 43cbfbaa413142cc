package io.creditdesk.loan;

import static io.creditdesk.loan.ApplicationStatus.ACCEPTED;
import static io.creditdesk.loan.ApplicationStatus.APPROVED;
import static io.creditdesk.loan.ApplicationStatus.DECLINED;
import static io.creditdesk.loan.ApplicationStatus.DEFAULTED;
import static io.creditdesk.loan.ApplicationStatus.DISBURSED;
import static io.creditdesk.loan.ApplicationStatus.IN_ARREARS;
import static io.creditdesk.loan.ApplicationStatus.IN_REVIEW;
import static io.creditdesk.loan.ApplicationStatus.REFERRED;
import static io.creditdesk.loan.ApplicationStatus.REPAID;
import static io.creditdesk.loan.ApplicationStatus.SUBMITTED;
import static io.creditdesk.loan.ApplicationStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one transition table of a loan application (OFFERS-AND-DECISIONS.md §4). Every status change
 * goes through {@link #check}; a move that is not in the table is an {@link IllegalTransitionException}
 * naming both states.
 *
 * <p>Beyond the design's table: a referral may be referred on (REFERRED → REFERRED, a senior
 * underwriter passing it to a credit manager); an open application or an unaccepted approval may be
 * withdrawn; a loan in arrears may be cured (IN_ARREARS → DISBURSED).
 */
public final class ApplicationLifecycle {
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = table();

    private ApplicationLifecycle() {
    }

    private static Map<ApplicationStatus, Set<ApplicationStatus>> table() {
        Map<ApplicationStatus, Set<ApplicationStatus>> t = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            t.put(s, EnumSet.noneOf(ApplicationStatus.class));
        }
        t.get(SUBMITTED).addAll(EnumSet.of(IN_REVIEW, WITHDRAWN));
        t.get(IN_REVIEW).addAll(EnumSet.of(APPROVED, DECLINED, REFERRED, WITHDRAWN));
        t.get(REFERRED).addAll(EnumSet.of(APPROVED, DECLINED, REFERRED, WITHDRAWN));
        t.get(APPROVED).addAll(EnumSet.of(ACCEPTED, WITHDRAWN));
        t.get(ACCEPTED).add(DISBURSED);
        t.get(DISBURSED).addAll(EnumSet.of(REPAID, IN_ARREARS, DEFAULTED));
        t.get(IN_ARREARS).addAll(EnumSet.of(REPAID, DEFAULTED, DISBURSED));
        // DECLINED, WITHDRAWN, REPAID, DEFAULTED are final
        t.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(t);
    }

    /** True when {@code from → to} is in the table. */
    public static boolean allows(ApplicationStatus from, ApplicationStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The states reachable from {@code from} in one move (empty for a final state). */
    public static Set<ApplicationStatus> next(ApplicationStatus from) {
        return NEXT.get(from);
    }

    public static boolean isFinal(ApplicationStatus s) {
        return NEXT.get(s).isEmpty();
    }

    /** Throws {@link IllegalTransitionException} unless {@code from → to} is in the table. */
    public static void check(ApplicationStatus from, ApplicationStatus to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
    }
}
