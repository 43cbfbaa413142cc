package io.creditdesk.common;

/**
 * Wall-clock and whole-process CPU time of consecutive phases, for the log ("Demo phases (wall /
 * process CPU): clear 40 / 30 ms, ..."). Process CPU counts every thread, H2's, the JIT's and the
 * garbage collector's included (0 where the JVM cannot tell).
 */
public final class PhaseTimer {
    private final StringBuilder phases = new StringBuilder();
    private long wall = System.nanoTime();
    private long cpu = ProcessCpu.nanos();

    /** Ends the current phase under {@code name} and starts the next one. */
    public void end(String name) {
        long w = System.nanoTime();
        long c = ProcessCpu.nanos();
        if (phases.length() > 0) {
            phases.append(", ");
        }
        phases.append(name).append(' ').append((w - wall) / 1_000_000).append(" / ").append((c - cpu) / 1_000_000)
                .append(" ms");
        wall = w;
        cpu = c;
    }

    /** The phases ended so far: "name wall / cpu ms, ...". */
    @Override
    public String toString() {
        return phases.toString();
    }
}
