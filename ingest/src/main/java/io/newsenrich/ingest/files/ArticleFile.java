package io.newsenrich.ingest.files;

import io.newsenrich.model.RawArticle;

/** The outcome of reading one input: an article to publish, or the reason it was skipped. */
public sealed interface ArticleFile {

    String source();

    /** A readable article. */
    record Readable(RawArticle article) implements ArticleFile {
        @Override
        public String source() {
            return article.source();
        }
    }

    /** An input that cannot become an article, and why. */
    record Skipped(String source, String reason) implements ArticleFile {
    }
}
