package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of a JVM's JIT compiler threads ({@code C1 CompilerThread*}, {@code C2 CompilerThread*}), read from
 * {@code /proc/<pid>/task/*}: CPU a service spends compiling its code rather than on records, high until the compiled
 * code settles. The JVM's own compilation-time counter measures elapsed time, which on a busy machine includes waiting
 * for a core, so the kernel's per-thread accounting is used instead. Zero where {@code /proc} is not readable.
 */
final class CompilerThreads {

    /** Linux reports thread CPU time in clock ticks of 1/100 s ({@code USER_HZ}) on every common architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final String COMPILER_THREAD = "CompilerThre";

    private CompilerThreads() {
    }

    static Duration cpuTime(long pid) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Duration.ZERO;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(ticks * NANOS_PER_TICK);
    }

    private static long compilerTicks(Path thread) {
        try {
            return ticks(Files.readString(thread.resolve("stat")));
        } catch (IOException e) {
            return 0; // the thread ended between listing and reading
        }
    }

    /**
     * User plus system ticks of one {@code /proc/.../stat} line when its thread is a JIT compiler, else 0. The
     * thread name stands in parentheses and may hold spaces, so fields are counted after the closing one.
     */
    static long ticks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.substring(open + 1, close).contains(COMPILER_THREAD)) {
            return 0;
        }
        String[] fields = stat.substring(close + 2).trim().split(" ");
        // after the name: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt,
        // then utime and stime
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
