package io.newsenrich.text.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit forms a figure offers: the words as written first, then the forms others write for the same unit (an
 * age's "years", a compound noun's head), and the units and scales as news copy abbreviates them. Format as in
 * {@link FigureCases}.
 */
class UnitFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The 19-year-old was released on bail.                    | 19-year-old;19;year-old,years;age
            Her two-month-old baby was unhurt.                       | two-month-old;2;month-old;age
            It was a turbulent 19-month-old presidency.              | 19-month;19;month;duration
            She trained in a zero-gravity simulator.                 | none
            Police named the 52-year-old driver on Monday.           | 52-year-old;52;year-old,years;age
            Seventeen-year-old Ana Lima won the final.               | Seventeen-year-old;17;year-old,years;age
            The girl, then 9-years-old, was found safe.              | 9-years-old;9;years-old,years;age
            Voting among 25 year olds fell again.                    | 25 year olds;25;year olds,years;age
            The bridge is 140 years old.                             | 140 years old;140;years old,years;age
            A man aged 64 was arrested.                              | 64;64;aged,years;age
            She was listed as Jane Doe age 41 in the files.          | 41;41;age,years;age
            Entrants must be age 16 or over.                         | 16;16;age,years;age
            Trainees aged 18 to 30 years old may apply.              | 18;18;years old,years;age && 30 years old;30;years old,years;age
            The mayor, Tom Reed, 58, resigned.                       | 58;58;years;age
            Leila Haddad (31) was named as the victim.               | 31;31;years;age
            The Norway striker, 24, then headed in.                  | 24;24;years;age
            A second boy, 16, was taken to hospital.                 | 16;16;years;age
            It was terrifying, said one witness, Jane Doe, 35.       | one witness;1;witness;count && 35;35;years;age
            """)
    void agesKeepTheirWordsThenYears(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The gunman shot two police officers outside the station. | two police officers;2;police officers,officers;count
            The company has 32 million broadband connections.        | 32 million broadband connections;32000000;broadband connections,connections;count
            Six tape recordings were sold at auction.                | Six tape recordings;6;tape recordings,recordings;count
            The state funds 4,000 sports clubs.                      | 4,000 sports clubs;4000;sports clubs,clubs;count
            About 2.1 million United States citizens live abroad.    | 2.1 million United States citizens;2100000;citizens;count;about;-;~
            The strikes hit 40 weapons depots overnight.             | 40 weapons depots;40;weapons depots,depots;count
            Crews repaired 300 water mains last winter.              | 300 water mains;300;water mains,mains;count
            They found 12 people always willing to help.             | 12 people;12;people,person;count
            The Club of 19 creditors meets on Monday.                | 19 creditors;19;creditors;count
            Theirs is the only one left in the valley.               | none
            A survey of 1,300 bosses suggests optimism.              | 1,300 bosses;1300;bosses;count
            Five US citizens were freed on Monday.                   | Five US citizens;5;citizens;count
            Police questioned 6 arms dealers in the raid.            | 6 arms dealers;6;arms dealers,dealers;count
            The firm will ship 2 million of its new compact gaming consoles. | 2 million;2000000;consoles;count
            """)
    void compoundNounsAlsoOfferTheirHead(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The army has seized about 1,300 square km of territory.  | 1,300 square km;1300;square km,km;measure;about;-;~
            The flat measures 550 sq ft.                             | 550 sq ft;550;sq ft,ft;measure
            The flat measures 550 sq. ft.                            | 550 sq. ft;550;sq. ft,ft;measure
            The tank holds 40 cubic metres of water.                 | 40 cubic metres;40;cubic metres,metres;measure
            Fire destroyed 5,000 square kilometres of forest.        | 5,000 square kilometres;5000;square kilometres,kilometres;measure
            The rally filled 10 Trafalgar Square on Sunday.          | none
            A magnitude 7.8 earthquake struck on Monday.             | 7.8;7.8;magnitude;measure
            A magnitude-6.1 aftershock followed.                     | 6.1;6.1;magnitude;measure
            The quake had a magnitude of 5.6.                        | 5.6;5.6;magnitude;measure
            A 6.3-magnitude quake hit the region.                    | 6.3-magnitude;6.3;magnitude;measure
            Sunday's 9.0 magnitude earthquake sent waves to Africa.  | 9.0 magnitude;9;magnitude;measure
            Patients took a 325mg tablet or 100 milligrams a day.    | 325mg;325;mg;measure && 100 milligrams;100;milligrams;measure
            The 100,000-strong force holds the city.                 | 100,000-strong force;100000;force;count
            They are 15th in the 20-strong Primera Liga.             | none
            Officials said four or more people are shot each day.    | four or more people;4;people,person;count
            Winds reached 70km/h on the coast.                       | 70km/h;70;km/h;measure
            The probe flew at 692,000 km/h past the sun.             | 692,000 km/h;692000;km/h;measure
            Unemployment rose 1.6 percentage points.                 | 1.6 percentage points;1.6;percentage points,points;percent
            The bank cut rates by 50 basis points.                   | 50 basis points;50;basis points,points;percent
            The party gained 20 points in the poll.                  | 20 points;20;points;count
            """)
    void areasAndVolumesKeepTheirPrefix(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The state approved Rs 500 crore for flood relief.        | Rs 500 crore;5000000000;Rs;money
            The fine was Rs.5,000 for each offence.                  | Rs.5,000;5000;Rs;money
            The fund holds USD 5 million in bonds.                   | USD 5 million;5000000;USD;money
            Call police quoting reference CAD 5823/14Sep.            | none
            Two lakh families will benefit from the scheme.          | Two lakh families;200000;families;count
            The project will cost ₹1,200 crore.                      | ₹1,200 crore;12000000000;₹;money
            The miner raised A$2.3 billion last year.                | A$2.3 billion;2300000000;A$;money
            He said the us 500 index fell.                           | none
            Operating profit rose to 8.1bn kronor in the quarter.    | 8.1bn kronor;8100000000;kronor;money
            The bank wrote off 12 trillion rupiah of loans.          | 12 trillion rupiah;12000000000000;rupiah;money
            Shares closed at 95.5 krona.                             | 95.5 krona;95.5;krona;money
            The deal is worth 3.2 billion ringgit.                   | 3.2 billion ringgit;3200000000;ringgit;money
            Gaming revenue reached MOP22.7 billion in October.      | MOP22.7 billion;22700000000;MOP;money
            The fund holds SSP 1.5 million.                          | SSP 1.5 million;1500000;SSP;money
            The state invested DA 412 billion in housing.            | DA 412 billion;412000000000;DA;money
            Teachers earn 28,000 soms a month.                       | 28,000 soms;28000;soms;money
            The work cost 312 billion soums.                         | 312 billion soums;312000000000;soums;money
            The market fee is MT 20 a day.                           | MT 20;20;MT;money
            The fee is NLe 4,800 for firms.                          | NLe 4,800;4800;NLe;money
            The grant of 4 million riel was paid.                    | 4 million riel;4000000;riel;money
            Fares rise to GEL 1.10 next month.                       | GEL 1.10;1.1;GEL;money
            Bread now costs 0.85 GEL a loaf.                         | 0.85 GEL;0.85;GEL;money
            The average wage reached 21,000 UAH in May.              | 21,000 UAH;21000;UAH;money
            The engine runs on 95 RON petrol.                        | none
            Each family will receive 2 million AMD.                  | 2 million AMD;2000000;AMD;money
            The minimum wage will rise to AMD 85,000.                | AMD 85,000;85000;AMD;money
            The programme will cost MDL 2.4 billion.                 | MDL 2.4 billion;2400000000;MDL;money
            A cubic metre of water costs 350 CVE.                    | 350 CVE;350;CVE;money
            Herders got a one-off payment of ₮300,000.               | ₮300,000;300000;₮;money
            Tickets worth Kč 2.4 million will be refunded.           | Kč 2.4 million;2400000;Kč;money
            Villa paid £42million for the striker.                  | £42million;42000000;£;money
            The deficit reached LE196 billion last year.             | LE196 billion;196000000000;LE;money
            Le Monde reported 12 deaths.                             | 12 deaths;12;deaths;count;-;killed
            A beer costs 95 Kč in the centre.                      | 95 Kč;95;Kč;money
            The ministry allocated $6.1 million tala.                | $6.1 million tala;6100000;tala,$;money
            Exports reached Nu 412.6 million.                        | Nu 412.6 million;412600000;Nu;money
            Prices were 180 DH per kilo.                             | 180 DH;180;DH;money
            The grant of 2.2 million krónur was paid.               | 2.2 million krónur;2200000;krónur;money
            The haul had a combined weight of 3,142 pounds.          | 3,142 pounds;3142;pounds;measure
            The heaviest buck weighed 231 pounds.                    | 231 pounds;231;pounds;measure
            Adults weigh between 3 and 6 pounds.                     | 3;3;pounds;measure && 6 pounds;6;pounds;measure
            Tickets cost 200 baht each.                              | 200 baht;200;baht;money
            The airline owes 6.5 billion reais.                      | 6.5 billion reais;6500000000;reais;money
            Fuel prices rose to 5.9 zlotys a litre.                  | 5.9 zlotys;5.9;zlotys;money
            The fund raised 40 million dirhams.                      | 40 million dirhams;40000000;dirhams;money
            Fines range from SR5,000 to SR48 million.                | SR5,000;5000;SR;money && SR48 million;48000000;SR;money
            The SR 520 bridge carries 70,000 cars.                   | 70,000 cars;70000;cars;count
            The group posted a 312m euro loss.                       | 312m euro;312000000;euro;money
            The fine of 45m euros was upheld.                        | 45m euros;45000000;euros;money
            The dividend rose to 40 euro cents a share.              | 40 euro cents;40;euro cents,cents;money
            Shares fell 15% to 22 Euro Cents.                        | 15%;15;%;percent && 22 Euro Cents;22;Euro Cents,cents;money
            Viewers numbered 9m people at the peak.                  | 9m people;9000000;people,person;count
            The government will build 1.5m new homes.                | 1.5m new homes;1500000;homes;count
            Around 3m young people are out of work.                  | 3m young people;3000000;people,person;count;around;-;~
            The scheme will reach 5 million M-Pesa users.            | 5 million M-Pesa users;5000000;users;count
            Crews dug a 2m wide trench.                              | 2m;2;m;distance
            Waves 10m high hit the coast.                            | 10m;10;m;distance
            The crew clung to a raft in 4m swells.                   | 4m;4;m;distance
            Forecasters warned of 6m waves and 3m seas.              | 6m;6;m;distance && 3m;3;m;distance
            He holds the 10,000m world records.                      | 10,000m;10000;m;distance
            She ran the 10,000m five days later.                     | 10,000m;10000;m;distance && five days;5;days;duration
            She won the 60m hurdles in 7.9secs.                      | 60m;60;m;distance && 7.9secs;7.9;secs;duration
            It was the fastest 200m of all time.                     | 200m;200;m;distance
            He cleared 5.8m at the first attempt.                    | 5.8m;5.8;m;distance
            The Olympic 5,000m champion pulled out.                  | 5,000m;5000;m;distance
            Rossi was 40cm short of the record.                      | 40cm;40;cm;distance
            The line runs at 256kbps.                                | 256kbps;256;kbps;measure
            The fund paid out $120mm last year.                      | $120mm;120000000;$;money
            Thieves stole an $18-million jewel collection.           | $18-million;18000000;$;money
            The operator won a P170.6-billion concession.            | P170.6-billion;170600000000;P;money
            Tourism receipts top P760B.                              | P760B;760000000000;P;money
            The startup raised $5B in a year.                        | $5B;5000000000;$;money
            A one-kilogramme bar of gold costs more.                 | one-kilogramme;1;kilogramme;measure
            The bags weighed 35 kilogrammes.                         | 35 kilogrammes;35;kilogrammes;measure
            Shares posted a 31-percent gain.                         | 31-percent;31;percent;percent
            The ship was refitted at a cost of $US60 million.        | $US60 million;60000000;$US;money
            A 765kV line links the dam to the capital.               | 765kV;765;kV;measure
            Passengers fell ill on a 12-night cruise.                | 12-night;12;night;duration
            Temperatures of 28-35C favoured the swarms.              | 28;28;C;measure && 35C;35;C;measure
            The visitors won 28-35 on Saturday.                      | none
            Prices posted a 9.3-per-cent rise.                       | 9.3-per-cent;9.3;per-cent;percent
            The loaf now costs R18.37 in most shops.                 | R18.37;18.37;R;money
            The company raised US $5.35 billion last year.           | US $5.35 billion;5350000000;US$;money
            Exports fell to US$ 68 million in May.                   | US$ 68 million;68000000;US$;money
            They paid $ 40 each.                                     | $ 40;40;$;money
            SHARES RISE TO $5 IN EARLY TRADE                         | $5;5;$;money
            Prices rose to ARS 1,185 per kilo.                       | ARS 1,185;1185;ARS;money
            Profit rose to Dh139.6bn.                                | Dh139.6bn;139600000000;Dh;money
            The fare is ₱650 for adults.                             | ₱650;650;₱;money
            It spent 520 billion won on chips.                       | 520 billion won;520000000000;won;money
            A coffee costs 4,500 won in Seoul.                       | 4,500 won;4500;won;money
            Burnout 3 won three awards.                              | three awards;3;awards;count
            The delegates met at COP 28 in Dubai.                    | none
            The river carried 9,08,000 cusecs of water.              | 9,08,000 cusecs;908000;cusecs;count
            The scheme covers 1,85,00,000 farmers.                   | 1,85,00,000 farmers;18500000;farmers;count
            Prices rose to TL 48.05 a litre.                         | TL 48.05;48.05;TL;money
            The fee is MK1,751 a month and K95,000 a year.           | MK1,751;1751;MK;money && K95,000;95000;K;money
            Wages rose to ৳14,650 a month.                           | ৳14,650;14650;৳;money
            Farmers get GH¢3,228.75 a bag, up from GH₵3,100.         | GH¢3,228.75;3228.75;GH¢;money && GH₵3,100;3100;GH₵;money
            Tickets rise to S/ 200 for foreign adults.               | S/ 200;200;S/;money
            The ministry will invest PEN 18.5 million.               | PEN 18.5 million;18500000;PEN;money
            Farmers are paid CFA2,800 and QR70 billion.              | CFA2,800;2800;CFA;money && QR70 billion;70000000000;QR;money
            The region got a further Br 10 million.                  | Br 10 million;10000000;Br;money
            It trades at ZiG26.80 on the official market.            | ZiG26.80;26.8;ZiG;money
            The line will cost 93 billion zł, or 410,000 złoty a km. | 93 billion zł;93000000000;zł;money && 410,000 złoty;410000;złoty;money
            They signed a 4.3-billion-zloty contract.                | 4.3-billion-zloty;4300000000;zloty;money
            The 220-pound defenseman scored twice.                   | 220-pound;220;pound;measure
            Clearing fell to 8,174 km² this year.                    | 8,174 km²;8174;km²;measure
            Only 26 GL of the 450-gigalitre target was recovered.    | 26 GL;26;GL;measure && 450-gigalitre;450;gigalitre;measure
            The plant adds 16 mtpa and 4,000 hectoliters.            | 16 mtpa;16;mtpa;measure && 4,000 hectoliters;4000;hectoliters;measure
            It borrowed from 14 local banks.                         | 14 local banks;14;banks;count
            The tender is worth NIS 5.4 billion.                     | NIS 5.4 billion;5400000000;NIS;money
            The dam cost MAD 1.2 billion, or LL 90,000 a head.       | MAD 1.2 billion;1200000000;MAD;money && LL 90,000;90000;LL;money
            The fine rose to ₡180 million.                           | ₡180 million;180000000;₡;money
            Thailand spent B200 million and Bt4,500 a rai.           | B200 million;200000000;B;money && Bt4,500;4500;Bt;money
            A licence costs 9,500 kr, a durian 10 sen more.          | 9,500 kr;9500;kr;money && 10 sen;10;sen;money
            Exports hit RM1.8bil and RM50mil.                        | RM1.8bil;1800000000;RM;money && RM50mil;50000000;RM;money
            Fiji earned FJD 186.4 million.                           | FJD 186.4 million;186400000;FJD;money
            PM2.5 levels reached 37.5 µg/m³.                         | 37.5 µg/m³;37.5;µg/m³;measure
            Fires burned 1.92 million rai.                           | 1.92 million rai;1920000;rai;measure
            The shop covers 3,000sq ft.                              | 3,000sq ft;3000;sq ft,ft;measure
            Agents seized 21,000 head of cattle.                     | 21,000 head;21000;head;count
            Herders lost MNT 12.5 billion and 3.2 million kip.       | MNT 12.5 billion;12500000000;MNT;money && 3.2 million kip;3200000;kip;money
            The dam stores 1.41 million acre-feet of water.          | 1.41 million acre-feet;1410000;acre-feet,acre;measure
            He drove a slider from Jane Doe 412 feet into the deck.  | 412 feet;412;feet;distance
            The club hired 2 head coaches.                           | 2 head coaches;2;head coaches,coaches;count
            The blast came at 14 local time.                         | none
            Temperatures rose 1 degree Celsius.                      | 1 degree Celsius;1;degree Celsius,degree;measure
            The sea ice edge reached 60°S in June.                   | none
            Bolt ran 9.58s in Berlin.                                | 9.58s;9.58;s;duration
            Tyres run at 15 PSI.                                     | 15 PSI;15;PSI;measure
            Exports fell sharply (-11%) in March.                    | -11%;-11;%;percent
            The deal is worth $5-10 million.                         | $5;5000000;$;money && 10 million;10000000;$;money
            Fares rose by Rs 5-25 per trip.                          | Rs 5;5;Rs;money && 25;25;Rs;money
            It will cost $779m-798m.                                 | $779m;779000000;$;money
            The state will receive $14 bln in aid.                   | $14 bln;14000000000;$;money
            Exports reached $2.5 mln in March.                       | $2.5 mln;2500000;$;money
            The deficit hit £3 bn.                                   | £3 bn;3000000000;£;money
            Profit fell to 2.1bn Danish kroner.                      | 2.1bn Danish kroner;2100000000;kroner;money
            The stake cost 80 million Hong Kong dollars.             | 80 million Hong Kong dollars;80000000;dollars;money
            Rivals bid &#163;12m for the striker.                    | &#163;12m;12000000;£;money
            Tickets cost &pound;40 each.                             | &pound;40;40;£;money
            The fine was &#8364;2,500.                               | &#8364;2,500;2500;€;money
            The project will cost Rs. 500 crore.                     | Rs. 500 crore;5000000000;Rs;money
            The bank disbursed N2.5bn in loans.                      | N2.5bn;2500000000;N;money
            Governors had demanded Ksh450bn.                         | Ksh450bn;450000000000;Ksh;money
            He tabled a Sh4.29 trillion budget.                      | Sh4.29 trillion;4290000000000;Sh;money
            The firm raised RM1.2bn.                                 | RM1.2bn;1200000000;RM;money
            It paid R120,000 in fines.                               | R120,000;120000;R;money
            The company is worth $3.2tr.                             | $3.2tr;3200000000000;$;money
            A charge of 50 kobo per litre applies.                   | 50 kobo;50;kobo;money
            A penalty of 84,000 soles was imposed.                   | 84,000 soles;84000;soles;money
            Staff wore N95 masks on the R2 road.                     | none
            Petrol now costs N995 per litre.                         | N995;995;N;money
            Clause 5B of the law was cut.                            | none
            See pic.twitter.com/P3M6U2Xxr7 for more.                 | none
            The tractor has a 75hp engine.                           | 75hp;75;hp;measure
            The fire burned 5,000ha of scrub.                        | 5,000ha;5000;ha;measure
            Blood pressure fell by 5 mmHg.                           | 5 mmHg;5;mmHg;measure
            The chips measure less than 2 nanometres.                | 2 nanometres;2;nanometres;distance;less than
            Temperatures fell to minus 8 degrees.                    | minus 8 degrees;-8;degrees;measure
            Temperatures fell to -8C overnight.                      | -8C;-8;C;measure
            Sales growth was -0.1% in January.                       | -0.1%;-0.1;%;percent
            The payout, minus $5,000 in fees, was paid.              | $5,000;5000;$;money
            Prices rose 10-20% this year.                            | 10;10;%;percent && 20%;20;%;percent
            The margin of error is plus or minus 3 percentage points. | 3 percentage points;3;percentage points,points;percent
            Police seized 20 pounds of cocaine.                      | 20 pounds;20;pounds;measure
            It raised 5 million pounds of funding.                   | 5 million pounds;5000000;pounds;money
            The planet is 124 light years from Earth.                | 124 light years;124;light years,years;distance
            Rates are 1 percentage point higher than a year ago.     | 1 percentage point;1;percentage point,point;percent
            The index closed at 8,249 points (+0.6%).                | 8,249 points;8249;points;count && 0.6%;0.6;%;percent
            Smith &amp; Sons employs 40 people.                      | 40 people;40;people,person;count
            Hail as large as 4½ inches fell.                         | 4½ inches;4.5;inches;distance
            A 4½-inch stone broke the roof.                          | 4½-inch;4.5;inch;distance
            He pitched 5⅔ innings.                                   | 5⅔ innings;5.666667;innings;count
            The trail runs ¼ mile to the lake.                       | ¼ mile;0.25;mile;distance
            Fares are capped at 50c, up from 45c.                    | 50c;50;c;money && 45c;45;c;money
            The iPhone 5c sold well.                                 | none
            It was 9 C at noon and minus 3 C by night.               | 9 C;9;C;measure && minus 3 C;-3;C;measure
            Pupils of Grade 9 C won the quiz.                        | none
            Temperatures were forecast to fall to 3 C.               | 3 C;3;C;measure
            Temperatures of 38ºC are expected inland.                | 38ºC;38;ºC;measure
            The flood buried the intake in 6m of debris.             | 6m;6;m;distance
            He has 41 RBIs and three ICUs are full.                  | 41 RBIs;41;RBIs;count && three ICUs;3;ICUs;count
            Petrol hits N1,050/litre in Lagos.                       | N1,050;1050;N;money
            It raised the price by N35 to N995 per litre.            | N35;35;N;money && N995;995;N;money
            The fare, which was N300 two years ago, doubled.         | N300;300;N;money && two years;2;years;duration
            Drive north on the N7 to Cape Town.                      | none
            Riders will pay P15 for the ride, up from P13.           | P15;15;P;money && P13;13;P;money
            Growers paid D32,000 for the licence.                    | D32,000;32000;D;money
            Take vitamin D3 daily; they met at D4.                   | none
            The rock, also known as D197, was found in a field.      | none
            Tickets cost ֏120 for adults.                            | ֏120;120;֏;money
            The pass costs 119.31 leva.                              | 119.31 leva;119.31;leva;money
            Rents rose from SDG 38,000 and pay 15 tetri a kilo.      | SDG 38,000;38000;SDG;money && 15 tetri;15;tetri;money
            The fee is NAf 186,000, up from ANG 40,000.              | NAf 186,000;186000;NAf;money && ANG 40,000;40000;ANG;money
            A sack costs 24,000 FBu, or 4,500 lekë.                  | 24,000 FBu;24000;FBu;money && 4,500 lekë;4500;lekë;money
            A trap costs 18 guilders or 9,900 forints.               | 18 guilders;18;guilders;money && 9,900 forints;9900;forints;money
            Divers removed 14,326 lionfish from the reef.            | 14,326 lionfish;14326;lionfish;count
            A bag sells for E350, down from E780 last year.          | E350;350;E;money && E780;780;E;money
            Cars run on E10 petrol on the E40.                       | none
            A kilo costs 500,000 tomans or 9,000 kyats.              | 500,000 tomans;500000;tomans;money && 9,000 kyats;9000;kyats;money
            The mine produced 24.5 kt of copper.                     | 24.5 kt;24.5;kt;measure
            Shipments reached 220 million wmt.                       | 220 million wmt;220000000;wmt;measure
            EVN paid 9.35 U.S. cents per kWh.                        | 9.35 U.S. cents;9.35;cents;money
            He rents a 25-square-meter shop.                         | 25-square-meter;25;square-meter,meter;measure
            Economists forecast a 150-basis-point cut.               | 150-basis-point;150;basis-point,point;percent
            A one-percentage-point rise would hurt.                  | one-percentage-point;1;percentage-point,point;percent
            Revenue fell to VT4.6 billion.                           | VT4.6 billion;4600000000;VT;money
            Public debt reached MVR 134.6 billion.                   | MVR 134.6 billion;134600000000;MVR;money
            Onions cost Rf 18 a kilo.                                | Rf 18;18;Rf;money
            Phone use now costs KD 75.                               | KD 75;75;KD;money
            Diesel rose 30 toea.                                     | 30 toea;30;toea;money
            Spending nearly doubled to RM12.3 bil.                   | RM12.3 bil;12300000000;RM;money
            A bil was tabled in parliament.                          | none
            He rides a 70cc motorcycle.                              | 70cc;70;cc;measure
            The state tops 75 pct renewables.                        | 75 pct;75;pct;percent
            Sales will grow by 12-15 per cent a year.                | 12;12;per cent;percent && 15 per cent;15;per cent;percent
            Prices rose by 5 to 10 per cent.                         | 5;5;per cent;percent && 10 per cent;10;per cent;percent
            A 250 MW/1,000 MWh battery opened.                       | 250 MW;250;MW;measure && 1,000 MWh;1000;MWh;measure
            Prices fell as low as minus $1,000 on Monday.            | minus $1,000;-1000;$;money
            He got the payout, minus $5,000 in fees.                 | $5,000;5000;$;money
            Licence revenue rose to SBD$612 million.                 | SBD$612 million;612000000;SBD$;money
            Fares start from RO29.                                   | RO29;29;RO;money
            They were bowled out for 215 in 71.3 overs.              | 71.3 overs;71.3;overs;count
            One in five adults smoke.                                | none
            The win earned Jamaica 19.6 points.                      | 19.6 points;19.6;points;count
            """)
    void scalesCurrenciesAndAbbreviatedUnits(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            It happened two days earlier.                            | two days;2;days;duration
            Three weeks later the talks collapsed.                   | Three weeks;3;weeks;duration
            He won the title four years ago.                         | four years;4;years;duration
            The suspect was caught one day after the attack.         | one day;1;day;duration
            One day he hopes to return.                              | none
            """)
    void timeBeforeAnOffsetIsAnAmount(String sentence, String expected) {
        FigureCases.assertFigures(sentence, expected);
    }
}
