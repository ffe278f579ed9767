package io.newsenrich.text.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence ends survive abbreviations, initials, decimals and quotes. Rows: text | sentences joined by " // ". */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mr Lavrov spoke. He left.                              | Mr Lavrov spoke. // He left.
            Mr. Smith met Dr. Jones in St. Albans. They talked.    | Mr. Smith met Dr. Jones in St. Albans. // They talked.
            Mrs Brown and Gen. Petraeus met Lt. Col. Ward today.   | Mrs Brown and Gen. Petraeus met Lt. Col. Ward today.
            The U.S. Senate voted. It passed.                      | The U.S. Senate voted. // It passed.
            He moved to the U.S. The talks failed.                 | He moved to the U.S. // The talks failed.
            The U.K. Government and the U.S. Army met.             | The U.K. Government and the U.S. Army met.
            J. K. Rowling wrote it. She is rich.                   | J. K. Rowling wrote it. // She is rich.
            Prices rose 3.5 percent. Sales fell.                   | Prices rose 3.5 percent. // Sales fell.
            He lives at No. 10 Downing Street. So does she.        | He lives at No. 10 Downing Street. // So does she.
            Is it over? No. It is not.                             | Is it over? // No. // It is not.
            “We are ready.” He smiled.                             | “We are ready.” // He smiled.
            “Are they ready?” he asked. Nobody knew.               | “Are they ready?” he asked. // Nobody knew.
            ‘It’s over,’ she said. Then she left.                  | ‘It’s over,’ she said. // Then she left.
            He said it was “unacceptable”. Talks ended.            | He said it was “unacceptable”. // Talks ended.
            They met on Aug. 21 in Alaska. Nothing was agreed.     | They met on Aug. 21 in Alaska. // Nothing was agreed.
            Wait! Stop! Now.                                       | Wait! // Stop! // Now.
            It cost $2.5bn. That is a lot.                         | It cost $2.5bn. // That is a lot.
            e.g. this one. And that.                               | e.g. this one. // And that.
            The vote was 52 vs. 48 in the end.                     | The vote was 52 vs. 48 in the end.
            He waited... and waited. Then he left.                 | He waited... and waited. // Then he left.
            The firm (Acme Ltd.) grew. It hired.                   | The firm (Acme Ltd.) grew. // It hired.
            Sgt. Pepper and Capt. Marvel met Prof. X.              | Sgt. Pepper and Capt. Marvel met Prof. X.
            The rate is 1.25%. It may rise.                        | The rate is 1.25%. // It may rise.
            No full stop at the end                                | No full stop at the end
            """)
    void splitsSentences(String text, String expected) {
        assertThat(splitter.sentences(text)).isEqualTo(Arrays.asList(expected.split(" // ")));
    }

    @ParameterizedTest(name = "[{index}] {1} sentences")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `First line without stop\\nSecond line.`                 | 2
            `One.\\nTwo.\\nThree.`                                    | 3
            `  Leading and trailing space.  `                         | 1
            `Mr\\nSmith`                                              | 2
            ``                                                        | 0
            """)
    void breaksAtEveryLine(String text, int count) {
        assertThat(splitter.sentences(text.replace("\\n", "\n"))).hasSize(count);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Hello world. Goodbye.                                  | 0  | Hello world.
            Hello world. Goodbye.                                  | 12 | Goodbye.
            Hello world. Goodbye.                                  | 6  | world.
            """)
    void offsetsPointIntoTheText(String text, int from, String first) {
        int[] bounds = splitter.split(text, from, text.length());
        assertThat(bounds[0]).isEqualTo(text.indexOf(first, from));
        assertThat(text.substring(bounds[0], bounds[1])).isEqualTo(first);
    }
}
