package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figure rules of shared/gold/GUIDELINES.md, one table per rule. Each row is a sentence and the figures expected
 * in it, written as {@link FigureCases} describes ({@code text;value;units;kind;qualifier;event;~}).
 */
class FigureRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The council approved 1,200 new homes on Tuesday.       | 1,200 new homes;1200;homes;count
            Police seized 3.5 tonnes of cocaine at the port.       | 3.5 tonnes;3.5;tonnes;measure
            Rotterdam handled 13.4 million TEUs last year.         | 13.4 million TEUs;13400000;TEUs;measure
            Winds reached 135 kmph and ozone 1.5 ppm.              | 135 kmph;135;kmph;measure && 1.5 ppm;1.5;ppm;measure
            The airline carried 12,345,678 passengers.             | 12,345,678 passengers;12345678;passengers;count
            Officials counted 17 bodies after the flood.           | 17 bodies;17;bodies;count
            The carmaker will cut 450 jobs at its plant.           | 450 jobs;450;jobs;count
            The poll questioned 2,047 adults across the country.   | 2,047 adults;2047;adults;count
            Rescue teams pulled 9 survivors from the rubble.       | 9 survivors;9;survivors;count
            The tanker was carrying 64 crew when it sank.          | 64 crew;64;crew;count
            The academy has 830 pupils and a sixth form.           | 830 pupils;830;pupils;count
            A total of 48 flights were cancelled at Heathrow.      | 48 flights;48;flights;count
            The rebels now control 14 towns in the north.          | 14 towns;14;towns;count
            Each of the 3 suspects denied the charges.             | 3 suspects;3;suspects;count
            The bill passed by 312 votes to 295.                   | 312 votes;312;votes;count && 295;295;votes;count
            The club sold 25,000 tickets in an hour.               | 25,000 tickets;25000;tickets;count
            The index closed at 7,412.5 points.                    | 7,412.5 points;7412.5;points;count
            Investors bought 40 million shares in the float.       | 40 million shares;40000000;shares;count
            The storm damaged 1,034 houses and 56 schools.         | 1,034 houses;1034;houses;count && 56 schools;56;schools;count
            Only 7 patients remained on the ward overnight.        | 7 patients;7;patients;count
            Police questioned 18 men and 4 women about the fight.  | 18 men;18;men;count && 4 women;4;women;count
            The charity delivered 600 food parcels before Christmas. | 600 food parcels;600;food parcels,parcels;count
            Engineers inspected 212 bridges over the summer.       | 212 bridges;212;bridges;count
            The orchestra employs 95 musicians.                    | 95 musicians;95;musicians;count
            The festival drew 80,000 visitors to the town.         | 80,000 visitors;80000;visitors;count
            The hospital has 1,100 beds.                           | 1,100 beds;1100;beds;count
            The retailer is closing 32 stores across Scotland.     | 32 stores;32;stores;count
            Inspectors found 5 breaches of the rules.              | 5 breaches;5;breaches;count
            Scientists tagged 0.5 percent of the fish.             | 0.5 percent;0.5;percent;percent
            The list named 11 companies and 3 banks.               | 11 companies;11;companies;count && 3 banks;3;banks;count
            Volunteers planted 10,000 trees along the river.       | 10,000 trees;10000;trees;count
            Customs officers opened 73 parcels.                    | 73 parcels;73;parcels;count
            The fare rose to 12.000 pesos in March.                | 12.000 pesos;12000;pesos;money
            The ministry paid 1.250.000 euros to the firm.         | 1.250.000 euros;1250000;euros;money
            The index rose 2.125 points on the day.                | 2.125 points;2.125;points;count
            The ministry needs US$2,5 million for the outbreak.    | US$2,5 million;2500000;US$;money
            The fatality rate stands at 3,7% this week.            | 3,7%;3.7;%;percent
            Officials recorded 1 283 suspected cases.              | 1 283 suspected cases;1283;cases;count
            The outbreak has infected 100 000 people.              | 100 000 people;100000;people,person;count
            On May 5 200 protesters marched to the square.         | 200 protesters;200;protesters;count
            The airline cancelled its order for 49 737 Max jets.   | none
            The airline bought 10 737-800 planes.                  | none
            The agency placed 143 districts on red alert.          | 143 districts;143;districts;count
            Winds gusted up to 120kmh overnight.                   | 120kmh;120;kmh;measure;up to
            Lava flowed at 150 cubic metres per second.            | 150 cubic metres per second;150;cubic metres,cubic metres per second,metres;measure
            Levels exceeded 350 micrograms per cubic metre.        | 350 micrograms per cubic metre;350;micrograms per cubic metre,micrograms;measure
            Farmers lost 40 chickens and two buffalo.              | 40 chickens;40;chickens;count && two buffalo;2;buffalo;count
            Pupils in grades 1 to 9 were sent home.                | none
            The rules differ for the other 50-plus schools.        | 50-plus schools;50;schools;count
            The bond sale was four times oversubscribed.           | none
            Transport costs will fall by 2-3 times, he said.       | none
            Prices rose by four times last year.                   | none
            The murder rate was 49 per 100,000 people last year.   | none
            There were 12.5 deaths per 100,000 residents.          | 12.5 deaths;12.5;deaths;count;-;killed
            Gas costs €390 per 1,000 cubic metres.                 | €390;390;€;money && 1,000 cubic metres;1000;cubic metres,metres;measure
            The ministry plans to train 3,000 farmers.             | 3,000 farmers;3000;farmers;count
            The ministry placed 18 of Italy's 27 cities on alert.  | 18;18;cities;count && 27 cities;27;cities;count
            Winds gusted to 60 kilometres an hour overnight.       | 60 kilometres an hour;60;kilometres an hour,kilometres;measure
            The city lies 640 kilometres south, and about 3,000 are staying there. | 640 kilometres;640;kilometres;distance
            """)
    void digits(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Two soldiers were wounded in the clash.                | Two soldiers were wounded;2;soldiers;count;-;injured
            Gunmen abducted 12 students on Monday.                 | 12 students;12;students;count;-;kidnapped
            37 miners were kidnapped from the site.                | 37 miners were kidnapped;37;miners;count;-;kidnapped
            The bus was carrying thirty-five passengers.           | thirty-five passengers;35;passengers;count
            Fifteen firefighters tackled the blaze.                | Fifteen firefighters;15;firefighters;count
            The panel heard from eleven witnesses.                 | eleven witnesses;11;witnesses;count
            She has written ninety-nine songs.                     | ninety-nine songs;99;songs;count
            The firm bought a dozen eggs for the test.             | a dozen eggs;12;eggs;count
            There are two hundred villages in the valley.          | two hundred villages;200;villages;count
            Some three thousand workers went on strike.            | three thousand workers;3000;workers;count;some;-;~
            The airline flew a million passengers in May.          | a million passengers;1000000;passengers;count
            A hundred protesters gathered outside.                 | A hundred protesters;100;protesters;count
            The vote was backed by seven parties.                  | seven parties;7;parties;count
            Four men have been charged.                            | Four men;4;men;count
            The zoo welcomed twin cubs and six chicks.             | six chicks;6;chicks;count
            Two dozen cars were damaged in the car park.           | Two dozen cars;24;cars;count
            He served twelve years in prison.                      | twelve years;12;years;duration
            The ferry sank with forty-two people on board.         | forty-two people;42;people,person;count
            Nineteen players were named in the squad.              | Nineteen players;19;players;count
            They found one body in the river.                      | one body;1;body;count
            One man was arrested at the scene.                     | One man was arrested;1;man;count;-;detained
            The team has eight wins from ten games.                | eight wins;8;wins;count && ten games;10;games;count
            Three hundred and fifty families were moved.           | Three hundred and fifty families;350;families;count
            The council will sell five thousand homes.             | five thousand homes;5000;homes;count
            Seventy MPs signed the letter.                         | Seventy MPs;70;MPs;count
            Twenty-one climbers reached the summit.                | Twenty-one climbers;21;climbers;count
            The raid seized nine rifles and two pistols.           | nine rifles;9;rifles;count && two pistols;2;pistols;count
            More than half a million people were relocated.        | half a million people;500000;people,person;count;more than
            She was trapped for three and a half hours.            | three and a half hours;3.5;hours;duration
            There are two and a half million cars in the city.     | two and a half million cars;2500000;cars;count
            Envoys from twenty seven countries met in Brussels.    | twenty seven countries;27;countries;count
            Ninety nine balloons rose into the sky.                | Ninety nine balloons;99;balloons;count
            """)
    void numberWords(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The deal is worth $2bn to the company.                 | $2bn;2000000000;$;money
            The Treasury set aside £3.2bn for repairs.             | £3.2bn;3200000000;£;money
            The club paid €45m for the striker.                    | €45m;45000000;€;money
            The scheme costs 1.5 million pounds a year.            | 1.5 million pounds;1500000;pounds;money
            The network lost 5m subscribers last year.             | 5m subscribers;5000000;subscribers;count
            Global debt reached 1.2 trillion dollars.              | 1.2 trillion dollars;1200000000000;dollars;money
            The refinery processes 300,000 barrels a day.          | 300,000 barrels;300000;barrels;measure
            The fund raised US$40m from investors.                 | US$40m;40000000;US$;money
            Tickets cost £25 each.                                 | £25;25;£;money
            The fine was $1.5 million.                             | $1.5 million;1500000;$;money
            The app has 300k users.                                | 300k users;300000;users;count
            The stadium cost 750 million euros to build.           | 750 million euros;750000000;euros;money
            Prices rose by 50p a litre.                            | 50p;50;p;money
            The country owes 2.5 billion dollars to lenders.       | 2.5 billion dollars;2500000000;dollars;money
            The band sold 100 million records.                     | 100 million records;100000000;records;count
            The tower is 300m tall.                                | 300m;300;m;distance
            He ran the 100m in under ten seconds.                  | 100m;100;m;distance && ten seconds;10;seconds;duration;under
            The government pledged ¥500bn in aid.                  | ¥500bn;500000000000;¥;money
            Sales fell to $3.4bn in the quarter.                   | $3.4bn;3400000000;$;money
            The budget deficit hit £14.6bn.                        | £14.6bn;14600000000;£;money
            """)
    void scales(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            At least 12 people were killed in the blast.           | 12 people were killed;12;people,person;count;at least;killed
            More than 300 homes lost power.                        | 300 homes;300;homes;count;more than
            The fire burned for over 10 hours.                     | 10 hours;10;hours;duration;over
            The loan could reach up to $5bn.                       | $5bn;5000000000;$;money;up to
            About 40 protesters gathered outside parliament.       | 40 protesters;40;protesters;count;about;-;~
            Around 2,000 workers joined the strike.                | 2,000 workers;2000;workers;count;around;-;~
            Nearly 90 percent of voters turned out.                | 90 percent;90;percent;percent;nearly;-;~
            The project took almost five years.                    | five years;5;years;duration;almost;-;~
            He promised a decision within 48 hours.                | 48 hours;48;hours;duration;within
            Power should be back within the next 72 hours.         | 72 hours;72;hours;duration;within
            The first 10 days were the hardest.                    | 10 days;10;days;duration
            Some 500 troops were sent to the border.               | 500 troops;500;troops;count;some;-;~
            Fewer than 20 patients were treated.                   | 20 patients;20;patients;count;fewer than
            The charity spent less than £1m on salaries.           | £1m;1000000;£;money;less than
            As many as 70 boats took part.                         | 70 boats;70;boats;count;as many as
            The drug cut deaths by roughly 30%.                    | 30%;30;%;percent;roughly;-;~
            Approximately 1,500 residents were evacuated.          | 1,500 residents were evacuated;1500;residents;count;approximately;evacuated;~
            An estimated 10,000 people attended the rally.         | 10,000 people;10000;people,person;count
            The strike lasted just over three weeks.               | three weeks;3;weeks;duration;just over
            Turnout was well over 60%.                             | 60%;60;%;percent;well over
            The queue stretched for close to two miles.            | two miles;2;miles;distance;close to;-;~
            The bridge carries upwards of 40,000 vehicles a day.   | 40,000 vehicles;40000;vehicles;count;upwards of
            The company employs at most 15 staff.                  | 15 staff;15;staff;count;at most
            The cost rose to in excess of £200m.                   | £200m;200000000;£;money;in excess of
            The storm left under 100 homes without power.          | 100 homes;100;homes;count;under
            Police arrested over 200 people.                       | 200 people;200;people,person;count;over;detained
            The jobless rate ticked up to 4.2% from 4.1%.          | 4.2%;4.2;%;percent && 4.1%;4.1;%;percent
            The fare would go up to £3 next year.                  | £3;3;£;money
            The tup sold for 42,000 guineas, up 10,000gns.         | 42,000 guineas;42000;guineas;money && 10,000gns;10000;gns;money
            The reading was 58 microgrammes of alcohol.            | 58 microgrammes;58;microgrammes;measure
            The strike could cost up to £5m.                       | £5m;5000000;£;money;up to
            Harris 47%, Trump 46%, others 7%.                      | 47%;47;%;percent && 46%;46;%;percent && 7%;7;%;percent
            It sold 436 homes over £1m last year.                  | 436 homes;436;homes;count && £1m;1000000;£;money;over
            The term is no more than five years.                   | five years;5;years;duration;no more than
            """)
    void qualifiers(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Boss jailed for 12 years over £4.3m fraud              | 12 years;12;years;duration && £4.3m;4300000;£;money
            The firm will pay $120m over eight years.              | $120m;120000000;$;money && eight years;8;years;duration
            Doom 3 was developed over four years.                  | four years;4;years;duration
            Snow fell on the city over 36 hours.                   | 36 hours;36;hours;duration
            He worked there for over 20 years.                     | 20 years;20;years;duration;over
            It took over 10 hours to clear.                        | 10 hours;10;hours;duration;over
            It happened over 36 years ago, she claims.             | 36 years;36;years;duration;over
            They drew on over 40 years of work.                    | 40 years;40;years;duration;over
            He ran 6.61 seconds over 60m.                          | 6.61 seconds;6.61;seconds;duration && 60m;60;m;distance
            The firms are in a dispute over $2bn in bills.         | $2bn;2000000000;$;money
            The firm handed over $14 million to the fund.           | $14 million;14000000;$;money
            Payments are spread over five years.                   | five years;5;years;duration
            """)
    void overAsAPrepositionIsNoBound(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Dozens of drones were shot down overnight.             | Dozens of drones;12;drones;count;-;-;~
            Hundreds of people queued outside the embassy.         | Hundreds of people;100;people,person;count;-;-;~
            Thousands of homes are without water.                  | Thousands of homes;1000;homes;count;-;-;~
            Scores of villagers fled the fighting.                 | Scores of villagers;20;villagers;count;-;-;~
            Tens of thousands of fans lined the streets.           | Tens of thousands of fans;10000;fans;count;-;-;~
            The war left tens of thousands of wounded.             | tens of thousands of wounded;10000;wounded,people,person;count;-;injured;~
            Hundreds of thousands of children are out of school.   | Hundreds of thousands of children;100000;children;count;-;-;~
            Millions of pounds were wasted on the scheme.          | Millions of pounds;1000000;pounds;money;-;-;~
            The ministry has spent billions of dollars on defence. | billions of dollars;1000000000;dollars;money;-;-;~
            Thousands took to the streets of the capital.          | Thousands;1000;Thousands,people,person;count;-;-;~
            Hundreds of protesters were arrested.                  | Hundreds of protesters were arrested;100;protesters;count;-;detained;~
            The virus has infected millions of people.             | millions of people;1000000;people,person;count;-;-;~
            Dozens of flights were cancelled.                      | Dozens of flights;12;flights;count;-;-;~
            The final scores were announced on Friday.             | none
            """)
    void vagueAmounts(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Air defences destroyed 72 of 145 drones overnight.     | 72;72;drones;count && 145 drones;145;drones;count
            Bradford is one of five councils that bid.             | one;1;councils;count && five councils;5;councils;count
            City have won 14 of their last 16 matches.             | 14;14;matches;count && 16 matches;16;matches;count
            The party took 37 of Scotland's 57 seats.              | 37;37;seats;count && 57 seats;57;seats;count
            Floods hit 446 of the state's 497 towns.               | 446;446;towns;count && 497 towns;497;towns;count
            Eight out of 10 voters distrust politicians.           | Eight;8;voters;count && 10 voters;10;voters;count
            City took 38 of a possible 42 points.                  | 38;38;points;count && 42 points;42;points;count
            The shelling killed 21 staff members and 147 patients. | 21 staff members;21;staff members,members;count;-;killed && 147 patients;147;patients;count
            The blast killed two people and injured five others.   | two people;2;people,person;count;-;killed && five others;5;others;count;-;injured
            Between 20 and 30 people were killed.                  | 20;20;people,person;count;-;killed && 30 people were killed;30;people,person;count;-;killed
            The squad has 12 to 15 players available.              | 12;12;players;count && 15 players;15;players;count
            The ministry sent 200 tanks and 300 artillery pieces.  | 200 tanks;200;tanks;count && 300 artillery pieces;300;artillery pieces,pieces;count
            Only 3 of the 40 candidates passed.                    | 3;3;candidates;count && 40 candidates;40;candidates;count
            Four or five boats capsized.                           | Four;4;boats;count && five boats;5;boats;count
            The firm hired 40 engineers and 12 designers.          | 40 engineers;40;engineers;count && 12 designers;12;designers;count
            It downed 30 of 35 missiles.                           | 30;30;missiles;count && 35 missiles;35;missiles;count
            """)
    void severalFiguresInOnePhrase(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            One person was killed and 22 injured.                  | One person was killed;1;person,people;count;-;killed && 22 injured;22;injured,people,person;count;-;injured
            Three people died and one was injured.                 | Three people died;3;people,person;count;-;killed && one was injured;1;injured,person,people;count;-;injured
            Four soldiers were killed and seven wounded.           | Four soldiers were killed;4;soldiers;count;-;killed && seven wounded;7;wounded,soldiers;count;-;injured
            Five people were killed and 30 hurt.                   | Five people were killed;5;people,person;count;-;killed && 30 hurt;30;hurt,people,person;count;-;injured
            The quake left 12 dead.                                | 12 dead;12;dead,people,person;count;-;killed
            Officials said 40 were missing.                        | 40 were missing;40;missing,people,person;count;-;missing
            The attack killed 11 people and injuring 40.           | 11 people;11;people,person;count;-;killed && 40;40;people,person;count;-;injured
            The death toll rose to 40 on Sunday.                   | 40;40;death toll,people,person;count;-;killed
            Two soldiers were hurt and one civilian was killed.    | Two soldiers were hurt;2;soldiers;count;-;injured && one civilian was killed;1;civilian;count;-;killed
            One British national has reportedly died.              | One British national has reportedly died;1;national;count;-;killed
            One senior official said talks would resume.           | One senior official;1;official;count
            The flat has one room measuring 20 square metres.      | one room;1;room;count && 20 square metres;20;square metres,metres;measure
            She saw one car travelling slowly.                     | one car;1;car;count
            It has one car parking space.                          | one car parking space;1;space;count
            One man walking his dog found it.                      | One man;1;man;count
            It has one school turning away children.               | one school;1;school;count
            It has one practice taking patients.                   | one practice;1;practice;count
            One boy aged 12 was hurt.                              | One boy;1;boy;count;-;injured && 12;12;aged,years;age
            """)
    void elidedNouns(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Six people were killed in the crash.                   | Six people were killed;6;people,person;count;-;killed
            Twelve civilians died in the airstrike.                | Twelve civilians died;12;civilians;count;-;killed
            Nine passengers were injured when the train derailed.  | Nine passengers were injured;9;passengers;count;-;injured
            Two officers were wounded.                             | Two officers were wounded;2;officers;count;-;injured
            Police said 14 climbers are missing.                   | 14 climbers are missing;14;climbers;count;-;missing
            Authorities detained 30 activists overnight.           | 30 activists;30;activists;count;-;detained
            Police arrested 18 fans after the match.               | 18 fans;18;fans;count;-;detained
            The floods displaced 40,000 families.                  | 40,000 families;40000;families;count;-;displaced
            About 3,000 residents were evacuated.                  | 3,000 residents were evacuated;3000;residents;count;about;evacuated;~
            Coastguards rescued 27 migrants from a dinghy.         | 27 migrants;27;migrants;count;-;rescued
            Eight pupils were hospitalised after the meal.         | Eight pupils were hospitalised;8;pupils;count;-;hospitalised
            Gunmen opened fire, killing 15 worshippers.            | 15 worshippers;15;worshippers;count;-;killed
            The storm injured 70 people.                           | 70 people;70;people,person;count;-;injured
            Two men were shot dead outside a bar.                  | Two men were shot dead;2;men;count;-;killed
            The deaths of 39 migrants shocked the country.         | 39 migrants;39;migrants;count;-;killed
            Three climbers have been found dead.                   | Three climbers have been found dead;3;climbers;count;-;killed
            Five soldiers were reportedly killed.                  | Five soldiers were reportedly killed;5;soldiers;count;-;killed
            The strike on the school wounded 23 children.          | 23 children;23;children;count;-;injured
            Seven fishermen remain missing.                        | Seven fishermen remain missing;7;fishermen;count;-;missing
            Police said 212 people had been arrested.              | 212 people had been arrested;212;people,person;count;-;detained
            Ten people were hurt.                                  | Ten people were hurt;10;people,person;count;-;injured
            The officers evacuated 60 homes.                       | 60 homes;60;homes;count;-;evacuated
            Four hikers were rescued from the mountain.            | Four hikers were rescued;4;hikers;count;-;rescued
            """)
    void casualtyEvents(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Prices rose by 3.5% in the year to March.              | 3.5%;3.5;%;percent
            Support for the party fell to 28 per cent.             | 28 per cent;28;per cent;percent
            Unemployment is 4.2 percent.                           | 4.2 percent;4.2;percent;percent
            Its shares jumped 12pc on Monday.                      | 12pc;12;pc;percent
            The convoy travelled 40km overnight.                   | 40km;40;km;distance
            The fire spread across 12 miles of forest.             | 12 miles;12;miles;distance
            The wall is 4 metres high.                             | 4 metres;4;metres;distance
            The wave was 30 feet high.                             | 30 feet;30;feet;distance
            The trial lasted six weeks.                            | six weeks;6;weeks;duration
            The war has gone on for 18 months.                     | 18 months;18;months;duration
            Talks ran for 36 hours.                                | 36 hours;36;hours;duration
            The ban will last three decades.                       | three decades;3;decades;duration
            A 45-year-old woman was charged.                       | 45-year-old;45;year-old,years;age
            Most 18-year-olds will vote.                           | 18-year-olds;18;year-olds,years;age
            She met a 12 year-old girl.                            | 12 year-old;12;year-old,years;age
            The building is 80 years old.                          | 80 years old;80;years old,years;age
            More than two thirds of staff agreed.                  | none
            Three quarters of voters backed it.                    | none
            The victim, aged 19, was a student.                    | 19;19;aged,years;age
            The actor has died at the age of 87.                   | 87;87;age,years;age
            The driver was 82 years old.                           | 82 years old;82;years old,years;age
            Emma Jones, 34, was named as the victim.               | 34;34;years;age
            Mary Murphy (45), from Cork, was named.                | 45;45;years;age
            Arrests were made in Chicago (9), Cicero (4) and Elgin. | none
            Morelli, 54, was a 29-year veteran.                    | 54;54;years;age && 29-year;29;year;duration
            Officers Eric Joering, 39, and Anthony Morelli, 54, were killed. | 39;39;years;age && 54;54;years;age
            Temperatures reached 40C in Seville.                   | 40C;40;C;measure
            The plant produces 500 MW of power.                    | 500 MW;500;MW;measure
            Output fell to 9 million barrels a day.                | 9 million barrels;9000000;barrels;measure
            The lorry carried 20 tonnes of grain.                  | 20 tonnes;20;tonnes;measure
            The baby weighed 3.2kg at birth.                       | 3.2kg;3.2;kg;measure
            The reservoir holds 500 litres.                        | 500 litres;500;litres;measure
            Gusts of 90 mph hit the coast.                         | 90 mph;90;mph;measure
            The farm covers 200 hectares.                          | 200 hectares;200;hectares;measure
            Farmers lost five bighas of land.                      | five bighas;5;bighas;measure
            The thermometer showed 5 degrees below zero.           | 5 degrees;5;degrees;measure
            They agreed a 10-day ceasefire.                        | 10-day;10;day;duration
            He was jailed for 12 years.                            | 12 years;12;years;duration
            The 2km tunnel opened on Monday.                       | 2km;2;km;distance
            The state budget is $6bn.                              | $6bn;6000000000;$;money
            The pair ran a 26-mile route.                          | 26-mile;26;mile;distance
            """)
    void kinds(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Russia fired S-300 missiles at the city.               | none
            The Kh-69 is a new cruise missile.                     | none
            G7 leaders met in Italy.                               | none
            The Covid-19 pandemic closed schools.                  | none
            Ukraine wants more F-16 jets.                          | none
            The MH17 investigation was reopened.                   | none
            Flights on the A4 route were delayed.                  | none
            It invoked Nato's article five.                        | none
            The rules are set out in article 5 of the treaty.      | none
            The prime minister returned to No. 10 on Friday.       | none
            The prime minister returned to No 10 on Friday.        | none
            The house was hit by a missile.                        | none
            An officer was attacked with a knife.                  | none
            He finished third in the race.                         | none
            She was ranked 5 in the world.                         | none
            The meeting starts at 10:30 on Monday.                 | none
            The shop opens at 9am every day.                       | none
            The incident happened at 3.15pm.                       | none
            Call 0800 123 4567 for help.                           | none
            Arsenal won 2-1 at home.                               | none
            The visitors sealed a 2-1 series victory on Sunday.    | none
            The final score was 3–0.                               | none
            She lives at 22 Acacia Avenue.                         | none
            No one was hurt in the fire.                           | none
            One of them was a doctor.                              | none
            They helped one another through the night.             | none
            One day, he said, he would return.                     | none
            At one point the crowd surged forward.                 | none
            I liked that one.                                      | none
            They won that one easily.                              | none
            He said that one looks better.                         | none
            If not for that one case, he would have won.           | none
            Apollo 11 landed on the moon.                          | none
            Industry 4.0 plans stall as factories cut jobs.        | none
            The Snowy 2.0 project is late.                         | none
            Inflation was 2.0 per cent in May.                     | 2.0 per cent;2;per cent;percent
            The 10th day of the trial began.                       | none
            He scored his 21st goal of the season.                 | none
            The Windows 10 update failed.                          | none
            The station is in zone 2.                              | none
            The plane was a Boeing 737 jet.                        | none
            Dial 999 in an emergency.                              | none
            The 4G network went down.                              | none
            They made a 911 call.                                  | none
            BBC One showed the final.                              | none
            Formula One returns to Monaco.                         | none
            This is the one that got away.                         | none
            The market fell on Thursday last week.                 | none
            He was in World War Two.                               | none
            Everyone agreed on one thing.                          | none
            On one hand, banks lost money.                         | none
            One way or another, it will end.                       | none
            Only one thing matters.                                | one thing;1;thing;count
            The fare is £10 one-way.                               | £10;10;£;money
            It was a one-off payment.                              | none
            They held a one-hour meeting.                          | one-hour;1;hour;duration
            No one was hurt.                                       | none
            The report is missing two crucial facts.               | two crucial facts;2;facts;count
            For one day the city stood still.                      | one day;1;day;duration
            One escaped unharmed.                                  | none
            It is part of one's clothing.                          | none
            The virus locks many of the 7610's functions.          | none
            One worked tirelessly through the night.               | none
            """)
    void notFigures(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
