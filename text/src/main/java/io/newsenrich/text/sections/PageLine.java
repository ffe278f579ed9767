package io.newsenrich.text.sections;

import java.util.List;

/** A line with what the classifiers found in it; the structure pass may still change its kind. */
final class PageLine {

    final SourceLine source;
    LineKind kind;
    CaptionParts caption;
    List<String> names = List.of();
    String related;
    /** Whether the copy repeated this line later (the repeat itself is dropped). */
    boolean repeated;

    PageLine(SourceLine source, LineKind kind) {
        this.source = source;
        this.kind = kind;
    }

    String text() {
        return source.text();
    }

    String folded() {
        return source.folded();
    }

    boolean isFurniture() {
        return kind != LineKind.PLAIN && kind != LineKind.NAME_ONLY && kind != LineKind.BIO
                && kind != LineKind.AUTHOR_ROLE;
    }
}
