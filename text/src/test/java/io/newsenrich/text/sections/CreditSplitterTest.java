package io.newsenrich.text.sections;

import static io.newsenrich.text.sections.TestLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditSplitterTest {

    private static CaptionParts split(String text) {
        return CreditSplitter.split(line(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Rescuers at the site of a strike in Kharkiv. Photograph: Vyacheslav Madiyevskyy/Reuters|Rescuers at the site of a strike in Kharkiv.|Vyacheslav Madiyevskyy/Reuters",
        "Rescuers at the site of a strike in Kharkiv Photograph: Vyacheslav Madiyevskyy/Reuters|Rescuers at the site of a strike in Kharkiv|Vyacheslav Madiyevskyy/Reuters",
        "Protesters gather outside parliament. Photo: Jane Doe/AP|Protesters gather outside parliament.|Jane Doe/AP",
        "Protesters gather outside parliament. Picture: Sam Boal/RollingNews.ie|Protesters gather outside parliament.|Sam Boal/RollingNews.ie",
        "Firefighters work at a damaged building. Image: Ukrainian emergency service|Firefighters work at a damaged building.|Ukrainian emergency service",
        "The prime minister speaks to reporters (REUTERS/Toby Melville)|The prime minister speaks to reporters|REUTERS/Toby Melville",
        "The prime minister speaks to reporters. REUTERS/Toby Melville|The prime minister speaks to reporters.|REUTERS/Toby Melville",
        "The prime minister speaks to reporters REUTERS/Toby Melville|The prime minister speaks to reporters|REUTERS/Toby Melville",
        "Smoke rises over the city. Getty Images|Smoke rises over the city.|Getty Images",
        "Smoke rises over the city. Genya Savilov/AFP via Getty Images|Smoke rises over the city.|Genya Savilov/AFP via Getty Images",
        "Fireworks light up the sky over the river (Victoria Jones/PA)|Fireworks light up the sky over the river|Victoria Jones/PA",
        "Soldiers patrol the border [Photo/Xinhua]|Soldiers patrol the border|Xinhua",
        "Staff staged a protest outside the hospital. Photo:-Jane Doe|Staff staged a protest outside the hospital.|Jane Doe",
        "A rice grower on his property. Picture supplied|A rice grower on his property.|Picture supplied",
        "Gardai found plants at the farm. Stock image|Gardai found plants at the farm.|Stock image",
        "Photos: Jane Doe/AP|-|Jane Doe/AP",
        "PHOTO: DAILY EXAMPLE ARCHIVES|-|DAILY EXAMPLE ARCHIVES",
        "Officials inspect a truck on Example Road. (Photo courtesy of EXA)|Officials inspect a truck on Example Road."
            + "|EXA",
        "Contributed|-|Contributed", "SUPPLIED|-|SUPPLIED",
        "Council members listen on Tuesday. THE EXAMPLE/JANE DOE Buy This Image|Council members listen on Tuesday."
            + "|THE EXAMPLE/JANE DOE",
        "Residents wade through floodwaters on Thursday. \u2014JANE V. DOE|Residents wade through floodwaters on "
            + "Thursday.|JANE V. DOE",
        "Firemen search near the river. \u2013 Pic courtesy of Example Rescue Department|Firemen search near the river."
            + "|Example Rescue Department",
        "Health workers spray insecticide on Wednesday. --Photo Example Times|Health workers spray insecticide on "
            + "Wednesday.|Example Times",
        "The building in Andheri West. Pic/Jane Doe|The building in Andheri West.|Jane Doe",
        "Image caption, Residents queue for water in the capital|Residents queue for water in the capital|-",
        "File photo: A collapsed building on Lagos Island|A collapsed building on Lagos Island|-",
        "© AFP Protesters march through the capital|Protesters march through the capital|AFP",
        "© AP Photo / Evan Vucci The president arrives at the summit|The president arrives at the summit|AP Photo / Evan Vucci",
        "© Provided by Example Media Inc. Officials inspect the damage|Officials inspect the damage|Provided by Example Media Inc.",
        "Photo credit: Anna Smith, Tom Brown|-|Anna Smith, Tom Brown",
        "A flooded street in Pontypridd (PA)|A flooded street in Pontypridd|PA",
        "The central bank in Ottawa on March 11.Jane Doe/The Canadian Press|The central bank in Ottawa on March 11.|Jane Doe/The Canadian Press",
        "'A plane takes off in Chicago on Feb. 27, 2025. Jane Doe | Getty Images'|A plane takes off in Chicago on Feb. 27, 2025.|'Jane Doe | Getty Images'",
        "Fire crews battle the blaze near the bridge.(Supplied: CFA)|Fire crews battle the blaze near the bridge.|Supplied: CFA",
        "Crowds gather outside parliament. (Example News: Jane Doe)|Crowds gather outside parliament.|Example News: Jane Doe",
        "Emergency services at the scene in the town centre. Pic: Reuters|Emergency services at the scene in the town centre.|Reuters",
        "A boat capsized on Sunday.Image: Jane Doe/dpa/picture alliance|A boat capsized on Sunday.|Jane Doe/dpa/picture alliance",
        "Rescuers searched a collapsed building on Saturday.Credit...Jane Doe/Reuters|Rescuers searched a collapsed building on Saturday.|Jane Doe/Reuters",
        "Rescuers searched a collapsed building on Saturday. Credit\u2026Jane Doe for The Example Times|Rescuers searched a collapsed building on Saturday.|Jane Doe for The Example Times",
        "Residents inspect a damaged house, May 2, 2024. (Jane Doe/Flash90)|Residents inspect a damaged house, May 2, 2024.|Jane Doe/Flash90",
        "'Senators leave the chamber on Sept. 9. | Jane Doe/EXAMPLE'|Senators leave the chamber on Sept. 9.|Jane Doe/EXAMPLE",
        "Factory orders fell for three months © Jane Doe/AFP/Getty Images|Factory orders fell for three months|Jane Doe/AFP/Getty Images",
        "Hikers wait to be evacuated on Sunday. Courtesy of Example County Sheriff|Hikers wait to be evacuated on Sunday.|Example County Sheriff",
        "The central bank in Oslo. Photographer: Jane Doe/Bloomberg|The central bank in Oslo.|Jane Doe/Bloomberg",
        "Families shelter from the extreme heatImage: Jane Doe/dpa/picture alliance|Families shelter from the extreme heat|Jane Doe/dpa/picture alliance",
        "A tanker docked at the terminal in June.Jane Doe/The Example Globe and Mail|A tanker docked at the terminal in June.|Jane Doe/The Example Globe and Mail",
        "The chancellor speaks before the autumn budget JANE DOE/GETTY IMAGES|The chancellor speaks before the autumn budget|JANE DOE/GETTY IMAGES",
        "Pupils store their phones in lockers. (Supplied)|Pupils store their phones in lockers.|Supplied",
        "Ringers at practice in the church. Picture: submitted|Ringers at practice in the church.|submitted",
        "Crowds at the festival in Mill Street (pic courtesy of Example Festival)|Crowds at the festival in Mill Street"
                + "|Example Festival",
        "The class met at a picnic table behind the stand. Provided|The class met at a picnic table behind the stand.|Provided",
        "Members sort millet harvested this autumn. CNA photo Nov. 19, 2025|Members sort millet harvested this autumn.|CNA photo Nov. 19, 2025",
        "A window lettered by Jane Doe in 1997 (photo John Roe/Example)|A window lettered by Jane Doe in 1997|photo John Roe/Example",
        "Jane Doe at work in 1988 (photo courtesy the Doe family)|Jane Doe at work in 1988|photo courtesy the Doe family",
        "'Jane Doe laces up her skates in 2019. | Courtesy of the Doe family'|Jane Doe laces up her skates in 2019.|the Doe family",
        "Residents at the meeting in the hall. (Image supplied)|Residents at the meeting in the hall.|Image supplied",
        "Boats moored at the quay. Photo supplied: Ministry of Tourism|Boats moored at the quay.|Ministry of Tourism",
        "Pickers at work in a forcing shed. Source: Example Growers' Group|Pickers at work in a forcing shed.|Example Growers' Group",
        "A thrush in the Brazilian Amazon. Jane Doe, CC BY-ND|A thrush in the Brazilian Amazon.|Jane Doe, CC BY-ND",
        "Bikes hang from the ceiling. Courtesy of the Spoke Room|Bikes hang from the ceiling.|the Spoke Room",
        "Traders set up stalls at dawn. Image: supplied|Traders set up stalls at dawn.|supplied",
        "The pilot plant near Springbok. Photo by: Example Tin Resources|The pilot plant near Springbok.|Example Tin Resources",
        "Market traders in Lagos on Monday. Illustration by John Doe|Market traders in Lagos on Monday.|John Doe",
        "Where lending fell. Graphic: Jane Roe/Example Post|Where lending fell.|Jane Roe/Example Post",
        "Banner image: A day octopus on a reef flat. Image by Jane Doe/Example.|A day octopus on a reef flat.|Jane Doe/Example",
        "Soap bars in a workshop in the Old City – November 16, 2025 (Example Baladi/Jane Doe)|Soap bars in a workshop in the Old City – November 16, 2025|Example Baladi/Jane Doe",
        "Officials at the opening. Photo: Example Holdings Inc.|Officials at the opening.|Example Holdings Inc.",
        "Jane Doe at the tiller, summer 1988. — Courtesy of the Doe family|Jane Doe at the tiller, summer 1988.|the Doe family",
        "Craftsmen repair a window screen. — Courtesy photo|Craftsmen repair a window screen.|Courtesy photo",
        "'Beans ready for harvest in September. | Jane Doe photo'|Beans ready for harvest in September.|Jane Doe photo",
        "The old sugar railway near Qiaotou. (Example News, Jane Doe photo)|The old sugar railway near Qiaotou.|Example News, Jane Doe photo",
        "The old mill in 1910. Example Commons, CC BY-SA 4.0|The old mill in 1910.|Example Commons, CC BY-SA 4.0",
        "Borrowers queue at a mobile money agent. [Courtesy]|Borrowers queue at a mobile money agent.|Courtesy",
        "The milking parlor, photographed last fall. (Courtesy of the Voss family)|The milking parlor, photographed last fall.|Courtesy of the Voss family",
        "Deputies block a road on Friday. (Provided by Example County Sheriff's Office)|Deputies block a road on Friday.|Provided by Example County Sheriff's Office",
        "Container ships wait in the bay on Wednesday. Jane Doe/Staff photographer|Container ships wait in the bay on Wednesday.|Jane Doe/Staff photographer",
        "'Crew members unload grouper on Thursday. [ JANE DOE | Times ]'|Crew members unload grouper on Thursday.|'JANE DOE | Times'",
        "The director stands outside the museum. Photo: Courtesy of the museum|The director stands outside the museum.|Courtesy of the museum",
        "Houses under construction at a development in Co Kildare Alamy Stock Photo|Houses under construction at a development in Co Kildare|Alamy Stock Photo",
        "Medics attend to a runner near the finish line. \u2014 Bernama pic|Medics attend to a runner near the finish line.|Bernama",
        "'Cranes stand over the factory on Thursday.Jane Doe | The Example/ExampleLive'|Cranes stand over the factory on Thursday.|'Jane Doe | The Example/ExampleLive'",
        "Workers take a water break on Tuesday. Jane Doe jdoe@example.com|Workers take a water break on Tuesday.|Jane Doe jdoe@example.com",
        "The bus overturned on the ghat section (Representational)|The bus overturned on the ghat section|Representational",
        "The minister chairs a cabinet meeting on Thursday. — PID|The minister chairs a cabinet meeting on Thursday.|PID",
        "Fans celebrate the win at the ground • Getty Images|Fans celebrate the win at the ground|Getty Images",
        "Residents inspect the damage. Photo / Jane Doe|Residents inspect the damage.|Jane Doe",
        "Crowds at the countdown on Jan 1, 2026. ST PHOTO: JANE DOE|Crowds at the countdown on Jan 1, 2026.|JANE DOE",
        "Sewage pipes on the river near the town. File pic: PA|Sewage pipes on the river near the town.|PA",
        "Patients receive treatment at a hospital [File: Jane Doe/AFP]|Patients receive treatment at a hospital|Jane Doe/AFP",
        "'A sediment core is examined aboard a research vessel in November. | EXAMPLEGEO'|A sediment core is examined aboard a research vessel in November.|EXAMPLEGEO",
        "'Jane Doe, a shop owner, clears debris outside her store on Monday. | JOHN ROE'|Jane Doe, a shop owner, clears debris outside her store on Monday.|JOHN ROE",
        "The disease control centre in the capital [PHOTO CREDIT: @ExampleHealth]|The disease control centre in the capital|@ExampleHealth",
        "Satellite image of the typhoon as of 2 p.m. on Wednesday. (Image from Example Weather Service)|Satellite image of the typhoon as of 2 p.m. on Wednesday.|Image from Example Weather Service",
        "Rescuers search the rubble on Sunday. Post Photo: Jane Doe|Rescuers search the rubble on Sunday.|Jane Doe",
        "'Shoppers at a supermarket in the capital. | Foto: AFP / JUAN PEREZ'|Shoppers at a supermarket in the capital.|AFP / JUAN PEREZ",
        "'(Jane Doe | The Example Tribune) A crew skims the lake near the island.'|A crew skims the lake near the island.|'Jane Doe | The Example Tribune'",
        "Dolphins surface in the pool in Kratie province. WWF Cambodia|Dolphins surface in the pool in Kratie province.|WWF Cambodia",
        "Guards remove a net from the river last month. KT/Jane Doe|Guards remove a net from the river last month.|KT/Jane Doe",
        "Staff set up a camera trap on Thursday. (Express Photo by Jane Doe)|Staff set up a camera trap on Thursday.|Jane Doe",
        "The minister inspects the works on Thursday. Photo courtesy of Example Cabinet|The minister inspects the works on Thursday.|Example Cabinet",
        "Snorkellers at the dive site in Aqaba (JT photo)|Snorkellers at the dive site in Aqaba|JT photo",
        "An inspector speaks with instructors at the beach. (Photo via ICT)|An inspector speaks with instructors at the beach.|Photo via ICT",
        "A ranger counts kangaroos at the reserve. Picture supplied by ACT Government|A ranger counts kangaroos at the reserve.|ACT Government",
        "'A ricer poles a canoe near the river in September. Jane Doe | Example News'|A ricer poles a canoe near the river in September.|'Jane Doe | Example News'",
        "Volunteers strip the vessel at a shipyard. JANE DOE, EXAMPLE COLONIST|Volunteers strip the vessel at a shipyard.|JANE DOE, EXAMPLE COLONIST",
        "Divers explore the wreck near Sidney in 2019. VIA EXAMPLE REEF SOCIETY|Divers explore the wreck near Sidney in 2019.|VIA EXAMPLE REEF SOCIETY",
        "Highlanders search the slopes in June. Photo courtesy: Example Administration|Highlanders search the slopes in June.|Example Administration",
        "Frankincense on sale at the souq in Salalah. Photo - Example Times|Frankincense on sale at the souq in Salalah.|Example Times",
        "'A passenger train at the station on July 30, 2024. PHOTO | JANE DOE | EXAMPLE'|A passenger train at the station on July 30, 2024.|'JANE DOE | EXAMPLE'",
        "'Trucks queue to enter the port. PHOTO | FILE'|Trucks queue to enter the port.|FILE",
        "Villagers dig graves in the village on Wednesday. / Example Defense Force|Villagers dig graves in the village on Wednesday.|Example Defense Force",
        "A girl carries water past the shelters on 6 July 2024 (EX/Jane Doe)|A girl carries water past the shelters on 6 July 2024|EX/Jane Doe",
        "Taxi operators wait for passengers in the square. - File|Taxi operators wait for passengers in the square.|File",
        "Realtors president Jane Doe. Provided by Example Realtors|Realtors president Jane Doe.|Example Realtors",
        "'Debris surrounds a home on Thursday. (Jane Doe | jdoe@example.com)'|Debris surrounds a home on Thursday.|'Jane Doe | jdoe@example.com'",
        "A crew replaces a lead line on Wednesday. John Roe, example.com|A crew replaces a lead line on Wednesday.|John Roe, example.com",
        "'Lorries queue at the ferry terminal on Tuesday | Jane Doe'|Lorries queue at the ferry terminal on Tuesday|Jane Doe",
        "'Jane Roe, 81, spent hours on a trolley at the hospital | Contributed'|'Jane Roe, 81, spent hours on a trolley at the hospital'|Contributed",
        "A truck delivers water to residents of the hill. – Contributed|A truck delivers water to residents of the hill.|Contributed",
        "Visitors at the beach last summer (File photograph)|Visitors at the beach last summer|File photograph",
        "The ring is visible at the lake on Tuesday. (Jane Doe/Example Journal) @janedoe|The ring is visible at the lake on Tuesday.|Jane Doe/Example Journal",
        "A guard watches the platform, Sept. 9. Example Times photo by Jane Doe|A guard watches the platform, Sept. 9.|Jane Doe",
        "An artist's impression of the estate. Image via Example Government|An artist's impression of the estate.|Example Government",
        "Vehicles swept against a wall on Wednesday. Photo : Jane Roe|Vehicles swept against a wall on Wednesday.|Jane Roe",
        "A tram passes the square on Monday. Picture: JANE ROE. (39412233)|A tram passes the square on Monday.|JANE ROE",
        "Photo: Jane Doe. The eruption site north of the town on Monday.|The eruption site north of the town on Monday.|Jane Doe",
        "A booking register kept by the village council. Representative photo: iStock|A booking register kept by the village council.|iStock",
        "A woman outside the shop in the 1960s. (Picture courtesy of the Doe family)|A woman outside the shop in the 1960s.|the Doe family",
        "Drummers tune their drums at the workshop. (Photo internet reproduction)|Drummers tune their drums at the workshop.|Photo internet reproduction",
        "A driver waits for a fare outside the station. Jane Doe for Example World|A driver waits for a fare outside the station.|Jane Doe for Example World",
        "A woman waits outside the court. Jane Roe for The Example Times|A woman waits outside the court.|Jane Roe for The Example Times",
        "The library bus at a school. eXample/Jane Doe|The library bus at a school.|eXample/Jane Doe",
        "A fallen pine blocks a street on Friday / K. Doe-Lee/EXA|A fallen pine blocks a street on Friday|K. Doe-Lee/EXA",
        "A solar cold locker at a market. Image source: Example Labs|A solar cold locker at a market.|Example Labs",
        "A frame from the original video (Source: YouTube)|A frame from the original video|Source: YouTube",
        "A founder shows a donated hand drill. (Special to the Example Gazette/Jane Doe)|A founder shows a donated hand drill.|Special to the Example Gazette/Jane Doe",
        "A mother holds her daughter at home. (Jane Doe for Example Health News)|A mother holds her daughter at home.|Jane Doe for Example Health News",
        "Tourists at the square in Marrakech.. Jane Doe / Example360|Tourists at the square in Marrakech.|Jane Doe / Example360",
        "The scene of the crash this morning. Pic by Jane Doe|The scene of the crash this morning.|Jane Doe",
        "'Relatives wait at the harbour on Monday.(Photo | J Doe Kumar, EPS)'|Relatives wait at the harbour on Monday.|J Doe Kumar, EPS",
        "Water covers the street on Monday, March 10, 2025. Jane Doe, Example Free Press|Water covers the street on Monday, March 10, 2025.|Jane Doe, Example Free Press",
        "A cleared space where the council plans to sell land JANE DOE FOR THE EXAMPLE TIMES|A cleared space where the council plans to sell land|JANE DOE FOR THE EXAMPLE TIMES",
        "Firefighters train on a ladder truck on Tuesday.  Jane Doe, Quad-City Times|Firefighters train on a ladder truck on Tuesday.|Jane Doe, Quad-City Times",
        "'A crew digs out a lead line on Tuesday. Jane Doe | jdoe@example.com'|A crew digs out a lead line on Tuesday.|'Jane Doe | jdoe@example.com'",
        "Workers move boulders on Monday. (Jane Doe \u2014 Example Sentinel)|Workers move boulders on Monday.|Jane Doe \u2014 Example Sentinel",
        "A rendering of the proposed building. (City of Example)|A rendering of the proposed building.|City of Example",
        "Workers in the greenhouse on Monday. \u2014NEWS PHOTO JANE DOE|Workers in the greenhouse on Monday.|NEWS PHOTO JANE DOE",
        "Traffic backs up during the afternoon rush. - Jane Doe|Traffic backs up during the afternoon rush.|Jane Doe",
        "A crew restores power on Sept. 28. - Jane Doe \u2022 The Example|A crew restores power on Sept. 28.|Jane Doe \u2022 The Example",
        "The courthouse on Hunter Street. (Example-Review file photo)|The courthouse on Hunter Street.|Example-Review file photo",
        "Workers fill barriers by the river. (Jane Doe / Example Empire file photo)|Workers fill barriers by the river.|Jane Doe / Example Empire file photo",
        "Haul trucks at the diamond mine in 2023. EXA file photo|Haul trucks at the diamond mine in 2023.|EXA file photo",
        "Staff Photo by Jane Doe / A nurse prepares a vaccine on Wednesday.|A nurse prepares a vaccine on Wednesday.|Jane Doe",
        "Example photo by Jane Doe / The district attorney speaks on Thursday.|The district attorney speaks on Thursday.|Jane Doe",
        "Buyers examine tea samples on Tuesday. \u2013 EXA Photos|Buyers examine tea samples on Tuesday.|EXA Photos",
        "A sow and two cubs cross a meadow in 2023. \u2014 Enterprise file photo|A sow and two cubs cross a meadow in 2023.|Enterprise file photo"})
    void splitsCaptionFromCredit(String line, String caption, String credit) {
        CaptionParts parts = split(line);
        assertThat(parts).isNotNull();
        String text = line(line).text();
        assertThat(text.substring(parts.textStart(), parts.textEnd())).isEqualTo(caption == null ? "" : caption);
        assertThat(parts.credit()).isEqualTo(credit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(AP Photo/Jose Luis Magana)|AP Photo/Jose Luis Magana",
        "REUTERS/Chris Wattie|REUTERS/Chris Wattie",
        "Image source, Getty Images|Getty Images",
        "Dibyangshu Sarkar/AFP/Getty Images|Dibyangshu Sarkar/AFP/Getty Images",
        "(Reuters photo: Giorgio Perottino)|Reuters photo: Giorgio Perottino",
        "[Photo by Jan Kranendonk]|Jan Kranendonk",
        "Graphic by Jane Roe-Smith, Example Post|Jane Roe-Smith, Example Post",
        "Map by Jane Roe/Example Post|Jane Roe/Example Post",
        "(Example Baladi/Jane Doe)|Example Baladi/Jane Doe",
        "Photo via Instagram @example13|Instagram @example13",
        "Top image via Jane Doe|Jane Doe",
        "Visual: Jane Doe for Example|Jane Doe for Example",
        "All photos: Jane Doe|Jane Doe",
        "Example News archives|Example News archives",
        "Graphics by Jane Roe|Jane Roe",
        "Getty Images|Getty Images",
        "Copyright AP Photo/Jane Doe|AP Photo/Jane Doe",
        "Jane Doe/Example Radio|Jane Doe/Example Radio",
        "Photograph: Courtesy of Jane Doe|Courtesy of Jane Doe",
        "COURTESY EXAMPLE DEPARTMENT OF AGRICULTURE|COURTESY EXAMPLE DEPARTMENT OF AGRICULTURE",
        "Courtesy Acequia del Example Alto|Courtesy Acequia del Example Alto",
        "Gentileza Cine Example|Gentileza Cine Example",
        "The EXAMPLE / Jane Doe|The EXAMPLE / Jane Doe",
        "'JANE DOE | Staff Photographer'|'JANE DOE | Staff Photographer'",
        "Staff photo by JANE DOE|JANE DOE",
        "Jane Doe/Special to Example News Journal|Jane Doe/Special to Example News Journal",
        "JANE DOE, QUAD-CITY TIMES|JANE DOE, QUAD-CITY TIMES",
        "JANE DOE Example Herald|JANE DOE Example Herald",
        "Provided by Example Fire Department|Provided by Example Fire Department",
        "Courtesy photo/Example State Patrol|Courtesy photo/Example State Patrol",
        "Jane Doe, Tribune-Herald|Jane Doe, Tribune-Herald",
        "'Globe | Jane Doe'|'Globe | Jane Doe'",
        "Tribune photo by Jane Doe|Jane Doe"})
    void recognisesLinesThatAreOnlyACredit(String line, String credit) {
        CaptionParts parts = split(line);
        assertThat(parts.creditOnly()).isTrue();
        assertThat(parts.credit()).isEqualTo(credit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Moscow has dampened hopes of a swift breakthrough in US-led efforts to end the conflict.",
        "He showed reporters the photo: a burnt-out car on the roadside.",
        "The results were published on Thursday (Reuters reported earlier).",
        "Caroline Quentin (Life Begins/ Von Trapped, ITV1)",
        "Caroline Quentin (Life Begins/Von Trapped)",
        "The bank gave him credit... and more time to pay.",
        "The minister spoke for an hour (Note: the transcript was edited)",
        "The talks ended. (Jane Doe/John Roe, both of Example)",
        "Emergency services said they had rescued 30 people from flooded homes. (Reuters)",
        "The ministry said talks would resume on Monday. [AFP]",
        "Source: Example News and news agencies",
        "Prices rose in March, the source: a trader, said.",
        "The family shared the photo courtesy of Jane Doe.",
        "Work stopped after contractors hit a main not shown on the plans provided by",
        "The figures were compiled last week. Provided by the ministry, they show a rise.",
        "Copyright 2024 Example News. All rights reserved.",
        "The U.S. ARMY/NAVY game was played.",
        "He said the BBC/ITV deal was OFF THE TABLE",
        "The shares rose 5% to 120p (£1.20) on Monday.",
        "Donald Trump's peace push in limbo as Russia dampens hopes for summit with Ukraine",
        "Visit https://example.com/news/world for more",
        "Sixty per cent of voters backed the plan, according to a poll by Ipsos/Mori.",
        "'Markets fell sharply on Monday. | Read more'",
        "'Storm batters the coast as thousands flee | Example News'",
        "'The Pulse | Security | South Asia'",
        "Officials released the picture on Monday. (Photo from the archive)",
        "The ward reopened on Monday. (Photo above)",
        "The minister spoke on Monday. Ministers voted for The Bill",
        "Shares of Getty Images fell on Monday",
        "The agency released the photo",
        "The report will be tabled in Parliament later this month. DM",
        "The office said it would endorse the request. \u2013 Example.com",
        "Get our daily briefing straight to your inbox. Subscribe",
        "She is seen above with Democrat Rep. Jane Doe",
        "Mall Traffic Is Falling Again. Here's Why",
        "The letter was signed by Bishop Robert C. Morlino",
        "'(Psalm 40:8; Romans 3:31) Of course not!'",
        "H/T Example Pundit",
        "The council voted to sell land FOR THE CITY",
        "The crowd rose to its feet. (Applause)",
        "Rescuers pulled 30 people from the water. (The Associated Press)",
        "Shares fell on Monday. Jane Doe, an analyst, said the fall was expected",
        "Provided by the council, the figures show a rise",
        "JANE DOE said the plan was fair",
        "He kept the mill going for years. The family kept a photo",
        "'Jane Doe | Evening Example Standard'",
        "Photos: Tornado damage north of Example", "Images"})
    void leavesTextWithoutCreditsAlone(String line) {
        assertThat(split(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"© 2018 Example Times, Distributed by Agency, LLC.|true",
        "©2019 The Example Post|true", "Copyright 2019 The Associated Press.|true",
        "© AFP Protesters march|false",
        "© Example News Pty Ltd. All times ACST (GMT +9:30).|true",
        "© Provided by Example Inc. Jane Doe leaves the court.|false", "The copyright row continues|false", "Copyright AP Photo/Jane Doe|false"})
    void tellsCopyrightNoticesFromCredits(String line, boolean notice) {
        assertThat(CreditSplitter.isCopyrightNotice(line(line))).isEqualTo(notice);
    }

    @Test
    void aReprintShopAfterTheCreditIsNoPartOfIt() {
        String line = "Passengers board a flight on Tuesday. JANE DOE | BUY AT PHOTOS.EXAMPLE.COM";
        CaptionParts parts = split(line);
        assertThat(line.substring(parts.textStart(), parts.textEnd()))
                .isEqualTo("Passengers board a flight on Tuesday.");
        assertThat(parts.credit()).isEqualTo("JANE DOE");
    }
}
