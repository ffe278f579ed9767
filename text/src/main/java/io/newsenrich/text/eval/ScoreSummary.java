package io.newsenrich.text.eval;

import java.util.List;

/**
 * Micro-averaged scores over a group of articles (the whole dev set or one corpus).
 *
 * @param name             what the group is ("all", "bbc", "ptc")
 * @param articles         how many articles it holds
 * @param figures          summed figure counts
 * @param body             summed body-paragraph counts
 * @param headlinesCorrect how many headlines were right
 */
public record ScoreSummary(String name, int articles, Counts figures, Counts body, int headlinesCorrect) {

    static ScoreSummary of(String name, List<ArticleScore> scores) {
        return new ScoreSummary(name, scores.size(),
                scores.stream().map(ArticleScore::figures).reduce(Counts.NONE, Counts::plus),
                scores.stream().map(ArticleScore::body).reduce(Counts.NONE, Counts::plus),
                (int) scores.stream().filter(ArticleScore::headlineCorrect).count());
    }

    /** Share of articles whose headline was right; 1 for an empty group. */
    public double headlineAccuracy() {
        return articles == 0 ? 1 : (double) headlinesCorrect / articles;
    }
}
