package io.creditdesk.common;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (every thread, H2's included), for phase timers and benchmarks. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used by the process so far, or 0 where the JVM cannot tell. */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
