package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts whose noun the sentence supplies or withholds: casualty verbs and words standing for people, partitives
 * ("nine of its lawmakers"), "a couple of", "several hundred", decades of age, and the look-alikes that are no
 * amount (tallies in brackets, multipliers, ratios, clock offsets, emergency numbers, years before a noun). Format
 * as in {@link FigureCases}.
 */
class CountsInContextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Border agents arrested 212 in a week-long sweep.          | 212;212;people,person;count;-;detained
            The fever has killed 57 in the province.                  | 57;57;people,person;count;-;killed
            The outbreak killed more than 900.                        | 900;900;people,person;count;more than;killed
            Police arrests 31 after the match.                        | 31;31;people,person;count;-;detained
            Cops seize drugs, nab seven in raids.                     | seven;7;people,person;count;-;detained
            Two drown as floods hit the coast.                        | Two drown;2;drown,people,person;count;-;killed
            Officials said 16 were arrested overnight.                | 16 were arrested;16;arrested,people,person;count;-;detained
            Two were hurt when the roof fell.                         | Two were hurt;2;hurt,people,person;count;-;injured
            Millions watched the final on television.                 | Millions;1000000;Millions,people,person;count;-;-;~
            Investors lost billions in the crash.                     | billions;1000000000;billions;count;-;-;~
            Piracy costs the industry millions every year.            | millions;1000000;millions;count;-;-;~
            Parents will spend millions on games.                     | millions;1000000;millions;count;-;-;~
            The army shelled 3 villages and injured 40.               | 3 villages;3;villages;count && 40;40;villages;count;-;injured
            """)
    void casualtyWordsAndVagueAmountsStandForPeople(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Of those held, 48 were men and 6 were women.              | 48;48;men;count && 6;6;women;count
            The show drew 8.2 million and peaked at 9 million.        | 8.2 million;8200000;people,person;count && 9 million;9000000;people,person;count
            More than 20 million tuned in to the debate.              | 20 million;20000000;people,person;count;more than
            The firm is on course for its two million target.         | none
            The girl, who turned 6 last week, is safe.                | 6;6;years;age
            When she was only 12, she moved to Paris.                 | 12;12;years;age
            He was 29 when he won the title.                          | 29;29;years;age
            It was 3 times the size.                                  | none
            Turnout among people over 65 rose.                        | 65;65;years;age;over
            Fares are free for children under 5.                      | 5;5;years;age;under
            He warned of 300 "ghost" companies.                       | 300 "ghost" companies;300;companies;count
            The report lists 12 “priority targets” for the police.     | 12 “priority targets;12;priority targets,targets;count
            The bank set aside 10-15bn euros for losses.              | 10;10000000000;euros;money && 15bn euros;15000000000;euros;money
            Between 2 and 3 million people fled.                      | 2;2000000;people,person;count && 3 million people;3000000;people,person;count
            Between 40 and about 50 people came.                      | 40;40;people,person;count && 50 people;50;people,person;count;about;-;~
            Staff will rise from 62 to more than 75 posts.            | 62;62;posts;count && 75 posts;75;posts;count;more than
            Exports reached 9,200 cars, up from 7,800 a year ago.     | 9,200 cars;9200;cars;count && 7,800;7800;cars;count
            Storms cut power to 12,000 homes. About 1,150 remained dark. | 12,000 homes;12000;homes;count && 1,150;1150;homes;count;about;-;~
            Seven people were taken to hospitals.                   | Seven people were taken to hospitals;7;people,person;count;-;hospitalised
            One resident was taken to a hospital.                   | One resident was taken to a hospital;1;resident;count;-;hospitalised
            About 300 people had been asked to evacuate.            | 300 people had been asked to evacuate;300;people,person;count;about;evacuated;~
            The levy got 10,406 yes votes.                          | 10,406 yes votes;10406;yes votes,votes;count
            About 300 residents were ordered to evacuate.           | 300 residents were ordered to evacuate;300;residents;count;about;evacuated;~
            Labor won 94 seats, up from the 77 it won in 2022.        | 94 seats;94;seats;count && 77;77;seats;count
            Hundreds more troops arrived on Friday.                  | Hundreds more troops;100;troops;count;-;-;~
            A crowd of 52,189 watched the final.                     | 52,189;52189;crowd,people,person;count
            The firm has a workforce of 3,000.                       | 3,000;3000;workforce,people,person;count
            The mill cut its workforce from 120 to 85.               | 120;120;workforce,people,person;count && 85;85;workforce,people,person;count
            He broke away from a lead group of seven.                | seven;7;group,people,person;count
            A city of about 47,000 lost its heating.                 | 47,000;47000;city,people,person;count;about;-;~
            Leaders of the Group of Seven met in June.               | none
            His municipality of 24,000 used a third of its salt.     | 24,000;24000;municipality,people,person;count
            The two city councils and the three island nations met.  | two city councils;2;city councils,councils;count && three island nations;3;island nations,nations;count
            Leaders of the 27 nation bloc met.                       | none
            The club's membership had climbed from 210 last year.     | 210;210;membership,people,person;count
            The number of looked-after children in the city has risen to 1,112. | 1,112;1112;looked-after children,children;count
            Americans were the largest group, at 612,400.            | 612,400;612400;group,people,person;count
            It moved from full membership to one that is looser.     | none
            A crowd of 5,000 people gathered.                        | 5,000 people;5000;people,person;count
            It has 301.6 million subscribers and added 18.9 million. | 301.6 million subscribers;301600000;subscribers;count && 18.9 million;18900000;subscribers;count
            The airline flew 310 routes in June against 290 in May.   | 310 routes;310;routes;count && 290;290;routes;count
            The union has 9,000 members and wants the pension age cut to 60. | 9,000 members;9000;members;count
            The port handled 3,100 ships in the region last year, up from 2,800. | 3,100 ships;3100;ships;count && 2,800;2800;ships;count
            Output averaged 20,000 tonnes a month, down from 30,000. | 20,000 tonnes;20000;tonnes;measure && 30,000;30000;tonnes;measure
            Wales made 187 tackles to Ireland's 96.                  | 187 tackles;187;tackles;count && 96;96;tackles;count
            The Korean won closed at 1,468.5 per dollar.             | 1,468.5;1468.5;won;money
            The peso rose 0.6% to 935 per dollar.                    | 0.6%;0.6;%;percent && 935;935;peso;money
            The currency traded at 18.25 per dollar, against 20.1.   | 18.25;18.25;per dollar;money && 20.1;20.1;per dollar;money
            The dirham is pegged at 3.6725 to the US dollar.         | 3.6725;3.6725;dirham;money
            The side has won only two of its past 20 games.          | two;2;games;count && 20 games;20;games;count
            The average age of Japan's rice farmers is 69.2.         | 69.2;69.2;years;age
            Dengue cases top 28,000 as rains go on.                  | 28,000;28000;cases;count
            Dentists fell from 1,492 in 2019 to 1,318 in 2024.       | 1,492;1492;Dentists;count && 1,318;1318;Dentists;count
            New cases fell from 41 on day five to three.             | 41;41;cases;count && three;3;cases;count
            The DPP won 89 seats, the MCP 53 and independents 54.   | 89 seats;89;seats;count && 53;53;seats;count && 54;54;seats;count
            In all 99 pilgrims died, Indonesia 199 and India 98.     | 99 pilgrims died;99;pilgrims;count;-;killed && 199;199;pilgrims;count;-;killed && 98;98;pilgrims;count;-;killed
            Brazil sold 20 million tonnes and Sri Lanka 2 million.   | 20 million tonnes;20000000;tonnes;measure && 2 million;2000000;tonnes;measure
            It killed 250 people and wounded 1,000, police said.     | 250 people;250;people,person;count;-;killed && 1,000;1000;people,person;count;-;injured
            The plane carried 200 passengers, and flight 370 vanished. | 200 passengers;200;passengers;count
            They saw 2 channels, BBC1 and ITV1, fall.                | 2 channels;2;channels;count
            Example's 800,000 members and Amicus' 20,000 will vote.  | 800,000 members;800000;members;count && 20,000;20000;members;count
            The harvest reached 3.9 million tonnes, up from 3.2 million. | 3.9 million tonnes;3900000;tonnes;measure && 3.2 million;3200000;tonnes;measure
            The wait rose to 81 days from 53 in the summer.           | 81 days;81;days;duration && 53;53;days;duration
            Leave goes from six months to nine.                       | six months;6;months;duration && nine;9;months;duration
            Inflation fell to 3.2% from 3.5 in May.                   | 3.2%;3.2;%;percent && 3.5;3.5;%;percent
            The spread fell to 262 basis points, from above 700 in 2022. | 262 basis points;262;basis points,points;percent && 700;700;basis points;percent;above
            Prices rose from 250 pounds to 1,100 last year.           | 250 pounds;250;pounds;money && 1,100;1100;pounds;money
            Sales hit $5 million, up from 3 million.                  | $5 million;5000000;$;money && 3 million;3000000;$;money
            It made 4.3bn rupees ($98m), against 2.7bn.               | 4.3bn rupees;4300000000;rupees;money && $98m;98000000;$;money && 2.7bn;2700000000;rupees;money
            Sales fell 5% to 20 billion francs, from 22 billion.      | 5%;5;%;percent && 20 billion francs;20000000000;francs;money && 22 billion;22000000000;francs;money
            The index rose 1.2% to 7,500.                             | 1.2%;1.2;%;percent
            Sales fell by 23% from 36,185 in 2003.                    | 23%;23;%;percent
            It took 2,764 admissions in five days, up from 2,100.     | 2,764 admissions;2764;admissions;count && five days;5;days;duration && 2,100;2100;admissions;count
            Jobs rose in the two months, to 139,000 instead of 96,000. | two months;2;months;duration
            Police caught 40 suspects but dozens more escaped.        | 40 suspects;40;suspects;count && dozens;12;suspects;count;-;-;~
            Guards found 3 tunnels and said 2 more were likely.       | 3 tunnels;3;tunnels;count && 2;2;tunnels;count
            Voters aged between 18 and 24 stayed home.                | 18;18;aged,years;age && 24;24;aged,years;age
            Nine men, ages ranging 19-58, were charged.               | Nine men;9;men;count && 19;19;ages,years;age && 58;58;ages,years;age
            The players, aged 17-21, trained in Spain.                | 17;17;aged,years;age && 21;21;aged,years;age
            It is 9% of those aged 30-39 and 12% of those aged 40-49. | 9%;9;%;percent && 30;30;aged,years;age && 39;39;aged,years;age && 12%;12;%;percent && 40;40;aged,years;age && 49;49;aged,years;age
            The group ranged in age from 19 to 45 years old.          | 19;19;years old,years;age && 45 years old;45;years old,years;age
            Four-time winner Ana Ruiz beat two-times finalist Lee.    | Four-time;4;time;count && two-times;2;times;count
            Crews kept one lane open overnight.                       | one lane;1;lane;count
            The first million buyers get a discount.                  | million buyers;1000000;buyers;count
            LAGOS — Three engineers were freed on Monday.             | Three engineers;3;engineers;count
            More than 9 million watched the final.                    | 9 million;9000000;people,person;count;more than
            About one third said they would vote.                     | none
            It brings to at least 17 the number of homes lost.        | 17;17;homes;count;at least
            A much-loved woman of 81 lost her life.                   | 81;81;years;age
            The island's population was 84,069 in 2021.              | 84,069;84069;population,people,person;count
            Guests in the Governorate of Musandam rose 14% to 61,300. | 14%;14;%;percent && 61,300;61300;Guests;count
            Licensed vehicles pass 450,000.                           | 450,000;450000;vehicles;count
            A few hundred people came.                                | A few hundred people;100;people,person;count;-;-;~
            A few dozen homes burned.                                 | A few dozen homes;12;homes;count;-;-;~
            We met one couple who came every year.                    | one couple;1;couple;count
            Fines reached JD 96.4 million last year.                  | JD 96.4 million;96400000;JD;money
            Temperatures averaged −35 °C on the ice.                  | −35 °C;-35;°C;measure
            Rents for larger flats now regularly top 20,000 kroner.   | 20,000 kroner;20000;kroner;money
            By one estimate, the money could fund 40 schools.        | 40 schools;40;schools;count
            Doing the work in one go means less disruption.           | none
            Traffic is heavy between exits 127 and 129.               | none
            Tornadoes kill 2, injure 19 as storms sweep the state     | 2;2;people,person;count;-;killed && 19;19;people,person;count;-;injured
            The fire forced 12,000 to evacuate.                       | 12,000 to evacuate;12000;evacuate,people,person;count;-;evacuated
            It saw 186 collisions, including 14 involving injuries.   | 186 collisions;186;collisions;count && 14;14;collisions;count
            The friends, both 17, were not hurt.                      | 17;17;years;age
            They have populations of roughly 8.3 million and 3.8 million. | 8.3 million;8300000;populations,people,person;count;roughly;-;~ && 3.8 million;3800000;populations,people,person;count
            Crews freed 11 people. The other eight were treated.     | 11 people;11;people,person;count && eight;8;people,person;count
            A survey of 172 councils found that 19 were at risk.     | 172 councils;172;councils;count && 19;19;councils;count
            Stories that millions can tell were among 50 entries.     | millions;1000000;millions,people,person;count;-;-;~ && 50 entries;50;entries;count
            BMW sold 100 cars, compared with just ten a year ago.     | 100 cars;100;cars;count && ten;10;cars;count
            The goal sent most of the 11,812 crowd home happy.        | 11,812 crowd;11812;crowd,people,person;count
            There were 1,946 away supporters in the stand.            | 1,946 away supporters;1946;away supporters,supporters;count
            The village is 10 km away.                                | 10 km;10;km;distance
            The average age has risen from 30 to 34.                  | 30;30;years;age && 34;34;years;age
            The average age of crew members has risen to 46.          | 46;46;years;age
            The population swells to more than 70,000.                | 70,000;70000;population,people,person;count;more than
            It has electorates ranging from 118,000 to 142,000.       | 118,000;118000;electorates;count && 142,000;142000;electorates;count
            Labour is on 31 per cent and the Conservatives on 17.     | 31 per cent;31;per cent;percent && 17;17;per cent;percent
            About 45,000 people came. The figure was up from 38,000.  | 45,000 people;45000;people,person;count;about;-;~ && 38,000;38000;people,person;count
            It had 870 pupils at 31 schools, up from 840.             | 870 pupils;870;pupils;count && 31 schools;31;schools;count && 840;840;pupils;count
            """)
    void verbsAndContextSayWhatIsCounted(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The firm plans to sell two million of the phones.         | two million;2000000;phones;count
            Nine of its councillors resigned on Monday.               | Nine;9;councillors;count
            Five of the stolen paintings were recovered.              | Five;5;stolen paintings,paintings;count
            At least 40 people were hurt, 12 of them badly.           | 40 people were hurt;40;people,person;count;at least;injured && 12;12;people,person;count;-;injured
            In all 71 people were hurt, four of them fatally.         | 71 people were hurt;71;people,person;count;-;injured && four;4;people,person;count;-;killed
            Italy won three games and two of those at home.           | three games;3;games;count && two;2;games;count
            He stacked six of them on the desk.                       | none
            Police recorded two shooting incidents, one of them fatal. | two shooting incidents;2;incidents;count && one;1;incidents;count
            One of them said the talks had failed.                    | none
            Police said three of those detained were minors.          | three;3;people,person;count;-;detained
            Two of those who fled were caught.                        | Two;2;people,person;count
            Neighbours began to blame one another.                    | none
            He told reporters that one lane would stay open.          | one lane;1;lane;count
            The win puts them one point ahead of the champions.       | one point;1;point;count
            The resort drew 120,000 day visitors.                     | 120,000 day visitors;120000;day visitors,visitors;count
            The region sold 40,000 visitor nights.                    | 40,000 visitor nights;40000;visitor nights,nights;count
            The Waverley brought 900 day-trippers.                    | 900 day-trippers;900;day-trippers,trippers;count
            The club has 86 girls, up from nine in 2019.              | 86 girls;86;girls;count && nine;9;girls;count
            Seven members backed it, with four voting against.        | Seven members;7;members;count && four;4;members;count
            They won 5 games, with three during the spring.           | 5 games;5;games;count && three;3;games;count
            It sits on 71 points from 36 games, two behind Leeds.     | 71 points;71;points;count && 36 games;36;games;count && two;2;points;count
            The course stages 16 fixtures a year.                     | 16 fixtures;16;fixtures;count
            There were 12 votes in favour and four against.           | 12 votes;12;votes;count && four;4;votes;count
            It bought 5 buses last year and 7 this year.              | 5 buses;5;buses;count && 7;7;buses;count
            He sold 4 cars this week and said 7 more were due.        | 4 cars;4;cars;count && 7;7;cars;count
            The ward hired 12 night nurses for a 40 day spell.        | 12 night nurses;12;night nurses,nurses;count && 40 day;40;day;duration
            The virus killed four of the nine people infected.        | four;4;people,person;count && nine people;9;people,person;count
            Only 12 of the 30 boats returned.                         | 12;12;boats;count && 30 boats;30;boats;count
            It audits 190 permits, 20 of which cover forest areas.    | 190 permits;190;permits;count && 20;20;permits;count
            Nine of the violators arrested had convictions.           | Nine;9;violators;count;-;detained
            She won 8 of the last 11 races.                           | 8;8;races;count && 11 races;11;races;count
            Among the over-60s, 55% agreed.                           | 55%;55;%;percent
            """)
    void partitivesCountTheNounAfterOf(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Repairs will take a couple of weeks.                      | a couple of weeks;2;weeks;duration
            We lost a couple of hundred metres of fence.              | a couple of hundred metres;200;metres;distance;-;-;~
            A couple of dozen cars were damaged.                      | A couple of dozen cars;24;cars;count;-;-;~
            A couple of thousand people marched.                      | A couple of thousand people;2000;people,person;count;-;-;~
            The next couple of days will be decisive.                 | couple of days;2;days;duration
            The couple were married in June.                          | none
            The top five reasons were listed.                         | five reasons;5;reasons;count
            Prices will stay high for six more months.                | six more months;6;months;duration
            The club won three straight titles.                       | three straight titles;3;titles;count
            Analysts expect 4 million total sales.                    | 4 million total sales;4000000;sales;count
            Several hundred protesters gathered outside.              | Several hundred protesters;300;protesters;count;-;-;~
            The fire forced several thousand people to flee.          | several thousand people to flee;3000;people,person;count;-;displaced;~
            Police are looking for a man in his 40s.                  | 40s;40;years;age;-;-;~
            She was a teacher in her 60’s.                            | 60’s;60;years;age;-;-;~
            Hurricane winds reached 150 miles per hour.               | 150 miles per hour;150;miles per hour,miles;measure
            The fire burned a half mile from the school.              | a half mile;0.5;mile;distance
            Police searched the woods for half an hour.               | half an hour;0.5;hour;duration
            Crews took a half-hour break.                             | a half-hour;0.5;hour;duration
            Half a dozen boats sank.                                  | Half a dozen boats;6;boats;count
            He ate half a loaf of bread.                              | none
            Farmers sold a quarter of a million more bags.            | a quarter of a million more bags;250000;bags;count
            About three-quarters of a million people voted.           | three-quarters of a million people;750000;people,person;count;about;-;~
            Rates rose a quarter of a percentage point.               | a quarter of a percentage point;0.25;percentage point,point;percent
            He got a four-and-a-half-year prison sentence.            | four-and-a-half-year;4.5;year;duration
            Floods in 2023 displaced about 1.5 million people.        | 1.5 million people;1500000;people,person;count;about;displaced;~
            """)
    void coupleSeveralDecadesAndRates(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    /** "The other N" and "the figure" reach back to the paragraph before; "N of them" only within its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            About 45,000 people came. // The figure was up from 38,000. | 45,000 people;45000;people,person;count;about;-;~ && 38,000;38000;people,person;count
            Two students wore wigs. // The remaining two stayed home.   | Two students;2;students;count && two;2;students;count
            It hired 34 people. // It rose 5%. // The figure was 38.    | 34 people;34;people,person;count && 5%;5;%;percent
            It named 34 people and 3 firms. // Of those, 25 are here.  | 34 people;34;people,person;count && 3 firms;3;firms;count
            """)
    void aParagraphMayReferToWhatTheOneBeforeCounted(String paragraphs, String expected) {
        FigureCases.assertParagraphFigures(paragraphs, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Arrests were made in Dover (12), Hythe (4) and Deal (2).  | none
            Raids took place in Leeds (5) and York (3).               | none
            Smokers are three times more likely to fall ill.          | none
            The new hall is four times the size of the old one.       | none
            Prices rose five times faster than wages.                 | none
            One in 20 adults has never voted.                         | none
            One in five nurses plans to quit.                         | none
            The bells rang at ten minutes past midnight.              | none
            Dispatchers took dozens of 911 calls.                     | none
            Call centres logged 999 calls from the estate.            | none
            The 2006 season starts in March.                          | none
            She wrote “7 Habits of Calm Leaders” in 2019.              | none
            1,204 SHARES Facebook Twitter                             | none
            The club finished in the top 4 again.                     | none
            Nine out of ten were unaware rival firms charge fees.     | none
            The firm diverted its number 2 and 3 services.            | none
            One in five were unaware of the rule.                     | none
            """)
    void lookAlikesAreNoFigures(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
