package io.newsenrich.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ArticleReader strict = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), false, 1000);
    private final ArticleReader lenient = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), true, 1000);

    @TempDir
    Path dir;

    static Stream<Arguments> skippedContent() {
        return Stream.of(
                Arguments.of("empty", new byte[0], "empty file"),
                Arguments.of("blank", "  \n\t\n".getBytes(StandardCharsets.UTF_8), "empty file"),
                Arguments.of("binary", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary"),
                Arguments.of("latin-1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8"),
                Arguments.of("too large", "x".repeat(1001).getBytes(StandardCharsets.UTF_8), "too large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skippedContent")
    void skipsWhatIsNotAnArticleWithAReason(String name, byte[] bytes, String reason) throws IOException {
        Path file = Files.write(dir.resolve("a.txt"), bytes);
        ArticleFile result = strict.read(file);
        assertThat(result).isInstanceOf(ArticleFile.Skipped.class);
        assertThat(((ArticleFile.Skipped) result).reason()).contains(reason);
        assertThat(result.source()).isEqualTo(file.toString());
    }

    @Test
    void readsAnArticleWithIdHashAndSize() throws IOException {
        Path file = Files.writeString(dir.resolve("000_abc.txt"), "Headline\n\nBody “quoted”.\n");
        ArticleFile result = strict.read(file);
        RawArticle article = ((ArticleFile.Readable) result).article();
        assertThat(article.id()).isEqualTo("000_abc");
        assertThat(article.text()).isEqualTo("Headline\n\nBody “quoted”.\n");
        assertThat(article.bytes()).isEqualTo(Files.size(file));
        assertThat(article.sha256()).hasSize(64).isEqualTo(RawArticle.of("x", "y", article.text(), NOW).sha256());
        assertThat(article.ingestedAt()).isEqualTo(NOW);
    }

    @Test
    void lenientDecodingReplacesBadBytes() throws IOException {
        Path file = Files.write(dir.resolve("b.txt"), "caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        RawArticle article = ((ArticleFile.Readable) lenient.read(file)).article();
        assertThat(article.text()).isEqualTo("caf\uFFFD society");
    }

    @Test
    void fileRemovedBeforeReadingIsReported() {
        ArticleFile result = strict.read(dir.resolve("gone.txt"));
        assertThat(((ArticleFile.Skipped) result).reason()).contains("removed");
    }

    @Test
    void sameTextGivesSameHashSoReplaysAreRecognised() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Same text");
        Path b = Files.writeString(dir.resolve("b.txt"), "Same text");
        assertThat(((ArticleFile.Readable) strict.read(a)).article().sha256())
                .isEqualTo(((ArticleFile.Readable) strict.read(b)).article().sha256());
    }

    @Test
    void expandsFoldersRecursivelyInOrderWithoutHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("sub/c.txt"), "c");
        Files.writeString(dir.resolve(".hidden"), "h");
        List<Path> files = ArticleFiles.expand(List.of(dir));
        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("sub/c.txt"));
    }
}
