package io.creditdesk.decision;

/**
 * The outcome of {@link JournalVerifier#verify()}: ok with the number of entries, or the first bad
 * entry's seq and the problem — {@code altered} (an entry's content no longer matches its hash, or the
 * head), {@code missing} (a gap, or an entry links to a hash no longer present), {@code reordered}
 * (entries are intact but not in chain order).
 */
public record JournalVerification(long entries, boolean ok, Long firstBadEntry, String problem, String detail) {
    public static final String ALTERED = "altered";
    public static final String MISSING = "missing";
    public static final String REORDERED = "reordered";

    static JournalVerification ok(long entries) {
        return new JournalVerification(entries, true, null, null, "chain intact");
    }

    static JournalVerification bad(long checked, Long seq, String problem, String detail) {
        return new JournalVerification(checked, false, seq, problem, detail);
    }
}
