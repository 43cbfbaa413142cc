package io.creditdesk.decision;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks the hash chain in seq order in one pass and bounded memory and names the first entry that
 * was altered, removed or reordered (OFFERS-AND-DECISIONS.md §5, ADR 0005).
 */
public final class JournalVerifier {
    private final JournalReader reader;

    public JournalVerifier(JournalReader reader) {
        this.reader = reader;
    }

    public JournalVerification verify() {
        return reader.snapshot(this::verify);
    }

    private JournalVerification verify(JournalReader.Snapshot s) {
        Walk w = new Walk(s);
        s.scan(w::visit);
        if (w.failure != null) {
            return w.failure;
        }
        Optional<JournalHead> head = s.head();
        long last = w.expectedSeq - 1;
        if (head.isEmpty()) {
            return last == 0 ? JournalVerification.ok(0)
                    : JournalVerification.bad(w.count, null, JournalVerification.MISSING,
                            "the journal's head record is missing");
        }
        JournalHead h = head.get();
        if (h.lastSeq() > last) {
            return JournalVerification.bad(w.count, last + 1, JournalVerification.MISSING,
                    "entries " + (last + 1) + ".." + h.lastSeq() + " are missing from the end of the journal");
        }
        if (h.lastSeq() < last) {
            return JournalVerification.bad(w.count, h.lastSeq() + 1, JournalVerification.ALTERED,
                    "entries after " + h.lastSeq() + " were not appended through Creditdesk");
        }
        if (!h.lastHash().equals(w.expectedPrev)) {
            return JournalVerification.bad(w.count, last, JournalVerification.ALTERED,
                    "entry " + last + " is not the entry that was appended last");
        }
        return JournalVerification.ok(w.count);
    }

    private static final class Walk {
        final JournalReader.Snapshot s;
        final JournalCodec codec = new JournalCodec();
        long expectedSeq = 1;
        String expectedPrev = JournalCodec.GENESIS;
        long count;
        JournalVerification failure;

        Walk(JournalReader.Snapshot s) {
            this.s = s;
        }

        boolean visit(JournalEntry e) {
            if (!codec.intact(e)) {
                return fail(e.seq(), JournalVerification.ALTERED, "entry " + e.seq() + " does not match its hash");
            }
            if (e.seq() != expectedSeq) {
                return fail(expectedSeq, JournalVerification.MISSING, expectedSeq == e.seq() - 1
                        ? "entry " + expectedSeq + " is missing"
                        : "entries " + expectedSeq + ".." + (e.seq() - 1) + " are missing");
            }
            if (!e.prevHash().equals(expectedPrev)) {
                OptionalLong at = s.seqOfHash(e.prevHash());
                if (at.isPresent()) {
                    return fail(e.seq(), JournalVerification.REORDERED, "entry " + e.seq() + " should follow entry "
                            + at.getAsLong() + ", not entry " + (e.seq() - 1));
                }
                return fail(e.seq(), JournalVerification.MISSING, "the entry before entry " + e.seq()
                        + " in the chain is no longer in the journal");
            }
            expectedPrev = e.entryHash();
            expectedSeq++;
            count++;
            return true;
        }

        private boolean fail(long seq, String problem, String detail) {
            failure = JournalVerification.bad(count, seq, problem, detail);
            return false;
        }
    }
}
