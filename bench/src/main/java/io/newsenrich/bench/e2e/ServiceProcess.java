package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pipeline service ({@code enrich run}, {@code sink run}) in its own JVM, started from its shaded jar as an
 * operator would, with a bounded heap, its ops HTTP on a free port, a flight recording and its log in files.
 */
final class ServiceProcess implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx256m";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String label;
    private final Process process;
    private final int httpPort;
    private final Path log;
    private final Path recording;

    private ServiceProcess(String label, Process process, int httpPort, Path log, Path recording) {
        this.label = label;
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.recording = recording;
    }

    /**
     * Starts {@code java -Xmx256m -jar <jar> run <runArgs> --http-port <free>} with its log and flight recording
     * named {@code label} in {@code workDir}.
     */
    static ServiceProcess start(String label, Path jar, List<String> runArgs, Path workDir) throws IOException {
        int port = freePort();
        Path log = workDir.resolve(label + ".log");
        Path recording = workDir.resolve(label + ".jfr");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP,
                // JFR's default settings (a stack sample every 20 ms): the profile settings' 10 ms samples, allocation
                // samples and leak profiling cost the services a tenth of their stream thread's time
                "-XX:StartFlightRecording=settings=default,dumponexit=true,filename=" + recording,
                "-jar", jar.toString(), "run", "--http-port", String.valueOf(port)));
        command.addAll(runArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServiceProcess(label, process, port, log, recording);
    }

    /** Waits until {@code /health/ready} answers 200: the streams client runs and its input topics exist. */
    void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(label + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(label + " not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    int httpPort() {
        return httpPort;
    }

    Path recording() {
        return recording;
    }

    /** CPU time the process used so far (all threads, user and system). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU time the process's JIT compiler threads used so far. */
    Duration jitCpuTime() {
        return CompilerThreads.cpuTime(process.pid());
    }

    /** SIGTERM, so the service closes its streams client and the flight recording is written; killed if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
