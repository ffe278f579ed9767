package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bare numbers that share the noun of the sentence's last figure through a bound or "another", units written in
 * compounds, and numbers that only look like amounts. Format as in {@link FigureCases}.
 */
class SharedNounsAndLookAlikesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            It cut power to 85,000 customers and could cut another 110,000 if winds rose. | 85,000 customers;85000;customers;count && 110,000;110000;customers;count
            He scored 41 points, including 17 in the fourth quarter.  | 41 points;41;points;count && 17;17;points;count
            It tracks six million blogs and says more than 12,000 are added daily. | six million blogs;6000000;blogs;count && 12,000;12000;blogs;count;more than
            Of the 5,600 planets confirmed, fewer than 200 are rocky. | 5,600 planets;5600;planets;count && 200;200;planets;count;fewer than
            They sought at least 20 years, while his lawyers asked for no more than 7. | 20 years;20;years;duration;at least && 7;7;years;duration;no more than
            It employs 50,000 people, with about 7,000 in the UK.    | 50,000 people;50000;people,person;count && 7,000;7000;people,person;count;about;-;~
            Of the 20 sectors surveyed, 13 reported growth.           | 20 sectors;20;sectors;count && 13;13;sectors;count
            He has 306 points for the season, against 275 for Norris. | 306 points;306;points;count && 275;275;points;count
            A crowd of 266,000 attended, up from 222,000 last year.   | 266,000;266000;crowd,people,person;count && 222,000;222000;people,person;count
            The ship sailed with a crew of 30.                       | 30;30;crew,people,person;count
            Police said 104 victims were shot and eight were stabbed. | 104 victims;104;victims;count && eight were stabbed;8;stabbed,people,person;count;-;injured
            Some 1,346 houses were partly damaged and 48 fully destroyed. | 1,346 houses;1346;houses;count;some;-;~ && 48;48;houses;count
            The island has 230 people in summer and 90 in winter.    | 230 people;230;people,person;count && 90;90;people,person;count
            Six people were taken to Tel Chiha Hospital and eight to others. | Six people were taken to Tel Chiha Hospital;6;people,person;count;-;hospitalised && eight;8;people,person;count;-;hospitalised
            Rangers removed 28 crocodiles from the gorge and 11 from the lake. | 28 crocodiles;28;crocodiles;count && 11;11;crocodiles;count
            Two executives from the insurer and one from the broker were charged. | Two executives;2;executives;count && one;1;executives;count
            The count found 6,904 ballots were blank and 4,211 were spoiled. | 6,904 ballots;6904;ballots;count && 4,211;4211;ballots;count
            Eight cranes were in service, as four were undergoing repairs. | Eight cranes;8;cranes;count && four;4;cranes;count
            So far 31 people have died and 4,286 have been treated.  | 31 people have died;31;people,person;count;-;killed && 4,286;4286;people,person;count
            It will create 85 full-time and 40 part-time positions.  | 85 full-time;85;positions;count && 40 part-time positions;40;part-time positions,positions;count
            The class has 12 male and nine female students.          | 12 male;12;students;count && nine female students;9;students;count
            It includes 168 two-bedroom and 252 larger apartments.   | 168;168;apartments;count && two-bedroom;2;bedroom;count && 252 larger apartments;252;larger apartments,apartments;count
            Three fled and two stayed behind.                        | none
            The station has 341 gardaí, down from 367.               | 341 gardaí;341;gardaí;count && 367;367;gardaí;count
            It reviewed the area's 1,200 pre-1919 tenement flats.   | 1,200 pre-1919 tenement flats;1200;tenement flats,flats;count
            Police held 41 people; 27 were freed, while 14 remain in custody. | 41 people;41;people,person;count && 27;27;people,person;count && 14;14;people,person;count
            Of those admitted, 1,062 were male.                      | 1,062;1062;people,person;count
            Of the injured, 8 are in critical condition.             | 8;8;injured,people,person;count;-;injured
            Of the elephants killed, 92 were shot.                   | 92;92;elephants;count;-;killed
            Some 400 people were ordered to leave in 2024 and 41 were deported. | 400 people;400;people,person;count;some;-;~ && 41;41;people,person;count
            Around 140 cabins on decks 9 and 10 were isolated.       | 140 cabins;140;cabins;count;around;-;~
            Of the 47 injured, 29 were treated, while 7 needed surgery. | 47 injured;47;injured,people,person;count;-;injured && 29;29;people,person;count && 7;7;people,person;count
            Their children Emily, 16, and Pelham, 14 were pleased.   | 16;16;years;age
            It will have 29 fewer aircraft than planned.             | 29 fewer aircraft;29;aircraft;count
            Brown had 24 points and White added 18, a season high.    | 24 points;24;points;count && 18;18;points;count
            Two officers died after someone had called 911.          | Two officers died;2;officers;count;-;killed
            It has 3 children and is over 70.                        | 3 children;3;children;count
            It sold 40 million copies, almost one third of the market. | 40 million copies;40000000;copies;count
            It won 30 awards, and at least one of them in Cannes.    | 30 awards;30;awards;count
            It sold 500 cars and is optimistic about 2005.           | 500 cars;500;cars;count
            Some 1,150 runners were treated, 37 of whom in hospital. | 1,150 runners;1150;runners;count;some;-;~ && 37;37;runners;count
            It set 10 world records, three of which in Britain.       | 10 world records;10;world records,records;count && three;3;world records,records;count
            It ran one train an hour, instead of the usual three.     | one train;1;train;count && three;3;train;count
            About 580 homes lost power, compared with a typical 20.   | 580 homes;580;homes;count;about;-;~ && 20;20;homes;count
            It said 612,000 of its customers had no power, along with 310,000 in Texas. | 612,000;612000;customers;count && 310,000;310000;customers;count
            The gunman killed more than 50 and injured nearly 500.   | 50;50;people,person;count;more than;killed && 500;500;people,person;count;nearly;injured;~
            It runs 28 flights a week, compared to 56 before.        | 28 flights;28;flights;count && 56;56;flights;count
            It had 17 shots, compared with the visitors' nine.       | 17 shots;17;shots;count && nine;9;shots;count
            It is two points behind Leeds and nine clear of Hull.    | two points;2;points;count && nine;9;points;count
            They recorded 712 cases, 655 and 590.                    | 712 cases;712;cases;count && 655;655;cases;count && 590;590;cases;count
            Two men, 29 and 35, were listed in good condition.       | Two men;2;men;count && 29;29;years;age && 35;35;years;age
            She has lived here for 50-odd years.                     | 50-odd years;50;years;duration;-;-;~
            It would add another 100 or so cars a day.               | 100 or so cars;100;cars;count;-;-;~
            Some 20 wounded came in, and five of them died.          | 20 wounded;20;wounded,people,person;count;some;injured;~ && five;5;people,person;count;-;killed
            Staff will work 64 hours instead of 80.                  | 64 hours;64;hours;duration && 80;80;hours;duration
            Crews found 12 bodies, bringing the total to 53.         | 12 bodies;12;bodies;count && 53;53;bodies;count
            Police counted 28,000 people; unions put the figure at 45,000. | 28,000 people;28000;people,person;count && 45,000;45000;people,person;count
            It sold 300 cars and hopes to raise that number to 600.  | 300 cars;300;cars;count && 600;600;cars;count
            It needed 2,400 cutters, but only 1,650 had registered.  | 2,400 cutters;2400;cutters;count && 1,650;1650;cutters;count
            It made 30 films, and 12 will be shown.                  | 30 films;30;films;count && 12;12;films;count
            We sold 25 laptops and one can see why.                  | 25 laptops;25;laptops;count
            The total rose to 53 in 2024.                            | none
            """)
    void boundedNumbersShareTheLastNoun(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Celtics erased a 15-point deficit.                   | 15-point;15;point;count
            At one point the crowd sang.                             | none
            At one stage the queue reached the gate.                 | none
            Only one stage of the race is left.                      | one stage;1;stage;count
            A two-stage vote is likely.                              | two-stage;2;stage;count
            A weekly ticket on the 36 costs £27.50.                  | £27.50;27.5;£;money
            The planet is 41 light-years away.                       | 41 light-years;41;light-years,years;distance
            The youngest was aged around 18 months.                  | 18 months;18;months;age;around;-;~
            A man aged 45 died.                                      | 45;45;aged,years;age
            The foundation counted 41 such incidents last year.      | 41 such incidents;41;incidents;count
            The package contains four M1A1 Abrams tanks.             | four M1A1 Abrams tanks;4;tanks;count
            Germany will send 14 Leopard 2 tanks.                    | 14 Leopard 2 tanks;14;tanks;count
            It sent a dozen Leopard 2A4 tanks.                       | a dozen Leopard 2A4 tanks;12;tanks;count
            Ryanair ordered 70 Boeing 737-800 planes.                | 70 Boeing 737-800 planes;70;planes;count
            About 300 Boeing 737 Max planes were grounded.           | 300 Boeing 737 Max planes;300;planes;count;about;-;~
            The airline will buy 10 A320 aircraft.                   | 10 A320 aircraft;10;aircraft;count
            It delivered 30 Airbus A320neo jets.                     | 30 Airbus A320neo jets;30;jets;count
            The Leopard 2 tanks arrived.                             | none
            Boeing's 737 Max 8 jets were grounded.                   | none
            It built three all-weather pitches.                      | three all-weather pitches;3;all-weather pitches,pitches;count
            It paid up to 50,000 with-profits investors.             | 50,000 with-profits investors;50000;with-profits investors,investors;count;up to
            He lost four previous by-elections.                      | four previous by-elections;4;by-elections,elections;count
            Mortgage rates top 7% for the first time.                | 7%;7;%;percent
            The top 10 was announced.                                | none
            She finished 5 seconds ahead of the field.               | 5 seconds;5;seconds;duration
            He crossed the line 1.3 seconds clear.                   | 1.3 seconds;1.3;seconds;duration
            She finished 12 in the final standings.                  | none
            Deliveries of Boeing 737 Max 8-200 jets were delayed.     | none
            Prices rose 10-20% this year.                            | 10;10;%;percent && 20%;20;%;percent
            The fire started shortly before 2 p.m. on Thursday.      | none
            Ballots were due by 5 p.m on Friday.                     | none
            A stamp costs 5p more.                                   | 5p;5;p;money
            ‘Moonbreaker 2’ conquers the box office.                 | none
            The film “Nine Doors,” fell in its second weekend.       | none
            Apollo 11’s crew returned.                               | none
            At one point 14 flood warnings were in place.            | 14 flood warnings;14;flood warnings,warnings;count
            Point 14 of the plan was dropped.                        | none
            The plan would close 3 Fort Collins elementary schools.  | 3 Fort Collins elementary schools;3;schools;count
            Two New Orleans families lost homes.                     | Two New Orleans families;2;families;count
            The city will replace 4,000 aging water meters.          | 4,000 aging water meters;4000;water meters,meters;count
            The wall is 12 meters high.                              | 12 meters;12;meters;distance
            He threw three second-half touchdown passes.             | three second-half touchdown passes;3;second-half touchdown passes,passes;count
            The college offers a dozen degree programs.              | a dozen degree programs;12;degree programs,programs;count
            Crews rescued a 6-month-old puppy.                       | 6-month-old;6;month-old;age
            Her 19-month-old presidency ended.                       | 19-month;19;month;duration
            The crash on U.S. 62 killed two people.                  | two people;2;people,person;count;-;killed
            Traffic news is at 511mn.org or 511.                     | none
            Casings matched a 9mm handgun.                           | none
            They found 14 rounds of 9 mm ammunition.                 | 14 rounds;14;rounds;count
            The sea was 88 degrees Fahrenheit.                       | 88 degrees Fahrenheit;88;degrees Fahrenheit,degrees;measure
            A board listed 31 missing people.                        | 31 missing people;31;people,person;count;-;missing
            """)
    void unitsInCompoundsAndLookAlikes(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
