package io.creditdesk.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the bench commands share: process CPU time, peak heap, and removing their temporary folders. */
final class BenchSupport {
    private BenchSupport() {
    }

    /** CPU time of the whole process so far (every thread, H2's included), or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return io.creditdesk.common.ProcessCpu.nanos();
    }

    /** Collects garbage and starts the heap pools' peak figures afresh. */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of each heap pool's peak since the last reset (can exceed what was in use at any one moment). */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
