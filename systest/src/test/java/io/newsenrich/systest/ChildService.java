package io.newsenrich.systest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service in its own JVM, as in production, so that it can be killed hard: {@link #kill()} is SIGKILL, no
 * shutdown hook, no commit, no transaction abort. Its logs go to a file.
 */
final class ChildService implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildService(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildService start(Service service, List<String> runArgs, Path logDir) throws IOException {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(runArgs);
        return start(service.stateName(), service.mainClass, args, logDir);
    }

    /** Any of the project's command-line programs ({@code mainClass} with {@code args}) in its own JVM. */
    static ChildService start(String name, String mainClass, List<String> args, Path logDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(args);
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, name + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildService(process, log);
    }

    /** Waits for the program to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("child JVM still running after " + timeout + ", see " + log);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM did not die, see " + log);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
