package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineScannerTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one\ntwo\n\nthree", "one\r\ntwo\r\n\r\nthree", "one\rtwo\r\rthree",
            "\n\n one \n\ttwo\u00A0\n\u2003\nthree\n\n", "\uFEFFone\ntwo\u200B\nthree"})
    void cutsEveryLineEndingAndSkipsEmptyLines(String raw) {
        assertThat(LineScanner.scan(raw)).extracting(SourceLine::text).containsExactly("one", "two", "three");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "  • Join us on WhatsApp| Join us on WhatsApp",
        "- Sign up for alerts|Sign up for alerts",
        "* Listen to the podcast|Listen to the podcast",
        "▪ Caption text|Caption text",
        "\u00A0·\u00A0Caption text\u00A0|Caption text",
        "– Dash bullet|Dash bullet",
        "-5 degrees overnight|-5 degrees overnight",
        "*Note to readers|*Note to readers",
        "— Quote attribution|— Quote attribution",
        "Camera IconThe beach on Friday.|The beach on Friday.",
        "Camera Icon prices fell|Camera Icon prices fell"})
    void stripsBulletMarksButNotSignsOrDashes(String line, String expected) {
        assertThat(LineScanner.scan(line)).extracting(SourceLine::text).containsExactly(expected.strip());
    }

    @Test
    void offsetsPointIntoTheRawText() {
        String raw = "Title\r\n\r\n  • A \u201Cquoted\u201D line\u00A0\r\nlast";
        List<SourceLine> lines = LineScanner.scan(raw);
        assertThat(lines).allSatisfy(line -> assertThat(raw.substring(line.start(), line.end())).isEqualTo(line.text()));
        assertThat(lines.get(1).folded()).isEqualTo("a \"quoted\" line");
    }

    @Test
    void emptyAndBlankTextHaveNoLines() {
        assertThat(LineScanner.scan("")).isEmpty();
        assertThat(LineScanner.scan(" \n\u00A0\r\n\t")).isEmpty();
    }
}
