package io.newsenrich.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsOnlyTxtArticlesInPathOrderAcrossSubfolders() throws IOException {
        write("sport/2.txt", "second");
        write("business/1.txt", "first");
        write("README.TXT", "licence, not an article");
        write("notes.md", "not an article");

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.size()).isEqualTo(2);
        assertThat(corpus.text(0)).isEqualTo("first");
        assertThat(corpus.text(1)).isEqualTo("second");
    }

    @Test
    void replacesInvalidUtf8InsteadOfFailing() throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xff, 'b'});

        assertThat(Corpus.load(dir).text(0)).isEqualTo("a\uFFFDb");
    }

    @ParameterizedTest
    @CsvSource({"plain,5", "café,5", "€5,4"})
    void countsSizeInUtf8Bytes(String text, int bytes) throws IOException {
        write("a.txt", text);
        write("b.txt", text);

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.utf8Bytes(0)).isEqualTo(bytes);
        assertThat(corpus.totalUtf8Bytes()).isEqualTo(2L * bytes);
    }

    @Test
    void refusesAFolderWithoutArticles() throws IOException {
        write("README.TXT", "nothing to measure");

        assertThatThrownBy(() -> Corpus.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no *.txt articles");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
