package io.newsenrich.text.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newsenrich.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One hand-annotated article of the development set (devset/gold/*.json).
 *
 * @param file     the article's path relative to the corpus root, e.g. {@code bbc/business/012.txt}
 * @param sections the expected headline and body
 * @param figures  the expected figures, in text order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String file, GoldSections sections, List<GoldFigure> figures) {

    public GoldArticle {
        figures = List.copyOf(figures);
    }

    /** Reads a gold file; a file that does not parse is an error, never a skipped article. */
    public static GoldArticle read(Path goldFile) {
        try {
            return Json.mapper().readValue(goldFile.toFile(), GoldArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bad gold file " + goldFile, e);
        }
    }

    /** The corpus the article comes from: the first element of its path ("bbc", "ptc"). */
    public String corpus() {
        int slash = file.indexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
