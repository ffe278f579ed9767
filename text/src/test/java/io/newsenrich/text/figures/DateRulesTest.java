package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years and calendar dates go to {@code dates} with ISO values, never to figures. */
class DateRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The invasion began in 2022.                            | 2022;2022
            Russia's full-scale invasion in 2022 prompted martial law. | 2022;2022
            2022's floods were the worst on record.                | 2022;2022
            The law was passed in the 1990s.                       | 1990s;199
            The ceasefire was signed on 21 August 2025.            | 21 August 2025;2025-08-21
            Talks resume on August 21.                             | August 21;--08-21
            The report was published on March 3, 2024.            | March 3, 2024;2024-03-03
            The factory closed in September 2019.                  | September 2019;2019-09
            She was born on the 4th of July.                       | 4th of July;--07-04
            The deadline is 1st March.                             | 1st March;--03-01
            The data covers 2019-20.                               | 2019-20;2019
            The 2024–25 season ended early.                        | 2024–25;2024
            The budget for 2025-26 totals about $212 million.     | 2025-26;2025
            Elections are due by 2026 at the latest.               | 2026;2026
            The record dates from 1066.                            | 1066;1066
            The file was dated 2025-08-21.                         | 2025-08-21;2025-08-21
            Between 2010 and 2015 the town grew.                   | 2010;2010 && 2015;2015
            The Aug. 21 meeting was cancelled.                     | Aug. 21;--08-21
            He may be released in 2027.                            | 2027;2027
            It rained on Monday and last week.                     | none
            The company was founded in Dec 1998.                   | Dec 1998;1998-12
            Since 2014 the conflict has killed 13,000 people.      | 2014;2014
            The 2024 Olympics were held in Paris.                  | 2024;2024
            The plan was agreed on 5 May.                          | 5 May;--05-05
            The bank will report 2004 results on Monday.           | 2004;2004
            It hopes 2005 sales will improve.                      | 2005;2005
            The famous 1979 series became a cult hit.              | 1979;1979
            """)
    void dates(String sentence, String expected) {
        FigureCases.assertDates(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Since 2014 the conflict has killed 13,000 people.      | 13,000 people;13000;people,person;count;-;killed
            The stadium holds about 2000 fans.                     | 2000 fans;2000;fans;count;about;-;~
            The march drew 2000 people.                            | 2000 people;2000;people,person;count
            The runner won the 1500 metres.                        | 1500 metres;1500;metres;distance
            On 21 August 2025 the army lost 40 tanks.              | 40 tanks;40;tanks;count
            The 1990s saw 3 recessions.                            | 3 recessions;3;recessions;count
            The budget funds 1400 more nurses.                     | 1400 more nurses;1400;nurses;count
            The state will hire 1600 teachers.                     | 1600 teachers;1600;teachers;count
            In 1850 settlers reached the valley.                   | none
            Output is back to 2019 levels.                         | none
            """)
    void figuresNextToDates(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
