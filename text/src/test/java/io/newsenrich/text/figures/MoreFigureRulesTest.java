package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second set of real-news-like rows for the rules most often met in wire copy: casualty reports, money and
 * market reports, sport and the traps around them. Format as in {@link FigureCases}.
 */
class MoreFigureRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            At least 15 people were killed and dozens injured in the attack. | 15 people were killed;15;people,person;count;at least;killed && dozens injured;12;injured,people,person;count;-;injured;~
            The earthquake killed more than 2,000 people and left 10,000 homeless. | 2,000 people;2000;people,person;count;more than;killed && 10,000 homeless;10000;homeless,people,person;count;-;displaced
            Three children and two adults were rescued from the flat. | Three children;3;children;count;-;rescued && two adults were rescued;2;adults;count;-;rescued
            Officials said 41 Britons had died and 158 others were missing. | 41 Britons had died;41;Britons;count;-;killed && 158 others were missing;158;others;count;-;missing
            Around 140,000 people were killed and five million left homeless. | 140,000 people were killed;140000;people,person;count;around;killed;~ && five million left homeless;5000000;homeless,people,person;count;-;displaced
            Israeli strikes killed 27 Palestinians, including 9 children. | 27 Palestinians;27;Palestinians;count;-;killed && 9 children;9;children;count;-;killed
            Two police officers were shot dead in Ohio. | Two police officers were shot dead;2;police officers,officers;count;-;killed
            The crash left one dead and four injured. | one dead;1;dead,person,people;count;-;killed && four injured;4;injured,people,person;count;-;injured
            A gunman killed 58 people and wounded hundreds of others. | 58 people;58;people,person;count;-;killed && hundreds of others;100;others;count;-;injured;~
            Two imprisoned Iranian bloggers were freed.     | Two imprisoned Iranian bloggers;2;bloggers;count;-;detained
            Divers found dozens of dead howler monkeys.     | dozens of dead howler monkeys;12;howler monkeys,monkeys;count;-;killed;~
            The storm caused 12 deaths in the region.       | 12 deaths;12;deaths;count;-;killed
            Some 1,200 evacuees were housed in schools.     | 1,200 evacuees;1200;evacuees;count;some;evacuated;~
            At least 30 people were jailed after the protests. | 30 people were jailed;30;people,person;count;at least;detained
            Four soldiers were slain in the ambush.         | Four soldiers were slain;4;soldiers;count;-;killed
            The death toll rose to at least 107 people on Monday. | 107 people;107;people,person;count;at least;killed
            The toll road carried 500 cars.                 | 500 cars;500;cars;count
            Air defences downed 25 drones over three regions. | 25 drones;25;drones;count && three regions;3;regions;count
            Prices rose in over 300 cities.                 | 300 cities;300;cities;count;over
            Six migrants drowned and 20 are still missing. | Six migrants drowned;6;migrants;count;-;killed && 20 are still missing;20;missing,migrants;count;-;missing
            Authorities have detained more than 400 suspects since July. | 400 suspects;400;suspects;count;more than;detained
            Nine men aged between 20 and 40 were arrested.  | Nine men;9;men;count && 20;20;aged,years;age && 40;40;aged,years;age
            The group said 134 people, including 29 children, had been killed. | 134 people;134;people,person;count;-;killed && 29 children;29;children;count;-;killed
            More than 140 people were injured, 36 of them seriously. | 140 people were injured;140;people,person;count;more than;injured && 36;36;people,person;count;-;injured
            Floods forced the evacuation of 1,500 people.   | 1,500 people;1500;people,person;count;-;evacuated
            Two earthquakes killed about 9,000 people.      | Two earthquakes;2;earthquakes;count && 9,000 people;9000;people,person;count;about;killed;~
            The vaccine gaps left 22 million infants missing their first dose. | 22 million infants;22000000;infants;count
            At least 17 peacekeepers and foreign soldiers have been killed. | 17 peacekeepers;17;peacekeepers;count;at least;killed
            Some 2,500 residents were evacuated from the valley. | 2,500 residents were evacuated;2500;residents;count;some;evacuated;~
            One wounded soldier was flown home.                     | One wounded soldier;1;soldier;count;-;injured
            One suspected militant was arrested.                    | One suspected militant was arrested;1;militant;count;-;detained
            More than 2,000 people are thought to have died.        | 2,000 people are thought to have died;2000;people,person;count;more than;killed
            Some 100,000 people are believed to have been killed.   | 100,000 people are believed to have been killed;100000;people,person;count;some;killed;~
            Ten people went to hospital and two were killed.        | Ten people;10;people,person;count && two were killed;2;killed,people,person;count;-;killed
            Nine people were hospitalised after the leak. | Nine people were hospitalised;9;people,person;count;-;hospitalised
            The floods have displaced nearly 1.5 million people. | 1.5 million people;1500000;people,person;count;nearly;displaced;~
            Three miners, who had been trapped since Monday, died. | Three miners;3;miners;count;-;killed
            Two farmworkers, aged 45 and 35, died in the fire. | Two farmworkers;2;farmworkers;count;-;killed && 45;45;aged,years;age && 35;35;aged,years;age
            Thousands die each year from malaria.           | Thousands die;1000;die,people,person;count;-;killed;~
            Dozens more people are missing.                 | Dozens more people are missing;12;people,person;count;-;missing;~
            Dozens more remain missing.                     | Dozens more remain missing;12;missing,people,person;count;-;missing;~
            Two men were taken to hospital with stab wounds. | Two men were taken to hospital;2;men;count;-;hospitalised
            One man was taken to Airedale Hospital.          | One man was taken to Airedale Hospital;1;man;count;-;hospitalised
            They sent 35 boats to evacuate residents.        | 35 boats;35;boats;count
            Police told 500 people to evacuate.              | 500 people to evacuate;500;people,person;count;-;evacuated
            Sixty have lost their lives.                     | Sixty have lost their lives;60;people,person;count;-;killed
            All was quiet at half past five.                 | none
            The fair ran for eight weekends.                 | eight weekends;8;weekends;duration
            Police recovered one of the three tractors.      | one;1;tractors;count && three tractors;3;tractors;count
            She is one of the 800 metres favourites.         | 800 metres;800;metres;distance
            We got 220 homes and not one new doctor.         | 220 homes;220;homes;count
            It took roughly three times a normal match.      | none
            He trains three times a week.                    | three times;3;times;count
            They rescued a baby just six weeks old.          | six weeks old;6;weeks;age
            One objector claiming that it was unsafe spoke.  | One objector;1;objector;count
            Four people were treated in hospital.            | Four people were treated in hospital;4;people,person;count;-;hospitalised
            Two others were treated at the scene.            | Two others were treated at the scene;2;others;count;-;injured
            Five people were treated for minor injuries.     | Five people were treated for minor injuries;5;people,person;count;-;injured
            Two men suffered serious but not life-threatening injuries. | Two men suffered serious but not life-threatening injuries;2;men;count;-;injured
            Ten patients were treated for flu.               | Ten patients;10;patients;count
            Mum-of-two Kelly Barnes said it was hard.        | two;2;children;count
            There is one GP surgery taking on new patients.  | one GP surgery;1;surgery;count
            It went from a town of 30,000 to one approaching 45,000. | none
            The two versions - one offering 512mb of storage. | two versions;2;versions;count && 512mb;512;mb;measure
            We are looking at another thousand cars a day.   | thousand cars;1000;cars;count
            A further hundred jobs are at risk.              | hundred jobs;100;jobs;count
            Another million is needed.                       | none
            They won in front of record 2,104 crowd.         | 2,104 crowd;2104;crowd,people,person;count
            Two teenagers were stabbed in the town.          | Two teenagers were stabbed;2;teenagers;count;-;injured
            One man was stabbed to death.                    | One man was stabbed;1;man;count;-;killed
            Seven passengers were killed and 62 injured, 19 of them seriously. | Seven passengers were killed;7;passengers;count;-;killed && 62 injured;62;injured,passengers;count;-;injured && 19;19;passengers;count;-;injured
            It showed 61 microgrammes in 100 millilitres of breath. | 61 microgrammes;61;microgrammes;measure && 100 millilitres;100;millilitres;measure
            The committee voted nine to two in favour.       | nine;9;votes;count && two;2;votes;count
            Members voted by 24 to 13 in favour.             | 24;24;votes;count && 13;13;votes;count
            Around 80 homes in Charvil and Twyford were evacuated. | 80 homes in Charvil and Twyford were evacuated;80;homes;count;around;evacuated;~
            Three soldiers in Kyiv killed a man.             | Three soldiers;3;soldiers;count
            A man who robbed four pensioners in Huntingdon has been jailed. | four pensioners;4;pensioners;count
            The council received 612 letters of objection and 38 in support. | 612 letters;612;letters;count && 38;38;letters;count
            The firm has 300 staff in Leeds and 20 in York.  | 300 staff;300;staff;count && 20;20;staff;count
            Record 1,214 crowd sees Colne stun the leaders.  | 1,214 crowd;1214;crowd,people,person;count
            Two firefighters were treated for hypothermia.   | Two firefighters were treated for hypothermia;2;firefighters;count;-;injured
            Three were taken to the Royal Berkshire Hospital. | Three were taken to the Royal Berkshire Hospital;3;people,person;count;-;hospitalised
            Two were taken to the hospital.                  | Two were taken to the hospital;2;people,person;count;-;hospitalised
            The quay was under 60cm of water at high tide.   | 60cm;60;cm;distance
            Police seized under 2kg of cannabis.             | 2kg;2;kg;measure;under
            She married at 18 and was diagnosed at 42.       | 18;18;years;age && 42;42;years;age
            They married at 18 Church Street.                | none
            The river could crest near 46 feet.              | 46 feet;46;feet;distance;near;-;~
            Three men were taken into custody.               | Three men were taken into custody;3;men;count;-;detained
            The fire forced 1,100 residents to flee.         | 1,100 residents to flee;1100;residents;count;-;displaced
            They shipped 2.2 million hundredweight of potatoes. | 2.2 million hundredweight;2200000;hundredweight;measure
            Four others were injured, one critically, in the crash. | Four others were injured;4;others;count;-;injured && one;1;others;count;-;injured
            They found one family.                           | one family;1;family;count
            Pots set deeper than 20 fathoms use sinking rope. | 20 fathoms;20;fathoms;distance
            Crews repaired the 98km stretch of SH6.          | 98km;98;km;distance
            Fares rose to Sh50 per trip.                     | Sh50;50;Sh;money
            Of the koalas admitted this year, 61 were hit by cars. | 61;61;koalas;count
            About a dozen tradespeople would work on it.     | a dozen tradespeople;12;tradespeople;count;about;-;~
            Her children are 7.                              | 7;7;years;age
            The workers are 40 in number.                    | none
            Three children and two adults were rescued, and four were taken to hospital. | Three children;3;children;count;-;rescued && two adults were rescued;2;adults;count;-;rescued && four were taken to hospital;4;people,person;count;-;hospitalised
            Some 40 homes on Mill Street in Stubbins were evacuated. | 40 homes on Mill Street in Stubbins were evacuated;40;homes;count;some;evacuated;~
            The council voted to close two schools.          | two schools;2;schools;count
            It grew 45 million peppers, up from 41 million.  | 45 million peppers;45000000;peppers;count && 41 million;41000000;peppers;count
            He admitted 11 counts of theft and three of fraud. | 11 counts;11;counts;count && three;3;counts;count
            The race is run over two furlongs.               | two furlongs;2;furlongs;distance;over
            You are talking about hundreds of jobs.          | hundreds of jobs;100;jobs;count;-;-;~
            The Up'ards won by two goals to one.             | none
            Prices rose by 3 points to 4,100.                | 3 points;3;points;count && 4,100;4100;points;count
            The two-day fair drew more than 8,000.           | two-day;2;day;duration
            Two people remain in hospital.                  | Two people remain in hospital;2;people,person;count;-;hospitalised
            Three were hurt and one was taken to hospital.  | Three were hurt;3;hurt,people,person;count;-;injured && one was taken to hospital;1;person,people;count;-;hospitalised
            Guards at one hospital were told to act.        | one hospital;1;hospital;count
            Three women who were arrested face charges.     | Three women who were arrested;3;women;count;-;detained
            Three children were among the injured.          | Three children were among the injured;3;children;count;-;injured
            16,000 soldiers were still listed as missing.   | 16,000 soldiers were still listed as missing;16000;soldiers;count;-;missing
            Two men who killed a guard were jailed.         | Two men;2;men;count
            The death toll from the floods has risen to 37. | 37;37;death toll,people,person;count;-;killed
            The death toll from a magnitude 6.9 quake that struck on Tuesday has risen to at least 72. | 6.9;6.9;magnitude;measure && 72;72;death toll,people,person;count;at least;killed
            Eleven of the injured were in a serious condition. | Eleven;11;injured,people,person;count;-;injured
            Two of the injured later died.                  | Two;2;injured,people,person;count;-;killed
            The city recorded 53 homicides.                 | 53 homicides;53;homicides;count;-;killed
            Crews fought flames in below-zero wind chills.  | none
            Six of the injured were hospitalized.           | Six;6;injured,people,person;count;-;hospitalised
            Two University of Florida students were hospitalized. | Two University of Florida students were hospitalized;2;students;count;-;hospitalised
            The storm left scores dead.                     | scores dead;20;dead,people,person;count;-;killed;~
            Two die-hard fans waited outside.               | Two die-hard fans;2;die-hard fans,fans;count
            Taxi violence claimed 117 lives last year.      | 117 lives;117;lives;count;-;killed
            The crash claimed one life.                     | one life;1;life;count;-;killed
            Doctors saved 12 lives.                         | 12 lives;12;lives;count
            Police arrest 23 suspected rustlers.            | 23 suspected rustlers;23;rustlers;count;-;detained
            """)
    void casualtyReports(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Profits rose 12% to £1.2bn.                             | 12%;12;%;percent && £1.2bn;1200000000;£;money
            The shares closed up 3.4% at 212p.                      | 3.4%;3.4;%;percent && 212p;212;p;money
            Revenue hit $4.06 trillion for the year.                | $4.06 trillion;4060000000000;$;money
            The firm raised €750m from a bond sale.                 | €750m;750000000;€;money
            Oil fell $2 to $61 a barrel.                            | $2;2;$;money && $61;61;$;money
            It paid 86.7bn Swiss francs in 2004.                    | 86.7bn Swiss francs;86700000000;francs;money
            The deal is worth 3 trillion yen.                       | 3 trillion yen;3000000000000;yen;money
            Losses reached HK$2.1bn last year.                      | HK$2.1bn;2100000000;HK$;money
            The rupee fell to 4.1bn rupees.                         | 4.1bn rupees;4100000000;rupees;money
            Bonuses of up to £20,000 were paid.                     | £20,000;20000;£;money;up to
            The budget is $1,000 billion.                           | $1,000 billion;1000000000000;$;money
            Inflation rose to 10.1 per cent in July.                | 10.1 per cent;10.1;per cent;percent
            Rates were raised by 0.25 percentage points.            | 0.25 percentage points;0.25;percentage points,points;percent
            The FTSE 100 closed down 20 points.                     | 20 points;20;points;count
            The 2025-26 budget totals about $212 million.           | $212 million;212000000;$;money;about;-;~
            Its 2025-26 plan includes 40 new officers.              | 40 new officers;40;officers;count
            """)
    void marketReports(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Chelsea beat Arsenal 3-1 on Sunday.                     | none
            They recorded a 3-0 win away from home.                 | none
            Between 10-15 people were injured.                      | 10;10;people,person;count;-;injured && 15 people were injured;15;people,person;count;-;injured
            Prices rose 20–30% over the summer.                     | 20;20;%;percent && 30%;30;%;percent
            The walk takes 3-4 hours.                               | 3;3;hours;duration && 4 hours;4;hours;duration
            They sat in their cars for 12, 14 hours.                | 12;12;hours;duration && 14 hours;14;hours;duration
            The bridge has a clearance of 13ft 3in.                 | 13ft;13;ft;distance && 3in;3;in;distance
            The ferry sails 420 nautical miles.                     | 420 nautical miles;420;nautical miles,miles;distance
            We drink maybe six, seven bottles a day.                | six;6;bottles;count && seven bottles;7;bottles;count
            In 2019, 14 people died.                                | 14 people died;14;people,person;count;-;killed
            Of the 20, 30 people left.                              | 30 people;30;people,person;count
            Demand was strong - 12 times what was on sale.          | none
            It would stretch from Sydney to Perth three times over. | none
            Pressure fell below 20 pounds per square inch.          | 20 pounds per square inch;20;pounds per square inch,pounds;measure;below
            A 5,000-strong force was sent.                          | 5,000-strong force;5000;force;count
            Sony will not raise the 500,000-strong stock of consoles. | 500,000-strong stock of consoles;500000;consoles;count
            He scored twice in the 4–2 win.                         | none
            Murray won 6-4 6-3 in the final.                        | none
            The 25-year-old scored six goals in nine games.         | 25-year-old;25;year-old,years;age && six goals;6;goals;count && nine games;9;games;count
            Its chief, who is 63, will step down.                   | 63;63;years;age
            Its youngest member is 19 and its oldest is 71.         | 19;19;years;age && 71;71;years;age
            He saw children as young as 12 being used as runners.   | 12;12;years;age
            Patients as old as 90 were treated.                     | 90;90;years;age
            A woman aged 42 and two teenage boys were hurt.         | 42;42;aged,years;age && two teenage boys were hurt;2;teenage boys,boys;count;-;injured
            He and their daughter, now nine, were left.             | nine;9;years;age
            The driver and his son, nine, were treated.             | nine;9;years;age
            Ellie, seven, and Ruby, four, were rescued.             | seven;7;years;age && four;4;years;age
            Smith scored four tries and Jones, two, in the win.     | four tries;4;tries;count
            A Bray man (34) was jailed for six months.              | 34;34;years;age && six months;6;months;duration
            He is 58 years of age.                                  | 58 years of age;58;years of age,years;age
            She was 46 years young.                                 | 46 years young;46;years young,years;age
            The film lasts an hour and a half.                      | an hour and a half;1.5;hour;duration
            He ran a mile and a half, then two hours and a half.    | a mile and a half;1.5;mile;distance && two hours and a half;2.5;hours;duration
            The firm, now three, is growing.                        | none
            The driver was 52.                                      | 52;52;years;age
            The youngest patient was just 13.                       | 13;13;years;age
            The ministry said nearly 190,000 were over 60.          | 60;60;years;age;over
            About one in eight is over 50, the division said.       | 50;50;years;age;over
            The youngest was a boy of nine, he said.                | nine;9;years;age
            Choi Yoon-hee, 47, a pediatrician, said so.             | 47;47;years;age
            The prize is for anglers 12 and under.                  | 12;12;years;age
            People 65 and older can book a jab.                     | 65;65;years;age
            A third of fraud victims last year were over 75.        | 75;75;years;age;over
            The homeowner, 44, told police she was away.            | 44;44;years;age
            Bridgwater dealer, 29, was jailed.                      | 29;29;years;age
            Volunteers handed out 1200 bottles of water.            | 1200 bottles;1200;bottles;count
            Rents will rise and 1200 public service jobs will go.   | 1200 public service jobs;1200;service jobs,jobs;count
            Treasury expects between 1500 and 1800 applications.    | 1500;1500;applications;count && 1800 applications;1800;applications;count
            The club has 1500 members.                              | 1500 members;1500;members;count
            The 1850 census lists the town.                         | none
            The charter of 1215 gave barons rights.                 | none
            Write to 4 Margaret Street, Newry BT34 1DF.             | none
            Growers will pick 98 million pounds; the plant cost $4m. | 98 million pounds;98000000;pounds;measure && $4m;4000000;$;money
            The club paid 62 million pounds for the striker.        | 62 million pounds;62000000;pounds;money
            Jane Doe (4) catches a touchdown pass from John Roe (12). | none
            Lily Doe (6) enjoys the fair on Sunday.                 | 6;6;years;age
            Snow fell at 3 inches an hour, with visibility near zero. | 3 inches an hour;3;inches an hour,inches;measure
            The team scored zero goals.                             | zero goals;0;goals;count
            Heroin worth Rs 1.2 cr was seized.                      | Rs 1.2 cr;12000000;Rs;money
            The firm made ₹40cr last year.                          | ₹40cr;400000000;₹;money
            Division 5 Cr Jane Doe said so.                         | none
            There were 14,226 A&E attendances in May.               | 14,226 A&E attendances;14226;attendances;count
            The chain will close 20 M&S stores.                     | 20 M&S stores;20;stores;count
            The hearing is at the library, 100 W. 10th Ave.         | none
            The heater uses 100 W of power.                         | 100 W;100;W;measure
            Two Texas National Guard Black Hawk helicopters flew in. | Two Texas National Guard Black Hawk helicopters;2;helicopters;count
            She said: "Our 85 colleagues will be paid."             | 85 colleagues;85;colleagues;count
            One was treated, but no-one has been seriously injured. | none
            First five-eighth Jane Doe added 11 points.             | 11 points;11;points;count
            The harvest is set to top 21 million cartons.           | 21 million cartons;21000000;cartons;count
            Temperatures fell to about -15C overnight.              | -15C;-15;C;measure;about;-;~
            Temperatures fell to around minus 9 C overnight.        | minus 9 C;-9;C;measure;around;-;~
            He faces not less than 12 strokes of the cane.          | 12 strokes;12;strokes;count;not less than
            It was a one-off payment.                               | none
            He led a Kenyan one-two-three on the streets.           | none
            The lights fall short of at least 2,000 lux.            | 2,000 lux;2000;lux;measure;at least
            Temperatures in the city last week were over 40.        | none
            Its founder, who is now 72, will step down.             | 72;72;years;age
            Jane Smith, now 45, left the club.                      | 45;45;years;age
            The rate, now 5, is falling.                            | none
            The total is now 72.                                    | none
            Temperatures were over 40 on Monday.                    | none
            The court banned the driver, Jiri K., 54, from driving. | 54;54;years;age
            Martin Luther King Jr., 39, was shot.                   | 39;39;years;age
            The youngest is 31 and the oldest is 78.                | 31;31;years;age && 78;78;years;age
            His wife was 48 when she died.                          | 48;48;years;age
            The total was 52.                                       | none
            The leader is 12 under par.                             | none
            The designer died in June at 92.                        | 92;92;years;age
            Byrds producer Melcher dies at 62                       | 62;62;years;age
            She retired in 1968 at just 26.                         | 26;26;years;age
            Klimt, who died in 1918 at 55, worked on it.            | 55;55;years;age
            The index closed at 92 on Friday.                       | none
            He died at 10 Downing Street.                           | none
            The founder, who was one of the first, left.            | none
            She ran the 1500m in four minutes.                      | 1500m;1500;m;distance && four minutes;4;minutes;duration
            England have lost four successive matches.              | four successive matches;4;matches;count
            The kick-off is at 7.45pm.                              | none
            He finished 12th out of 30 riders.                      | 30 riders;30;riders;count
            The club is top of the Premier League with 40 points.   | 40 points;40;points;count
            It was his 100th cap for Wales.                         | none
            They play at 3pm GMT.                                   | none
            The match ended 0-0.                                    | none
            """)
    void sport(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The PS5 sold well in Japan.                             | none
            The A380 is the largest airliner.                       | none
            Call 020 7946 0018 for details.                         | none
            He lives at 221B Baker Street.                          | none
            The M25 was closed in both directions.                  | none
            Version 2.1 of the software was released.               | none
            The vote is on Super Tuesday, 5 March.                  | none
            The G20 summit opened in Delhi.                         | none
            Blink-182 played the festival.                          | none
            Only one remained.                                      | none
            The one-time champion retired.                          | none
            One at a time, they left the hall.                      | none
            Any one of them could win.                              | none
            It is a one-party state.                                | none
            The 3D printer was seized.                              | none
            See page 12 for details.                                | none
            He was jailed under section 18 of the act.              | none
            Flight 370 vanished in 2014.                            | none
            He was number one in the charts.                        | none
            The IRA ended its campaign in 2005.                     | none
            It was built in the 19th century.                       | none
            Covid-19 cases rose sharply.                            | none
            The meeting is at 10.30 GMT.                            | none
            A man was hit by a car.                                 | none
            The price is 9.99 a month.                              | none
            They spent a week in Paris.                             | none
            She won the 2019 award.                                 | none
            Route 66 runs through Arizona.                          | none
            Level 4 restrictions were imposed.                      | none
            He was one of the founders.                             | none
            """)
    void traps(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            For one night only, the museum opened its doors.         | one night;1;night;duration
            The bridge closed for one week.                         | one week;1;week;duration
            He was banned for one year.                             | one year;1;year;duration
            One day later, talks resumed.                           | One day;1;day;duration
            One time he called the police.                          | none
            Within one hour the fire was out.                       | one hour;1;hour;duration;within
            Rescuers worked for a dozen hours.                      | a dozen hours;12;hours;duration
            It has been a decade since the war ended.               | none
            The siege lasted 100 days.                              | 100 days;100;days;duration
            Ten years ago the plant closed.                         | Ten years;10;years;duration
            He spent 27 years in jail.                              | 27 years;27;years;duration
            It is the first time in almost 20 years.                | 20 years;20;years;duration;almost;-;~
            """)
    void timeIdiomsAndDurations(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Analysts expect a further 100-150bps cut.               | 100;100;bps;percent && 150bps;150;bps;percent
            Rates rose 100-150 basis points in March.               | 100;100;basis points,points;percent && 150 basis points;150;basis points,points;percent
            It covers 20-30 square metres.                          | 20;20;square metres,metres;measure && 30 square metres;30;square metres,metres;measure
            They won 3-0 last week.                                 | none
            The four best runners-up go into a play-off.            | four best runners-up;4;runners-up,runners;count
            Consumers will pay 47 ngwee per kilowatt-hour.          | 47 ngwee;47;ngwee;money
            Drivers under 18 face a fine.                           | 18;18;years;age;under
            Entry is free for those under 30.                       | 30;30;years;age;under
            It cost two million rand.                               | two million rand;2000000;rand;money
            Half a million birr is too much for a shed.             | Half a million birr;500000;birr;money
            Winds of up to 7 Beaufort fanned the flames.            | 7 Beaufort;7;Beaufort;measure;up to
            Revenue reached LD 12.8 billion.                        | LD 12.8 billion;12800000000;LD;money
            They drove along the 1 600-kilometre border.            | 1 600-kilometre;1600;kilometre;distance
            WINDHOEK – A 38-year-old man was sentenced.             | 38-year-old;38;year-old,years;age
            She has two sons, aged four and 11, in care.            | two sons;2;sons;count && four;4;aged,years;age && 11;11;aged,years;age
            He starred in The 39 Steps on stage.                    | none
            It received a grant of ZWG 14 million.                  | ZWG 14 million;14000000;ZWG;money
            It was bought for 2.3 million FCFA.                     | 2.3 million FCFA;2300000;FCFA;money
            Each farmer gets up to five 50kg bags of feed.          | five 50kg bags;5;bags;count;up to && 50kg;50;kg;measure
            Police found 9mm pistols at the scene.                  | none
            It wants to spend 10 times that, she said.              | none
            The plant is three times its old size.                  | none
            He has been arrested three times this year.             | three times;3;times;count;-;detained
            The governor, 60, said he would stay.                   | 60;60;years;age
            Each household may keep two 20-litre containers.        | two 20-litre containers;2;20-litre containers,containers;count && 20-litre;20;litre;measure
            Jets dropped four 500-pound bombs.                      | four 500-pound bombs;4;500-pound bombs,bombs;count && 500-pound;500;pound;measure
            A night in a four-star hotel costs more.                | none
            He made six of his 11 attempts from 3-point range.      | six;6;attempts;count && 11 attempts;11;attempts;count
            They went for a two-point conversion.                   | none
            Electric two-wheeler sales rose as a one-liner went viral. | none
            They built a 15-point lead.                             | 15-point;15;point;count
            Crews used two jets and four breathing apparatus.       | two jets;2;jets;count && four breathing apparatus;4;apparatus;count
            The agency puts its preliminary magnitude at 6.9.       | 6.9;6.9;magnitude;measure
            They expect another 150 basis-point cut.                | 150 basis-point;150;basis-point,point;percent
            The state set aside 96bn/- for irrigation.              | 96bn/-;96000000000;/-;money
            He is waiting for 4.2m/- from the sale.                 | 4.2m/-;4200000;/-;money
            Mpox cases cross 7,800 as the outbreak spreads.         | 7,800;7800;cases;count
            It runs on a 5 kVA generator.                           | 5 kVA;5;kVA;measure
            It packs a 6,000mAh cell and a 120Hz screen.            | 6,000mAh;6000;mAh;measure && 120Hz;120;Hz;measure
            It supports 65W wired charging, not 5G.                 | 65W;65;W;measure
            The road cost sh39b, and each district got sh5m.        | sh39b;39000000000;sh;money && sh5m;5000000;sh;money
            Their ages range from 19 to 27.                         | 19;19;ages,years;age && 27;27;ages,years;age
            About one in every 72 patients waits.                   | none
            Fines of VNĐ8-10 million apply.                         | VNĐ8;8000000;VNĐ;money && 10 million;10000000;VNĐ;money
            It costs Kz 4,500 and a bag averaging K285.             | Kz 4,500;4500;Kz;money && K285;285;K;money
            Lows of 5-7°C are forecast.                             | 5;5;°C;measure && 7°C;7;°C;measure
            He faces a 22- to 24-month suspension.                  | 22;22;month;duration && 24-month;24;month;duration
            Exports were up 2.5 times from last year.               | none
            Call the toll-free line on 8181.                        | none
            They opened 1,109 acute beds and plan a further 2,600.  | 1,109 acute beds;1109;acute beds,beds;count && 2,600;2600;acute beds,beds;count
            If you're 50 or older, you may save more.               | 50;50;years;age
            I'm one with them, and you are a couple.                | none
            I counted at least three who needed help.               | three;3;people,person;count;at least
            He is the only one who knows.                           | none
            She is a mother of five who fled.                       | five;5;children;count
            It had 23 teeth and three vertebrae.                    | 23 teeth;23;teeth;count && three vertebrae;3;vertebrae;count
            It used four antennae instead of the usual one.         | four antennae;4;antennae;count
            Marriages jumped 14.8 percent on-year to 222,400.       | 14.8 percent;14.8;percent;percent && 222,400;222400;Marriages;count
            Crime offences across London rose by 7% to 16,134.      | 7%;7;%;percent && 16,134;16134;offences;count
            They plant 340 trees to replace 85 that will be felled. | 340 trees;340;trees;count && 85;85;trees;count
            SpaceX launched 28 more of its Starlink satellites.     | 28 more;28;satellites;count
            A dad-of-three has been jailed for nine years.          | three;3;children;count && nine years;9;years;duration
            Bosses hand out six-figure salaries.                    | none
            Tech names trade at 30 times earnings.                  | none
            Staff were paid at band 2 rates.                        | none
            Reads reach 14.9 GB/s.                                  | 14.9 GB/s;14.9;GB/s;measure
            It rose above 300 parts per million.                    | 300 parts per million;300;parts,parts per million;measure;above
            Roughly one in five households lost power.              | none
            A family of five currently lives on US$580.             | five;5;family,people,person;count && US$580;580;US$;money
            One international NGO laid off 85 staff.                | One international NGO;1;NGO;count && 85 staff;85;staff;count
            """)
    void unitsAfterRangesAndCompounds(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The floods took the nationwide monsoon death toll since June 26 to 196. | 196;196;death toll,people,person;count;-;killed
            The total number of traffic accidents fell from 39,400 to 31,150.       | 39,400;39400;accidents;count && 31,150;31150;accidents;count
            The number of cameras would rise from 14 to 22 next year.               | 14;14;cameras;count && 22;22;cameras;count
            Drivers exceeded the limit by up to 20 km/h, while 1,051 were caught.   | 20 km/h;20;km/h;measure;up to
            They drove 180 kilometres, and 31 of them were sold.                    | 180 kilometres;180;kilometres;distance
            The team has seven players abroad, among them four in Spain.            | seven players;7;players;count && four;4;players;count
            Punjab accounted for 81 deaths and Sindh for 63.                        | 81 deaths;81;deaths;count;-;killed && 63;63;deaths;count;-;killed
            Pedestrians accounted for 1,820 deaths, followed by cyclists at 1,210.  | 1,820 deaths;1820;deaths;count;-;killed && 1,210;1210;deaths;count;-;killed
            Two new entries are Jane Doe with Desire at seven.                      | Two new entries;2;entries;count
            """)
    void nounsNamedBeforeTheNumber(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
