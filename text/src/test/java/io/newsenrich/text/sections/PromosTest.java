package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromosTest {

    private static boolean promo(String line) {
        return Promos.isPromo(TestLines.line(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Join The Example Times on WhatsApp and stay up to date",
        "Sign up for push alerts to get the best breaking news delivered directly to your phone",
        "Listen to The Daily Briefing podcast for a deep dive on the stories that matter",
        "Subscribe to our daily newsletter",
        "Email newsletters sign up",
        "Download the Example News app for iOS and Android",
        "Follow us on Twitter and Facebook",
        "Follow Jane Doe on Twitter @janedoe",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Get our free morning briefing in your inbox",
        "Sign up to receive the top stories you need to know right now.",
        "You can unsubscribe at any time.",
        "Subscribe Today!",
        "Join\u00A0our Telegram channel for live updates",
        "\u2022 Sign up for the Business Today newsletter",
        "Follow Example News\u2019 coverage of Latin America at https://example.com/hub/latin-america",
        "Download the full report at www.example.org/report",
        "Find The Example Times on WhatsApp and stay up to date",
        "Follow our live coverage of the war in Ukraine",
        "Our In The News podcast is now published daily \u2013 Find the latest episode here",
        "We\u2019ve been covering the war since day one. Help us keep going \u2014 become a member today.",
        "Keep up with all the latest news from the UK and around the world by following Example News",
        "Stay up to date with the latest headlines from across the region",
        "Get local news delivered to your inbox!",
        "The stories shaping the region, delivered to your inbox every weekday morning.",
        "Want to know what\u2019s really happening? Sign up for Example Playbook, the most-read newsletter.",
        "Catch every big hit and all the latest updates. Download the Example app for live scores.",
        "Follow Example Daily News on social media for the latest news from the region.",
        "Have your say \u2013 send your letters to the editor to letters@example.co.uk",
        "The Example is a registered charity. Donate today to support independent journalism.",
        "Watch eXample on satellite channel 403 and stream live on example.com.",
        "Read the full print edition online \u2013 subscribe to the Example News e-paper.",
        "Read the Example Tribune e-paper every morning on your phone or tablet.",
        "Have a claim you want us to fact-check? Send it to us on Facebook or email us at tips@example.org.",
        "DAILY BRIEFING Sign up to receive Example Brief's free email, a digest of the day's coverage.",
        "Example Worm: sign up for our free morning newsletter.",
        "Thanks for reading. If you enjoyed this story, forward it to a friend who loves the city.",
        "This is a free edition of the Example newsletter. Subscribe to get one story every weekday.",
        "Example News is now on WhatsApp. Get all the latest news from around the country. Follow Example News",
        "Example.com is now on Viber. Join our community and get the latest headlines.",
        "Don't miss the latest headlines",
        "Don\u2019t miss the big stories. Like us on Facebook.",
        "Get involved with the news in your community",
        "Send your stories and photos now",
        "It\u2019s time to join the conversation. Log in or subscribe to comment.",
        "Did you know with a Digital Subscription to The Example, you can get unlimited access and much more. Learn More",
        "Did you know with a Digital Subscription to Example Post, you can get unlimited access to the website "
            + "including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more."})
    void recognisesCallsToAction(String line) {
        assertThat(promo(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The company said 2m customers had signed up to the new tariff.",
        "Example Telecom is offering customers free calls if they sign up to broadband in December.",
        "\u201CI don't subscribe to that view,\u201D the minister told the newsletter's editor.",
        "Netflix added 5 million subscribers in the quarter.",
        "Join the queue, officials told the crowd outside the embassy on Monday.",
        "Follow-up talks are expected next week in Geneva.",
        "Police said the video was posted at https://example.com on Friday.",
        "She went on to become a member of the party's ruling council.",
        "Our reporters found the app had been downloaded 2 million times.",
        "Our thanks to columnist Jane Doe for addressing these questions here below.",
        "Find the right balance between work and family, the minister urged.",
        "Get the vaccine as soon as you can, officials told residents on Monday.",
        "Staying up to date with the rules is hard for small firms, the report said.",
        "Keeping up with demand has been the company's biggest problem this year.",
        "Russia launched 574 drones and 40 missiles at Ukraine early on Thursday.",
        "The finale of I'm a Celebrity... Get Me Out of Here drew 10.9m viewers on the channel.",
        "The firm said demand had slowed. Download speeds on its app fell by half.",
        "Nearly 1,100 livestock farmers sign up for nitrogen buyout, costing 2.3 billion euros",
        "Join alternative social media outlets like Gab and MeWe.",
        "The Kochi spice trader that put cardamom on a subscription",
        "Jane Doe is the editor of Example London — Follow him on Twitter and Facebook"})
    void leavesArticleTextAlone(String line) {
        assertThat(promo(line)).isFalse();
    }
}
