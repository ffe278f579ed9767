package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service spent its CPU, from the execution samples of its flight recording: the methods on top of the stack
 * most often (self time), and the share of samples inside a few areas of interest (inclusive time).
 *
 * @param topMethods method name to number of samples it was on top of the stack, most frequent first
 * @param areaShares area label to the fraction of samples with at least one frame in that area
 */
record HotMethods(int samples, Map<String, Integer> topMethods, Map<String, Double> areaShares) {

    /**
     * Code whose inclusive share tells what a service's CPU goes to. Kafka Streams itself is left out: every stream
     * thread sample has its frames, so its inclusive share says nothing; its clients (fetching, batching, sending,
     * network) are the part that is Kafka's own work.
     */
    record Area(String label, String packagePrefix) {
    }

    static final List<Area> AREAS = List.of(
            new Area("text core", "io.newsenrich.text."),
            new Area("JSON (Jackson)", "com.fasterxml.jackson."),
            new Area("JSON Schema validation", "com.networknt."),
            new Area("Kafka clients", "org.apache.kafka.clients."),
            new Area("lz4 compression", "net.jpountz."),
            new Area("metrics scrapes", "io.prometheus."));

    /** The samples of {@code recording} taken during {@code replay}, so that start-up and shutdown do not count. */
    static HotMethods read(Path recording, ScenarioResult.Replay replay, int top) throws IOException {
        List<List<String>> stacks = RecordingFile.readAllEvents(recording).stream()
                .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
                .filter(event -> replay.contains(event.getStartTime()))
                .map(RecordedEvent::getStackTrace)
                .filter(trace -> trace != null)
                .map(HotMethods::methods)
                .toList();
        return of(stacks, top);
    }

    /** From stacks given innermost frame first, as {@code Class.method} names; empty stacks are left out. */
    static HotMethods of(List<List<String>> stacks, int top) {
        List<List<String>> sampled = stacks.stream().filter(stack -> !stack.isEmpty()).toList();
        Map<String, Integer> self = sampled.stream()
                .collect(Collectors.toMap(stack -> stack.get(0), stack -> 1, Integer::sum));
        Map<String, Integer> topMethods = self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Integer::sum, LinkedHashMap::new));
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Area area : AREAS) {
            long inside = sampled.stream()
                    .filter(stack -> stack.stream().anyMatch(method -> method.startsWith(area.packagePrefix())))
                    .count();
            shares.put(area.label(), sampled.isEmpty() ? 0 : (double) inside / sampled.size());
        }
        return new HotMethods(sampled.size(), topMethods, shares);
    }

    private static List<String> methods(RecordedStackTrace trace) {
        return trace.getFrames().stream().filter(RecordedFrame::isJavaFrame)
                .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
                .toList();
    }
}
