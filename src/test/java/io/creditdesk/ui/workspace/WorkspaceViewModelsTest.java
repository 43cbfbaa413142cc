package io.creditdesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.decision.Principal;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.offer.Product;
import io.creditdesk.ui.common.BackgroundTasks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's view models without a toolkit: work runs on the calling thread, so each property
 * holds its final value as soon as a setter returns.
 */
class WorkspaceViewModelsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    @TempDir
    static Path dir;
    static AppContext ctx;
    static ApplicationCase application;

    @BeforeAll
    static void demo() {
        ctx = AppContext.open(dir.resolve("vm"));
        ctx.buildDemo(new DemoSettings(150, 12, 11, AS_OF, 20_000), Progress.NONE);
        application = ctx.decisions().queue().list(ApplicationQueueService.OPEN).stream()
                .filter(c -> c.application().recommendedAmount() != null && "term".equals(c.application().product()))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    private OfferViewModel offerOn(ApplicationCase c) {
        OfferViewModel offer = new OfferViewModel(ctx.offers(), tasks);
        offer.open(c.application().sellerId(), AS_OF, Product.TERM, c.application().recommendedAmount(),
                c.application().requestedTerm());
        return offer;
    }

    private DecisionViewModel decisionsFor(String user, OfferViewModel offer, ApplicationCase c) {
        Principal who = ctx.decisions().users().authenticate(user, "demo".toCharArray());
        DecisionViewModel vm = new DecisionViewModel(ctx.decisions().decisions(), tasks, who);
        vm.offer().bind(offer.offer());
        vm.application().set(c);
        return vm;
    }

    @Test
    void theOfferRecomputesWhenTheAmountMovesAndTheDecisionSeesTheChange() {
        OfferViewModel offer = offerOn(application);
        DecisionViewModel decision = decisionsFor("uw", offer, application);
        assertThat(offer.offer().get().adjusted().amount().amount())
                .isEqualByComparingTo(application.application().recommendedAmount());
        assertThat(decision.changed().get()).isFalse();
        assertThat(decision.canApprove().get()).as(decision.approveBlocked().get()).isTrue();

        BigDecimal lower = application.application().recommendedAmount().multiply(new BigDecimal("0.9"))
                .setScale(0, java.math.RoundingMode.DOWN);
        offer.amount().set(lower);
        assertThat(offer.offer().get().adjusted().amount().amount()).isEqualByComparingTo(lower);
        assertThat(decision.changed().get()).isTrue();
        assertThat(decision.canApprove().get()).isTrue();
    }

    @Test
    void aboveTheUnderwritersAuthorityApprovalIsBlockedWithTheReasonAndReferralStaysPossible() {
        OfferViewModel offer = offerOn(application);
        DecisionViewModel decision = decisionsFor("uw", offer, application);
        offer.amount().set(new BigDecimal("90000"));
        assertThat(decision.canApprove().get()).isFalse();
        assertThat(decision.approveBlocked().get()).contains("refer");
        assertThat(decision.canDecide().get()).isTrue();
    }

    @Test
    void declineWithoutAReasonIsRefusedAndWritesNothing() {
        OfferViewModel offer = offerOn(application);
        DecisionViewModel decision = decisionsFor("uw", offer, application);
        decision.decline(List.of(), null);
        assertThat(decision.message().get()).isNotBlank();
        assertThat(ctx.decisions().queue().history(application.id())).isEmpty();
    }

    @Test
    void theAdministratorDecidesNoLoansEvenWithinEveryLimit() {
        OfferViewModel offer = offerOn(application);
        DecisionViewModel admin = decisionsFor("admin", offer, application);
        assertThat(admin.canDecide().get()).isFalse();
        assertThat(admin.canApprove().get()).isFalse();
    }
}
