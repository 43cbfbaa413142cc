package io.creditdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.creditdesk.store.DecisionJdbcStore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalVerifierTest {
    @TempDir
    Path dir;
    DecisionFixture f;
    long n;

    @BeforeEach
    void tenEntries() {
        f = new DecisionFixture(dir);
        List<DecisionJdbcStore.Draft> drafts = new ArrayList<>();
        long existing = f.count("journal_entry");
        for (int i = 1; i <= 10 - existing; i++) {
            drafts.add(new DecisionJdbcStore.Draft(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * i),
                    Map.of("i", i, "outcome", i % 2 == 0 ? "approve" : "decline")));
        }
        f.module.store().appendAll("decision", drafts.iterator());
        n = f.count("journal_entry");
        assertThat(n).isEqualTo(10);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /**
     * Verifies sequentially and in three parallel ranges (the others starting after the first range's
     * first entry, or after it ended); all must give the same answer.
     */
    JournalVerification verify() {
        JournalVerification sequential = new JournalVerifier(f.module.store(), 1, 1, 0).verify();
        JournalVerification parallel = new JournalVerifier(f.module.store(), 3, 2, 1).verify();
        JournalVerification afterTheFirstRange = new JournalVerifier(f.module.store(), 3, 2, 1_000).verify();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(afterTheFirstRange).isEqualTo(sequential);
        return sequential;
    }

    @Test
    void anIntactJournalVerifies() {
        JournalVerification v = verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.entries()).isEqualTo(10);
    }

    @Test
    void anEmptyJournalVerifies() {
        f.sql("DELETE FROM journal_entry");
        f.sql("UPDATE journal_head SET last_seq = 0, last_hash = '" + JournalCodec.GENESIS + "'");
        assertThat(verify()).isEqualTo(JournalVerification.ok(0));
    }

    @Test
    void anAlteredPayloadFieldIsNamed() {
        f.sql("UPDATE journal_entry SET payload = REPLACE(payload, '\"outcome\":\"', '\"outcome\":\"re-') WHERE seq = 7");
        assertThat(verify()).extracting(JournalVerification::ok, JournalVerification::firstBadEntry,
                JournalVerification::problem).containsExactly(false, 7L, "altered");
    }

    @Test
    void anAlteredTimeOrKindColumnIsNamed() {
        f.sql("UPDATE journal_entry SET recorded_at = DATEADD('HOUR', 1, recorded_at) WHERE seq = 4");
        assertThat(verify().firstBadEntry()).isEqualTo(4);
        assertThat(verify().problem()).isEqualTo("altered");
    }

    @Test
    void aKindColumnRewrittenInPayloadAndColumnWithNonAsciiLettersIsNamed() {
        // the payload's kind and the column agree again, but the hash no longer matches
        f.sql("UPDATE journal_entry SET payload = REPLACE(payload, '\"kind\":\"decision\"', '\"kind\":\"décision\"'),"
                + " entry_kind = 'décision' WHERE seq = 5");
        assertThat(verify()).extracting(JournalVerification::ok, JournalVerification::firstBadEntry,
                JournalVerification::problem).containsExactly(false, 5L, "altered");
        f.sql("UPDATE journal_entry SET entry_kind = 'decision' WHERE seq = 5");
        assertThat(verify().firstBadEntry()).isEqualTo(5);
    }

    @Test
    void anAlteredEntryHashOrPrevHashIsNamed() {
        f.sql("UPDATE journal_entry SET prev_hash = entry_hash WHERE seq = 3");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(3L, "altered");
    }

    @Test
    void aDeletedEntryIsNamedMissing() {
        f.sql("DELETE FROM journal_entry WHERE seq = 5");
        assertThat(verify()).extracting(JournalVerification::ok, JournalVerification::firstBadEntry,
                JournalVerification::problem).containsExactly(false, 5L, "missing");
    }

    @Test
    void aDeletedFirstOrLastEntryIsNamedMissing() {
        f.sql("DELETE FROM journal_entry WHERE seq = 10");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(10L, "missing");
        f.sql("DELETE FROM journal_entry WHERE seq = 1");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(1L, "missing");
    }

    @Test
    void aDeletedEntryWithTheRestRenumberedIsNamedMissing() {
        f.sql("DELETE FROM journal_entry WHERE seq = 5");
        f.sql("UPDATE journal_entry SET seq = seq - 1 WHERE seq > 5");
        f.sql("UPDATE journal_head SET last_seq = 9");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(5L, "missing");
    }

    @Test
    void twoSwappedEntriesAreNamedReordered() {
        f.sql("UPDATE journal_entry SET seq = -6 WHERE seq = 6");
        f.sql("UPDATE journal_entry SET seq = 6 WHERE seq = 7");
        f.sql("UPDATE journal_entry SET seq = 7 WHERE seq = -6");
        assertThat(verify()).extracting(JournalVerification::ok, JournalVerification::firstBadEntry,
                JournalVerification::problem).containsExactly(false, 6L, "reordered");
    }

    @Test
    void swappedPayloadsAndHashesAreNamedReordered() {
        f.sql("CREATE TABLE tmp AS SELECT * FROM journal_entry WHERE seq IN (3, 4)");
        f.sql("UPDATE journal_entry j SET (recorded_at, entry_kind, payload, prev_hash, entry_hash) ="
                + " (SELECT recorded_at, entry_kind, payload, prev_hash, entry_hash FROM tmp t WHERE t.seq = 7 - j.seq)"
                + " WHERE seq IN (3, 4)");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(3L, "reordered");
    }

    @Test
    void anEntryAppendedBehindTheServicesBackIsNamed() {
        f.sql("INSERT INTO journal_entry SELECT 11, recorded_at, entry_kind, payload, entry_hash, entry_hash FROM"
                + " journal_entry WHERE seq = 10");
        assertThat(verify()).extracting(JournalVerification::firstBadEntry, JournalVerification::problem)
                .containsExactly(11L, "altered");
    }

    @Test
    void appendsAfterVerificationContinueTheChain() {
        f.application(1, io.creditdesk.loan.ApplicationStatus.IN_REVIEW, "1000.00");
        f.decide("uw", DecisionRequest.approve(1));
        assertThat(verify()).isEqualTo(JournalVerification.ok(11));
    }
}
