package io.creditdesk.decision;

import static io.creditdesk.loan.ApplicationStatus.APPROVED;
import static io.creditdesk.loan.ApplicationStatus.DECLINED;
import static io.creditdesk.loan.ApplicationStatus.IN_REVIEW;
import static io.creditdesk.loan.ApplicationStatus.REFERRED;
import static io.creditdesk.loan.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.creditdesk.loan.IllegalTransitionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionServiceTest {
    @TempDir
    Path dir;
    DecisionFixture f;

    @BeforeEach
    void open() {
        f = new DecisionFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    static DecisionRequest changed(long id, String amount, Integer term, String price, String... reasons) {
        return new DecisionRequest(id, Outcome.APPROVE_CHANGED, amount == null ? null : new BigDecimal(amount), term,
                price == null ? null : new BigDecimal(price), List.of(reasons), null, null);
    }

    @Test
    void underwriterApprovesWithinAuthorityAndEverythingIsWrittenTogether() {
        f.application(1, IN_REVIEW, "50000.00");
        long journalBefore = f.count("journal_entry");
        Decision d = f.decide("uw", DecisionRequest.approve(1));
        assertThat(d.to()).isEqualTo(APPROVED);
        assertThat(d.finalOffer().amount().toString()).isEqualTo("CNY 50,000.00");
        assertThat(d.decidedAt()).isEqualTo(Instant.parse("2026-11-28T09:30:00Z"));
        assertThat(f.status(1)).isEqualTo(APPROVED);
        assertThat(f.count("decision")).isEqualTo(1);
        assertThat(f.count("journal_entry")).isEqualTo(journalBefore + 1);
        assertThat(f.module.queue().history(1)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("APPROVE");
            assertThat(r.deciderRole()).isEqualTo("UNDERWRITER");
            assertThat(r.finalAmount()).isEqualByComparingTo("50000");
            assertThat(r.recommendedAmount()).isEqualByComparingTo("50000");
            assertThat(r.journalSeq()).isEqualTo(d.journalSeq());
        });
        assertThat(f.module.journalVerifier().verify().ok()).isTrue();
    }

    @Test
    void underwriterApprovingAboveTheLimitIsRefusedAndNothingIsWritten() {
        f.application(2, IN_REVIEW, "60000.00");
        String before = f.footprint(2);
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.approve(2)))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("Cannot approve CNY 60,000.00: above your limit of CNY 50,000.00 — refer");
        assertThat(f.footprint(2)).isEqualTo(before).endsWith("/IN_REVIEW/" + f.count("journal_entry"));
    }

    @Test
    void underwriterApprovingWithChangesAboveTheLimitIsRefusedToo() {
        f.application(3, IN_REVIEW, "45000.00");
        String before = f.footprint(3);
        assertThatThrownBy(() -> f.decide("uw", changed(3, "50000.01", null, null, "AMOUNT_REQUESTED")))
                .hasMessageContaining("above your limit of CNY 50,000.00 — refer");
        assertThat(f.footprint(3)).isEqualTo(before);
    }

    @Test
    void movingTheAmountBeyondTwentyPercentIsRefused() {
        f.application(4, IN_REVIEW, "40000.00");
        String before = f.footprint(4);
        assertThatThrownBy(() -> f.decide("uw", changed(4, "31999.99", null, null, "AMOUNT_AFFORDABILITY")))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("Cannot approve CNY 31,999.99: it moves the recommended CNY 40,000.00 by -20.00%, beyond"
                        + " your ±20.00% — refer");
        assertThat(f.footprint(4)).isEqualTo(before);
        Decision d = f.decide("uw", changed(4, "32000.00", null, null, "AMOUNT_AFFORDABILITY"));
        assertThat(d.finalOffer().amount().amount()).isEqualByComparingTo("32000");
        assertThat(d.recommended().amount().amount()).isEqualByComparingTo("40000");
    }

    @Test
    void movingThePriceBeyondTwoPointsIsRefusedButASeniorMay() {
        f.application(5, IN_REVIEW, "20000.00");
        String before = f.footprint(5);
        assertThatThrownBy(() -> f.decide("uw", changed(5, null, null, "0.200001", "PRICE_RISK")))
                .hasMessageContaining("moves the recommended 18.00% by +2.00 percentage points, beyond your ±2.00 — refer");
        assertThat(f.footprint(5)).isEqualTo(before);
        assertThat(f.decide("uw", changed(5, null, null, "0.20", "PRICE_RISK")).finalOffer().annualRate())
                .isEqualByComparingTo("0.20");
        f.application(6, IN_REVIEW, "20000.00");
        assertThat(f.decide("senior", changed(6, "30000", 6, "0.25", "PRICE_RISK", "AMOUNT_REQUESTED")).to())
                .isEqualTo(APPROVED);
    }

    @Test
    void theReferringUserCannotDecideTheirOwnReferralButASeniorCan() {
        f.application(7, IN_REVIEW, "120000.00");
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.approve(7))).hasMessageContaining("— refer");
        Decision referral = f.decide("uw", new DecisionRequest(7, Outcome.REFER, null, null, null,
                List.of("ABOVE_AUTHORITY"), "above my limit", null));
        assertThat(referral.to()).isEqualTo(REFERRED);
        String before = f.footprint(7);
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.decline(7, List.of("LOW_SCORE"), null)))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("You referred application 7 yourself: a different user must decide it (four eyes).");
        assertThat(f.footprint(7)).isEqualTo(before);
        Decision d = f.decide("senior", DecisionRequest.approve(7));
        assertThat(d.from()).isEqualTo(REFERRED);
        assertThat(d.to()).isEqualTo(APPROVED);
        assertThat(f.module.journalVerifier().verify().ok()).isTrue();
    }

    @Test
    void anotherUnderwriterCannotDecideAnUnderwritersReferralAndASeniorsGoesToAManager() {
        f.module.store().inTransaction(tx -> {
            tx.insertUser(new UserAccount("uw2", "Second", Role.UNDERWRITER,
                    new PasswordHasher(1_000, new java.security.SecureRandom()).hash("demo".toCharArray()), false));
            return null;
        });
        f.application(8, IN_REVIEW, "300000.00");
        f.decide("uw", DecisionRequest.refer(8, "too big"));
        assertThatThrownBy(() -> f.decide("uw2", DecisionRequest.decline(8, List.of("LOW_SCORE"), null)))
                .hasMessage("Application 8 was referred by an underwriter: it is decided by a senior underwriter or a"
                        + " credit manager.");
        assertThatThrownBy(() -> f.decide("senior", DecisionRequest.approve(8)))
                .hasMessage("Cannot approve CNY 300,000.00: above your limit of CNY 200,000.00 — refer");
        f.decide("senior", DecisionRequest.refer(8, "above senior authority"));
        assertThatThrownBy(() -> f.decide("senior", DecisionRequest.approve(8))).hasMessageContaining("four eyes");
        Decision d = f.decide("manager", DecisionRequest.approve(8));
        assertThat(d.to()).isEqualTo(APPROVED);
        assertThat(f.module.queue().history(8)).extracting(DecisionRow::outcome)
                .containsExactly("REFER", "REFER", "APPROVE");
    }

    @Test
    void declineNeedsOneToFourKnownReasons() {
        f.application(9, IN_REVIEW, "10000.00");
        String before = f.footprint(9);
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.decline(9, List.of(), "no")))
                .hasMessageStartingWith("A decline needs 1 to 4 reason codes");
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.decline(9,
                List.of("LOW_SCORE", "GRADE_E", "FEW_ORDERS", "ARREARS", "HIGH_DISPUTES"), null)))
                .hasMessage("At most 4 reason codes, not 5.");
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.decline(9, List.of("BAD_VIBES"), null)))
                .hasMessageStartingWith("Unknown decline reason 'BAD_VIBES'; known: ");
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.decline(9, List.of("LOW_SCORE", "LOW_SCORE"), null)))
                .hasMessage("A reason code is given twice.");
        assertThat(f.footprint(9)).isEqualTo(before);
        Decision d = f.decide("uw", DecisionRequest.decline(9,
                List.of("low_score", "GRADE_E", "FEW_ORDERS", "ARREARS"), "four reasons"));
        assertThat(d.to()).isEqualTo(DECLINED);
        assertThat(d.reasons()).containsExactly("LOW_SCORE", "GRADE_E", "FEW_ORDERS", "ARREARS");
    }

    @Test
    void approveWithChangesNeedsAReasonForTheChange() {
        f.application(10, IN_REVIEW, "10000.00");
        String before = f.footprint(10);
        assertThatThrownBy(() -> f.decide("uw", changed(10, "9000", null, null)))
                .hasMessageStartingWith("An approval with changes needs a reason for the change");
        assertThatThrownBy(() -> f.decide("uw", changed(10, null, null, null, "OTHER")))
                .hasMessage("An approval with changes needs a new amount, term or price.");
        assertThatThrownBy(() -> f.decide("uw", changed(10, "10000", 12, null, "OTHER")))
                .hasMessageStartingWith("Nothing differs from the recommended offer");
        assertThatThrownBy(() -> f.decide("uw", changed(10, "9000", null, null, "LOW_SCORE")))
                .hasMessageStartingWith("Unknown change reason 'LOW_SCORE'");
        assertThat(f.footprint(10)).isEqualTo(before);
        assertThat(f.decide("uw", changed(10, "9000", 6, null, "AMOUNT_AFFORDABILITY", "TERM_CASHFLOW")).to())
                .isEqualTo(APPROVED);
    }

    @Test
    void plainApproveRefusesAChangedOffer() {
        f.application(11, IN_REVIEW, "10000.00");
        assertThatThrownBy(() -> f.decide("uw", new DecisionRequest(11, Outcome.APPROVE, new BigDecimal("9000"), null,
                null, List.of(), null, null))).hasMessageContaining("use approve-changed");
    }

    @Test
    void aDecisionOnASubmittedApplicationPassesThroughInReview() {
        f.application(12, SUBMITTED, "10000.00");
        Decision d = f.decide("uw", DecisionRequest.approve(12));
        assertThat(d.from()).isEqualTo(SUBMITTED);
        assertThat(f.status(12)).isEqualTo(APPROVED);
    }

    @Test
    void decidingAFinishedApplicationNamesBothStatesAndWritesNothing() {
        f.application(13, DECLINED, "10000.00");
        String before = f.footprint(13);
        assertThatThrownBy(() -> f.decide("manager", DecisionRequest.approve(13)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from DECLINED to APPROVED");
        assertThat(f.footprint(13)).isEqualTo(before);
    }

    @Test
    void aZeroRecommendationCannotBeApprovedAsIs() {
        f.application(19, IN_REVIEW, "0.00");
        assertThatThrownBy(() -> f.decide("manager", DecisionRequest.approve(19)))
                .hasMessageStartingWith("Nothing to approve: the amount is CNY 0.00");
        assertThatThrownBy(() -> f.decide("uw", changed(19, "1000", null, null, "OTHER")))
                .hasMessageContaining("from zero");
    }

    @Test
    void anAdminDecidesNoLoans() {
        f.application(14, IN_REVIEW, "1000.00");
        assertThatThrownBy(() -> f.decide("admin", DecisionRequest.approve(14)))
                .hasMessage("An admin administers users and decides no loans.");
    }

    @Test
    void aFailingJournalWriteLeavesNoDecisionAndNoStatusChange() {
        f.application(15, IN_REVIEW, "10000.00");
        String before = f.footprint(15);
        f.sql("ALTER TABLE journal_entry ADD CONSTRAINT journal_refuses CHECK (seq <= " + f.count("journal_entry") + ")");
        assertThatThrownBy(() -> f.decide("uw", DecisionRequest.approve(15))).isNotInstanceOf(DecisionRefusedException.class);
        assertThat(f.footprint(15)).isEqualTo(before).contains("/IN_REVIEW/");
        f.sql("ALTER TABLE journal_entry DROP CONSTRAINT journal_refuses");
        assertThat(f.decide("uw", DecisionRequest.approve(15)).to()).isEqualTo(APPROVED);
    }

    @Test
    void aCrashAfterTheDecisionRowAndStatusButBeforeTheJournalRollsEverythingBack() {
        f.application(16, IN_REVIEW, "10000.00");
        String before = f.footprint(16);
        DecisionStore real = f.module.store();
        DecisionStore crashing = new DecisionStore() {
            @Override
            public <T> T inTransaction(Function<Tx, T> body) {
                return real.inTransaction(tx -> body.apply((Tx) java.lang.reflect.Proxy.newProxyInstance(
                        Tx.class.getClassLoader(), new Class<?>[] {Tx.class}, (proxy, method, args) -> {
                            if (method.getName().equals("appendJournal")) {
                                throw new IllegalStateException("power cut");
                            }
                            try {
                                return method.invoke(tx, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        })));
            }
        };
        DecisionService service = new DecisionService(crashing, AuthorityPolicy.defaults(), ReasonCatalogue.standard(),
                RecommendationSource.fromApplication(new BigDecimal("0.18")), DecisionFixture.CLOCK);
        assertThatThrownBy(() -> service.decide(f.signIn("uw"), DecisionRequest.approve(16))).hasMessage("power cut");
        assertThat(f.footprint(16)).isEqualTo(before);
    }

    @Test
    void theJournalEntryCarriesTheFullEvidence() throws Exception {
        f.application(17, IN_REVIEW, "40000.00");
        Map<String, Object> evidence = Map.of("model_version", 3, "features", Map.of("gmv_trend", 0.12),
                "breakdown", Map.of("gmv_trend", 14));
        Decision d = f.decide("uw", new DecisionRequest(17, Outcome.APPROVE_CHANGED, new BigDecimal("36000"), null,
                new BigDecimal("0.19"), List.of("AMOUNT_AFFORDABILITY"), "seasonal dip", evidence));
        String payload = f.db.jdbi().withHandle(h -> h.createQuery("SELECT payload FROM journal_text WHERE seq = :s")
                .bind("s", d.journalSeq()).mapTo(String.class).one());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        var body = tree.get("body");
        assertThat(tree.get("kind").asText()).isEqualTo("decision");
        assertThat(body.at("/application/id").asLong()).isEqualTo(17);
        assertThat(body.at("/as_of").asText()).isEqualTo("2026-11-01");
        assertThat(body.at("/decided_by/username").asText()).isEqualTo("uw");
        assertThat(body.at("/decision/outcome").asText()).isEqualTo("approve-changed");
        assertThat(body.at("/decision/reasons/0/code").asText()).isEqualTo("AMOUNT_AFFORDABILITY");
        assertThat(body.at("/decision/comment").asText()).isEqualTo("seasonal dip");
        assertThat(body.at("/offer/recommended/amount/amount").asText()).isEqualTo("40000.00");
        assertThat(body.at("/offer/final/amount/amount").asText()).isEqualTo("36000.00");
        assertThat(body.at("/offer/final/annual_rate").decimalValue()).isEqualByComparingTo("0.19");
        assertThat(body.at("/offer/changed").toString()).isEqualTo("[\"amount\",\"annual_rate\"]");
        assertThat(body.at("/evidence/model_version").asInt()).isEqualTo(3);
        assertThat(body.at("/evidence/features/gmv_trend").asDouble()).isEqualTo(0.12);
        assertThat(payload).doesNotContain(" :").doesNotContain("\n");
    }

    @Test
    void takeAssignsAndMovesASubmittedApplicationIntoReviewAndReleaseGivesItBack() {
        f.application(18, SUBMITTED, "1000.00");
        ApplicationCase taken = f.module.queue().take(f.signIn("uw"), 18);
        assertThat(taken.application().status()).isEqualTo(IN_REVIEW);
        assertThat(taken.application().assignee()).isEqualTo("uw");
        assertThatThrownBy(() -> f.module.queue().take(f.signIn("senior"), 18)).hasMessageContaining("already taken by uw");
        f.module.queue().release(f.signIn("uw"), 18);
        assertThat(f.module.queue().find(18).orElseThrow().application().assignee()).isNull();
        assertThat(f.module.queue().list(ApplicationQueueService.OPEN)).extracting(ApplicationCase::id).contains(18L);
    }
}
