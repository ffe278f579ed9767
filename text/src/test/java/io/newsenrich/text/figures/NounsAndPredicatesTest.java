package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted nouns the "-s" rule misreads, nouns that stand before the number, and predicates that name a casualty
 * event away from the number. Format as in {@link FigureCases}.
 */
class NounsAndPredicatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Officials said 2,000 Yemenis were evacuated.             | 2,000 Yemenis were evacuated;2000;Yemenis;count;-;evacuated
            At least 300 Iraqis were killed.                         | 300 Iraqis were killed;300;Iraqis;count;at least;killed
            Some 17.1 million Yemenis need aid.                      | 17.1 million Yemenis;17100000;Yemenis;count;some;-;~
            The city licensed 4,000 taxis last year.                 | 4,000 taxis;4000;taxis;count
            Twelve Lebanese were killed in the strike.               | Twelve Lebanese were killed;12;Lebanese;count;-;killed
            About 2,000 Sudanese crossed the border.                 | 2,000 Sudanese;2000;Sudanese;count;about;-;~
            Three Chinese nationals died in the blast.               | Three Chinese nationals died;3;nationals;count;-;killed
            The crisis hit 300 firms.                                | 300 firms;300;firms;count
            Officials reported 2,911 measles cases.                  | 2,911 measles cases;2911;measles cases,cases;count
            It took delivery of 11 natural gas carriers.             | 11 natural gas carriers;11;gas carriers,carriers;count
            There were 300 rabies deaths last year.                  | 300 rabies deaths;300;rabies deaths,deaths;count;-;killed
            Some 40 diabetes patients were treated.                  | 40 diabetes patients;40;diabetes patients,patients;count;some;-;~
            Police named one deceased victim on Friday.              | one deceased victim;1;victim;count
            One unnamed source confirmed the talks.                  | One unnamed source;1;source;count
            One man confirmed the talks.                             | One man;1;man;count
            One man armed with a knife fled.                         | One man;1;man;count
            One man fled the scene.                                  | One man;1;man;count
            One boy ran away from the camp.                          | One boy;1;boy;count
            It rests on one widely held opinion.                     | one widely held opinion;1;opinion;count
            Officials said two U.S. soldiers were killed.            | two U.S. soldiers were killed;2;soldiers;count;-;killed
            Seven U.K. Labour lawmakers quit the party.              | Seven U.K. Labour lawmakers;7;lawmakers;count
            One U.N. official said talks would resume.               | One U.N. official;1;official;count
            He set up four U.S. Attorney’s Offices.                  | four U.S. Attorney’s Offices;4;Offices;count
            Two children’s hospitals closed last year.               | Two children’s hospitals;2;hospitals;count
            The two children's mother was arrested.                  | two children;2;children;count
            Tests linked them to two 9mm pistols.                    | two 9mm pistols;2;pistols;count
            The army has four 155mm howitzers.                       | four 155mm howitzers;4;howitzers;count
            It can supply three Las Vegas households.                | three Las Vegas households;3;households;count
            Four Des Moines schools closed.                          | Four Des Moines schools;4;schools;count
            The rise covers 42,000 arts teachers.                    | 42,000 arts teachers;42000;arts teachers,teachers;count
            The city will open four cooling and charging centers.    | four cooling and charging centers;4;centers;count
            Police caught 1,178 drink and drug-drivers last year.    | 1,178 drink and drug-drivers;1178;drug-drivers,drivers;count
            The plan has 88 detached and semi-detached houses.       | 88 detached and semi-detached houses;88;houses;count
            A survey of 1,013 Scots puts Yes ahead.                  | 1,013 Scots;1013;Scots;count
            Long made six 3-pointers in the game.                    | six 3-pointers;6;3-pointers,pointers;count
            One maintenance worker responsible for the trails left.  | One maintenance worker;1;maintenance worker,worker;count
            Nearly three out of four young people want change.       | none
            He scored 8 out of 10 penalties.                         | 8;8;penalties;count && 10 penalties;10;penalties;count
            The plant uses 3.5 kilowatt hours a day.                 | 3.5 kilowatt hours;3.5;kilowatt hours,kilowatt;measure
            There were 12 large and small boats.                     | 12 large and small boats;12;boats;count
            Five men and women were hurt.                            | Five men;5;men;count;-;injured
            """)
    void nounsTheSuffixRuleMisreads(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Monthly active users reached 410 million.                | 410 million;410000000;users;count
            Monthly active users reached 410 million, up from 362 million. | 410 million;410000000;users;count && 362 million;362000000;users;count
            Global mobile phone sales passed 167 million.            | 167 million;167000000;mobile phone sales,sales;count
            Subscribers climbed to 96 million.                       | 96 million;96000000;Subscribers;count
            Apple reached 1 billion in the quarter.                  | 1 billion;1000000000;people,person;count
            The country has 10 million.                              | 10 million;10000000;people,person;count
            Users of its office suite reached 410 million.           | 410 million;410000000;Users;count
            Paid subscribers rose by 8 million to 96 million.        | 8 million;8000000;subscribers;count && 96 million;96000000;subscribers;count
            Visitors fell from 400 to 310.                           | 400;400;Visitors;count && 310;310;Visitors;count
            Visitors from China, which fell to 1.21 million, lagged. | 1.21 million;1210000;Visitors;count
            The index, which fell to 7,200, recovered.               | none
            Visitor numbers fell to 40,000 in March.                 | 40,000;40000;Visitor numbers,visitors;count
            Passenger numbers soar past 1 million.                   | 1 million;1000000;Passenger numbers,passengers;count
            Pupil numbers have fallen from 400 to 310.               | 400;400;Pupil numbers,pupils;count && 310;310;Pupil numbers,pupils;count
            Casualty numbers climbed to 300.                         | 300;300;Casualty numbers,casualties;count
            Police numbers had fallen by 1,132.                      | 1,132;1132;Police numbers,police;count
            Officials checked seven million telephone numbers.       | seven million telephone numbers;7000000;telephone numbers,numbers;count
            The number waiting over 12 months fell from 7,613 to 6,630. | 12 months;12;months;duration;over
            Prices rose by 5 to 10 percent.                          | 5;5;percent;percent && 10 percent;10;percent;percent
            The number of homicides rose to 602.                     | 602;602;homicides;count;-;killed
            The number of people confirmed dead in the landslides that buried six villages in the district last Wednesday has risen to 28. | six villages;6;villages;count && 28;28;people;count
            He cut the number of ministries from 18 to nine.         | 18;18;ministries;count && nine;9;ministries;count
            Indian arrivals rose 42 percent to 98,500.               | 42 percent;42;percent;percent && 98,500;98500;arrivals;count
            Deaths among the young fell 42% to 187.                  | 42%;42;%;percent && 187;187;Deaths;count;-;killed
            Of 2,700 lorries requested, only 830 were cleared.       | 2,700 lorries;2700;lorries;count && 830;830;lorries;count
            Of the 348 riders, 61 suffered fractures and 12 were unable to work. | 348 riders;348;riders;count && 61 suffered fractures;61;riders;count;-;injured && 12;12;riders;count
            Rescuers freed 14 miners. Nine of them are from Bolivia. | 14 miners;14;miners;count && Nine;9;miners;count
            It is not known whether the two of them met.             | none
            Gauteng had the most murders, 1,908, then Limpopo with 1,751. | 1,908;1908;murders;count;-;killed && 1,751;1751;murders;count;-;killed
            Of the top performers, 1,112 came from national schools. | 1,112;1112;performers;count
            Of the callouts, 244 involved walkers who were lost.     | 244;244;callouts;count
            Of last year's callouts, 244 involved walkers, while 187 were for injuries. | 244;244;callouts;count && 187;187;callouts;count
            Rapes rose to 10,516. Of these, 4,412 were at home.      | 10,516;10516;Rapes;count && 4,412;4412;Rapes;count
            Kollam recorded 37,905 bites. Wayanad had the fewest, at 6,034. | 37,905 bites;37905;bites;count && 6,034;6034;bites;count
            Kollam recorded 37,905 bites. Idukki had the most, with 9,000. | 37,905 bites;37905;bites;count && 9,000;9000;bites;count
            There were 312 cases. Wa had the highest number, 94, followed by Jirapa with 48. | 312 cases;312;cases;count && 94;94;cases;count && 48;48;cases;count
            There were 312 cases. Of the 312, 118 were confirmed.    | 312 cases;312;cases;count && 312;312;cases;count && 118;118;cases;count
            Of the 40 posts, 25 are for nurses, while the remaining 15 are for cleaners. | 40 posts;40;posts;count && 25;25;posts;count && 15;15;posts;count
            Some 40,000 homes lost power. The number had fallen to 19,400 by noon. | 40,000 homes;40000;homes;count;some;-;~ && 19,400;19400;homes;count
            Some 300 stations are open. The total will reach 326 in June. | 300 stations;300;stations;count;some;-;~ && 326;326;stations;count
            The city has the largest number of cases, at 9,842.     | 9,842;9842;cases;count
            Dengue cases also rose, to 3,107 from 2,290.             | 3,107;3107;cases;count && 2,290;2290;cases;count
            Robberies, however, rose to 41 from 28.                  | 41;41;Robberies;count && 28;28;Robberies;count
            It holds 3,418 pupils, of whom 96 passed.                | 3,418 pupils;3418;pupils;count && 96;96;pupils;count
            Police recorded 6,953 murders last year.                 | 6,953 murders;6953;murders;count;-;killed
            The four gang members who murdered Jane Doe met at a bar. | four gang members;4;gang members,members;count
            The probe landed on asteroid 2020 KR4 in 2027.           | none
            It gave out 98,400 nets, short of its target of 120,000. | 98,400 nets;98400;nets;count && 120,000;120000;nets;count
            She won 201,318 votes, a margin of 18,413.               | 201,318 votes;201318;votes;count && 18,413;18413;votes;count
            It shipped 118 million boxes of 5 kg, up from 103 million. | 118 million boxes;118000000;boxes;count && 5 kg;5;kg;measure && 103 million;103000000;boxes;count
            The city, 180 km from the capital, has a population of about 565,000. | 180 km;180;km;distance && 565,000;565000;population,people,person;count;about;-;~
            The PLP won 24 seats, two fewer than it held.            | 24 seats;24;seats;count && two;2;seats;count
            The PLP won 24 seats and the OBA took the other 12.      | 24 seats;24;seats;count && 12;12;seats;count
            Visitors from China rose to 98,300.                      | 98,300;98300;Visitors;count
            The number of films released rose to 310 in 2004.        | 310;310;films;count
            Catches should not exceed 576,958t next year.            | 576,958t;576958;t;measure
            She is survived by seven grandchildren.                  | seven grandchildren;7;grandchildren;count
            Tankers will refuel its 46 F-16 fighters.                | 46 F-16 fighters;46;fighters;count
            The plan raises the number of beds by 40.                | 40;40;beds;count
            Cardiff had 38,910 names, followed by Swansea Bay with 21,340. | 38,910 names;38910;names;count && 21,340;21340;names;count
            Lows will be between minus 35 and minus 42 degrees.      | minus 35;-35;degrees;measure && minus 42 degrees;-42;degrees;measure
            Highs will be between -12 and -15 degrees.               | -12;-12;degrees;measure && -15 degrees;-15;degrees;measure
            Cables withstand from minus 40 to plus 50 degrees.       | minus 40;-40;degrees;measure && 50 degrees;50;degrees;measure
            Shoplifting offences hit a record 516,971.               | 516,971;516971;offences;count
            Job vacancies fell by 44,000 to 718,000.                 | 44,000;44000;vacancies;count && 718,000;718000;vacancies;count
            Temperatures reached 45 in Seville.                      | none
            The number of police officers will rise by 13,000.       | 13,000;13000;police officers,officers;count
            The number of unsold units in new towers climbed to 2,356. | 2,356;2356;unsold units,units;count
            Sales of Blume's books have exceeded 75 million.         | 75 million;75000000;books;count
            The firm hopes to reach 1,000 stores.                    | 1,000 stores;1000;stores;count
            Talks will go on for at least another 24 hours.          | 24 hours;24;hours;duration;at least
            Some 27 films were made, compared with 45 in 2003.       | 27 films;27;films;count;some;-;~ && 45;45;films;count
            Demand rose by 1,100 terawatt-hours.                     | 1,100 terawatt-hours;1100;terawatt-hours,terawatt;measure
            The bar was raised by one centimetre.                    | one centimetre;1;centimetre;distance
            The deal wiped SFr4bn off its value.                     | SFr4bn;4000000000;SFr;money
            It is up from 1.1 three years ago.                       | three years;3;years;duration
            It has risen by more than 2,000 in 12 months.            | 12 months;12;months;duration
            One in 10 adults smoke.                                  | none
            Headcount stood at 64,800 in September.                  | 64,800;64800;Headcount,people,person;count
            Attendance reached 52,000.                               | 52,000;52000;Attendance,people,person;count
            Labour won 412 seats, up 211.                            | 412 seats;412;seats;count && 211;211;seats;count
            Labour won 412 seats up and down the country.            | 412 seats;412;seats;count
            Farmers will harvest 1.98 billion bushels of wheat.      | 1.98 billion bushels;1980000000;bushels;measure
            The link runs at 10 gigabits per second.                 | 10 gigabits per second;10;gigabits per second,gigabits;measure
            A 24-carat gold ring was stolen.                         | 24-carat;24;carat;measure
            """)
    void nounsBeforeTheNumberAndUnitsOfMeasure(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Among the dead were three children.                      | three children;3;children;count;-;killed
            The injured included 12 soldiers.                        | 12 soldiers;12;soldiers;count;-;injured
            The children were three brothers.                        | three brothers;3;brothers;count
            More than 4.5 million people remain internally displaced. | 4.5 million people remain internally displaced;4500000;people,person;count;more than;displaced
            Three people were reportedly killed.                     | Three people were reportedly killed;3;people,person;count;-;killed
            Two buses were badly damaged.                            | Two buses;2;buses;count
            Officials said 11 babies under three months old had died. | 11 babies;11;babies;count;-;killed && three months;3;months;duration;under
            The victims, aged 24, 28 and 31, were named.             | 24;24;aged,years;age && 28;28;aged,years;age && 31;31;aged,years;age
            They had an average age of 47, and eleven in training.   | 47;47;age,years;age
            Two boys aged 12 and 14 were killed.                     | Two boys;2;boys;count;-;killed && 12;12;aged,years;age && 14;14;aged,years;age
            Three men aged over 60 were injured.                     | Three men;3;men;count;-;injured && 60;60;aged,years;age;over
            The ministry raised the toll from the strikes on the province to 37. | 37;37;toll,people,person;count;-;killed
            The new deaths brought the death toll to 120.            | 120;120;death toll,people,person;count;-;killed
            Ten patients arrived, bringing the total in the city to 119. | Ten patients;10;patients;count && 119;119;patients;count
            Seventeen people were arrested. Fourteen were charged.   | Seventeen people were arrested;17;people,person;count;-;detained && Fourteen;14;people,person;count
            About 23,000 homes lost power. 7,800 were still cut off. | 23,000 homes;23000;homes;count;about;-;~ && 7,800;7800;homes;count
            Six students were held. Two were later released.        | Six students;6;students;count && Two;2;students;count
            Police seized 40 cars. Twelve were returned.             | 40 cars;40;cars;count
            It sold 400 tups. A total of 27 fetched over £10,000.    | 400 tups;400;tups;count && 27;27;tups;count && £10,000;10000;£;money;over
            The rule raised the age limit to 67.                     | none
            Twenty-two passengers and seven crew members were injured. | Twenty-two passengers;22;passengers;count;-;injured && seven crew members were injured;7;crew members,members;count;-;injured
            Two people died on Monday and two more died on Tuesday.  | Two people died;2;people,person;count;-;killed && two more died;2;died,people,person;count;-;killed
            About 1.9 million people – most of the population – have been displaced. | 1.9 million people;1900000;people,person;count;about;displaced;~
            Three people who died were named.                        | Three people who died;3;people,person;count;-;killed
            It lists 250 fishermen who have died at sea.             | 250 fishermen who have died;250;fishermen;count;-;killed
            Two men who have attacked a guard were jailed.           | Two men;2;men;count
            Some 52 people have lost their lives on the road.        | 52 people have lost their lives;52;people,person;count;some;killed;~
            A woman of 81 lost her life.                             | 81;81;years;age
            We think of the two men who lost their lives.            | two men who lost their lives;2;men;count;-;killed
            Four people died in Lismore and another five elsewhere.  | Four people died;4;people,person;count;-;killed && five;5;people,person;count;-;killed
            In 2024, 61 people died, down from 71 the year before.   | 61 people died;61;people,person;count;-;killed && 71;71;people,person;count;-;killed
            It killed 90 people and left some 200 at risk.           | 90 people;90;people,person;count;-;killed && 200;200;people,person;count;some;-;~
            Police arrested 12 people and 7 were released.           | 12 people;12;people,person;count;-;detained && 7;7;people,person;count
            The death toll could rise, with up to six people trapped. | six people;6;people,person;count;up to
            The air force downed 11 Kh-101 cruise missiles.          | 11 Kh-101 cruise missiles;11;cruise missiles,missiles;count
            """)
    void casualtiesNamedAwayFromTheNumber(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The bank cut rates by a quarter of a percentage point to 4%. | a quarter of a percentage point;0.25;percentage point,point;percent && 4%;4;%;percent
            The bank cut rates by half a percentage point.           | half a percentage point;0.5;percentage point,point;percent
            Rates rose by three-quarters of a percentage point.      | three-quarters of a percentage point;0.75;percentage point,point;percent
            A basin three-quarters of a mile across is planned.      | three-quarters of a mile;0.75;mile;distance
            The walk took a quarter of an hour.                      | a quarter of an hour;0.25;hour;duration
            A quarter of the population voted.                       | none
            Sales rose in the first quarter.                         | none
            Two and a half million people watched.                   | Two and a half million people;2500000;people,person;count
            """)
    void fractionsOfAPoint(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A £250,000 mortgage over 25 years would cost more.       | £250,000;250000;£;money && 25 years;25;years;duration
            The plan costs $2bn over five years.                     | $2bn;2000000000;$;money && five years;5;years;duration
            He was jailed for over 10 years.                         | 10 years;10;years;duration;over
            Some 500 homes were built in over 20 years.              | 500 homes;500;homes;count;some;-;~ && 20 years;20;years;duration;over
            """)
    void overBeforeASpan(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Men aged 24, 39 and 57 spent almost three hours in the water. | 24;24;aged,years;age && 39;39;aged,years;age && 57;57;aged,years;age && three hours;3;hours;duration;almost;-;~
            The 57 spent three hours on the roof.                    | three hours;3;hours;duration
            He had eight top three hits.                             | eight top three hits;8;three hits,hits;count
            She won three of the home side's seven tries.            | three;3;tries;count && seven tries;7;tries;count
            He scored two of South Canterbury's four tries.          | two;2;tries;count && four tries;4;tries;count
            Eleven of 17 shellfish beds have been closed.            | Eleven;11;beds;count && 17 shellfish beds;17;beds;count
            The district has placed 14 portable classrooms there.    | 14 portable classrooms;14;classrooms;count
            There were nearly 300 of us on the fifth floor.          | 300;300;people,person;count;nearly;-;~
            She paid £38,000 in six instalments.                     | £38,000;38000;£;money && six instalments;6;instalments;count
            Five Formula One teams left.                             | Five Formula One teams;5;teams;count
            Two one-way tickets were sold.                           | Two one-way tickets;2;one-way tickets,tickets;count
            """)
    void anotherAmountEndsTheNoun(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
