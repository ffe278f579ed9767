package io.newsenrich.text.eval;

import io.newsenrich.model.Figure;
import java.util.List;

/**
 * How the analysis of one dev-set article compares with its gold file.
 *
 * @param file            the article's path relative to the corpus root
 * @param corpus          the corpus it comes from ("bbc", "ptc")
 * @param figures         figure match counts
 * @param body            body-paragraph match counts
 * @param headlineCorrect whether the headline equals the gold one (white space collapsed)
 * @param missed          gold figures nothing matched
 * @param falsePositives  found figures that match no gold figure
 */
public record ArticleScore(String file, String corpus, Counts figures, Counts body, boolean headlineCorrect,
                           List<GoldFigure> missed, List<Figure> falsePositives) {

    public ArticleScore {
        missed = List.copyOf(missed);
        falsePositives = List.copyOf(falsePositives);
    }
}
