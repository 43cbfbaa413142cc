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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApplicationLifecycleTest {
    /** The table as the design states it (plus the documented additions), written out independently. */
    static final Map<ApplicationStatus, Set<ApplicationStatus>> EXPECTED = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(IN_REVIEW, WITHDRAWN)),
            Map.entry(IN_REVIEW, EnumSet.of(APPROVED, DECLINED, REFERRED, WITHDRAWN)),
            Map.entry(REFERRED, EnumSet.of(APPROVED, DECLINED, REFERRED, WITHDRAWN)),
            Map.entry(APPROVED, EnumSet.of(ACCEPTED, WITHDRAWN)),
            Map.entry(ACCEPTED, EnumSet.of(DISBURSED)),
            Map.entry(DISBURSED, EnumSet.of(REPAID, IN_ARREARS, DEFAULTED)),
            Map.entry(IN_ARREARS, EnumSet.of(REPAID, DEFAULTED, DISBURSED)),
            Map.entry(DECLINED, EnumSet.noneOf(ApplicationStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class)),
            Map.entry(REPAID, EnumSet.noneOf(ApplicationStatus.class)),
            Map.entry(DEFAULTED, EnumSet.noneOf(ApplicationStatus.class)));

    @Test
    void everyMoveInTheTableIsAllowed() {
        EXPECTED.forEach((from, targets) -> targets.forEach(to -> {
            assertThat(ApplicationLifecycle.allows(from, to)).as(from + " -> " + to).isTrue();
            assertThatCode(() -> ApplicationLifecycle.check(from, to)).doesNotThrowAnyException();
        }));
    }

    @Test
    void everyIllegalTransitionIsRejectedNamingBothStates() {
        int illegal = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                if (EXPECTED.get(from).contains(to)) {
                    continue;
                }
                illegal++;
                assertThat(ApplicationLifecycle.allows(from, to)).as(from + " -> " + to).isFalse();
                assertThatThrownBy(() -> ApplicationLifecycle.check(from, to))
                        .as(from + " -> " + to)
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining("from " + from + " to " + to)
                        .satisfies(e -> {
                            assertThat(((IllegalTransitionException) e).from()).isEqualTo(from);
                            assertThat(((IllegalTransitionException) e).to()).isEqualTo(to);
                        });
            }
        }
        assertThat(illegal).isEqualTo(11 * 11 - 19);
    }

    @Test
    void finalStatesLeadNowhere() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationLifecycle::isFinal))
                .containsExactlyInAnyOrder(DECLINED, WITHDRAWN, REPAID, DEFAULTED);
    }
}
