package io.newsenrich.systest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                service.mainClass, "run"));
        command.addAll(runArgs);
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, service.stateName() + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildService(process, log);
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
