package io.newsenrich.ingest.cli;

import io.newsenrich.ingest.Ingest;
import java.io.PrintWriter;

/** A one-line progress counter redrawn at most five times a second, for long replays on a terminal. */
final class TerminalProgress implements Ingest.Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private long lastDrawn;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    /** A progress line when stderr is a terminal and the run is long enough to need one. */
    static Ingest.Progress forRun(PrintWriter err, int inputs) {
        return System.console() != null && inputs >= 100 ? new TerminalProgress(err) : Ingest.Progress.NONE;
    }

    @Override
    public void update(int done, int total) {
        long now = System.nanoTime();
        if (done == total || now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            out.printf("\r  read %d/%d (%d%%)%s", done, total, done * 100L / total, done == total ? System.lineSeparator() : "");
            out.flush();
        }
    }
}
