package io.creditdesk.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Walks the hash chain in seq order and names the first entry that was altered, removed or
 * reordered (OFFERS-AND-DECISIONS.md §5, ADR 0005). Memory is bounded (entries stream past in
 * pages). A long journal is cut into consecutive seq ranges verified on parallel threads — every
 * entry's own hash and its link to the entry before it are checked independently — and the ranges
 * are stitched back in order, so the answer is the same as one sequential walk.
 */
public final class JournalVerifier {
    /** Below this many entries per thread, one thread does it all. */
    static final long MIN_SEGMENT = 100_000;
    /** Entries the first range verifies alone before the others start. */
    static final long WARM_UP = 100_000;
    private final JournalReader reader;
    private final int threads;
    private final long minSegment;
    private final long warmUp;

    public JournalVerifier(JournalReader reader) {
        this(reader, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), MIN_SEGMENT, WARM_UP);
    }

    /**
     * {@code threads} parallel ranges at most, each of at least {@code minSegment} entries; the other
     * ranges start once the first has verified {@code warmUp} entries (or has ended).
     */
    public JournalVerifier(JournalReader reader, int threads, long minSegment, long warmUp) {
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.minSegment = Math.max(1, minSegment);
        this.warmUp = warmUp;
    }

    public JournalVerification verify() {
        return reader.snapshot(this::verify);
    }

    private JournalVerification verify(JournalReader.Snapshot main) {
        Optional<JournalHead> head = main.head();
        long[] range = main.seqRange();
        List<Segment> segments = new ArrayList<>();
        if (range.length > 0) {
            long lo = range[0];
            long hi = range[1];
            long span = Math.max(1, hi - Math.max(lo, 1) + 1);
            int k = (int) Math.max(1, Math.min(threads, span / minSegment));
            long after = Long.MIN_VALUE;
            long start = Math.max(lo, 1);
            for (int i = 0; i < k; i++) {
                long to = i == k - 1 ? hi : start - 1 + span * (i + 1) / k;
                segments.add(new Segment(after, to, i == 0 ? 1 : after + 1, i == 0));
                after = to;
            }
            run(main, segments);
        }

        long total = 0;
        String prevLast = JournalCodec.GENESIS;
        long lastSeq = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            if (i > 0 && seg.firstChecked && !seg.firstPrev.equals(prevLast)) {
                return linkFailure(main, total, seg.firstSeq, seg.firstPrev);
            }
            if (seg.failure != null) {
                JournalVerification f = seg.failure;
                return JournalVerification.bad(total + f.entries(), f.firstBadEntry(), f.problem(), f.detail());
            }
            if (seg.count == 0) {
                return JournalVerification.bad(total, seg.expectedFirst, JournalVerification.MISSING,
                        "entries " + seg.expectedFirst + ".." + seg.to + " are missing");
            }
            total += seg.count;
            prevLast = seg.lastHash;
            lastSeq = seg.lastSeq;
        }

        if (head.isEmpty()) {
            return lastSeq == 0 ? JournalVerification.ok(0)
                    : JournalVerification.bad(total, null, JournalVerification.MISSING,
                            "the journal's head record is missing");
        }
        JournalHead h = head.get();
        if (h.lastSeq() > lastSeq) {
            return JournalVerification.bad(total, lastSeq + 1, JournalVerification.MISSING,
                    "entries " + (lastSeq + 1) + ".." + h.lastSeq() + " are missing from the end of the journal");
        }
        if (h.lastSeq() < lastSeq) {
            return JournalVerification.bad(total, h.lastSeq() + 1, JournalVerification.ALTERED,
                    "entries after " + h.lastSeq() + " were not appended through Creditdesk");
        }
        if (!h.lastHash().equals(prevLast)) {
            return JournalVerification.bad(total, lastSeq, JournalVerification.ALTERED,
                    "entry " + lastSeq + " is not the entry that was appended last");
        }
        return JournalVerification.ok(total);
    }

    private void run(JournalReader.Snapshot main, List<Segment> segments) {
        if (segments.size() == 1) {
            segments.get(0).run(main);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(segments.size() - 1, r -> {
            Thread t = new Thread(r, "journal-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            // The other ranges start once the first has verified WARM_UP entries: in a fresh JVM the
            // JIT needs a core to compile the read path, and with every core verifying it was starved
            // (cold verify of 1,000,000 entries 5.4-6.5 s with both ranges at once, see benchmarks).
            CountDownLatch warm = new CountDownLatch(1);
            Segment first = segments.get(0);
            first.warmUp = warmUp;
            first.onWarm = warm::countDown;
            List<Future<?>> futures = new ArrayList<>();
            for (Segment s : segments.subList(1, segments.size())) {
                futures.add(pool.submit(() -> reader.snapshot(snap -> {
                    awaitQuietly(warm);
                    s.run(snap);
                    return null;
                })));
            }
            try {
                first.run(main);
            } finally {
                warm.countDown();
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Journal verification was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Journal verification failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Journal verification was interrupted", e);
        }
    }

    static JournalVerification linkFailure(JournalReader.Snapshot s, long checked, long seq, String prevHash) {
        OptionalLong at = s.seqOfHash(prevHash);
        if (at.isPresent()) {
            return JournalVerification.bad(checked, seq, JournalVerification.REORDERED, "entry " + seq
                    + " should follow entry " + at.getAsLong() + ", not entry " + (seq - 1));
        }
        return JournalVerification.bad(checked, seq, JournalVerification.MISSING, "the entry before entry " + seq
                + " in the chain is no longer in the journal");
    }

    /** One consecutive seq range, verified on its own; its first link is checked when stitching. */
    private static final class Segment {
        final long after;
        final long to;
        final long expectedFirst;
        final JournalCodec codec = new JournalCodec();
        long expectedSeq;
        String expectedPrev;
        long count;
        boolean firstChecked;
        long firstSeq = -1;
        String firstPrev;
        String lastHash;
        long lastSeq;
        JournalVerification failure;
        JournalReader.Snapshot snap;
        long warmUp = -1;
        Runnable onWarm;

        Segment(long after, long to, long expectedFirst, boolean startsTheChain) {
            this.after = after;
            this.to = to;
            this.expectedFirst = expectedFirst;
            this.expectedSeq = expectedFirst;
            this.expectedPrev = startsTheChain ? JournalCodec.GENESIS : null;
        }

        void run(JournalReader.Snapshot s) {
            snap = s;
            s.scan(after, to, this::visit);
        }

        boolean visit(JournalEntry e) {
            if (!codec.intact(e)) {
                return fail(e.seq(), JournalVerification.ALTERED, "entry " + e.seq() + " does not match its hash");
            }
            if (e.seq() < expectedSeq) {
                return fail(e.seq(), JournalVerification.ALTERED, "entry " + e.seq() + " is numbered out of sequence");
            }
            if (e.seq() != expectedSeq) {
                return fail(expectedSeq, JournalVerification.MISSING, expectedSeq == e.seq() - 1
                        ? "entry " + expectedSeq + " is missing"
                        : "entries " + expectedSeq + ".." + (e.seq() - 1) + " are missing");
            }
            if (expectedPrev == null) {
                firstChecked = true;
                firstSeq = e.seq();
                firstPrev = e.prevHash();
            } else if (!e.prevHash().equals(expectedPrev)) {
                failure = linkFailure(snap, count, e.seq(), e.prevHash());
                return false;
            }
            expectedPrev = e.entryHash();
            expectedSeq++;
            if (++count == warmUp) {
                onWarm.run();
            }
            lastHash = e.entryHash();
            lastSeq = e.seq();
            return true;
        }

        private boolean fail(long seq, String problem, String detail) {
            failure = JournalVerification.bad(count, seq, problem, detail);
            return false;
        }
    }
}
