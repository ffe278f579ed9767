package io.newsenrich.text.sections;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * General cue lists and the small string tests the classifiers share. Every list names furniture of news pages in
 * general (promo verbs, channels, credit markers, author roles), never words of a particular article. Matching works
 * on folded text, so curly quotes, non-breaking spaces and case never break a cue.
 */
public final class Cues {

    /** Verbs that open a call to action. */
    private static final int MIN_DOMAIN_CHARS = 2;
    private static final int MAX_DOMAIN_CHARS = 6;

    static final Openers PROMO_OPENERS = Openers.of(List.of("sign up", "signup", "subscribe", "download", "join",
            "follow",
            "listen to", "listen on", "like us", "register", "click here",
            "tap here", "click to follow", "tweet", "share this", "read our", "install", "try our", "watch", "support our", "get",
            "become a member", "give now", "donate", "find", "support", "like", "don't miss a thing",
            "don\u2019t miss a thing"));

    /**
     * Openers of a call to keep up with the outlet ("Keep up with the latest news by following X", "Stay up to date
     * with ...") or to support it ("Consider supporting X"): an imperative that news text leaves to quotes, so a
     * short line opening with one is a promo even when it names no channel.
     */
    static final Openers CALL_OPENERS = Openers.of(List.of("keep up with", "keep up to date", "keep up-to-date",
            "for more news and updates", "for the latest news and updates",
            "stay up to date", "stay up-to-date", "stay updated", "stay informed", "stay in the know",
            "stay on top of", "consider supporting", "please consider supporting", "support independent journalism",
            "support our journalism", "have your say", "thanks for reading", "thank you for reading", "stay tuned",
            "help us keep", "for more stories from where you live", "your support makes all the difference",
            "don't miss the latest",
            "don\u2019t miss the latest", "don't miss the big stories", "don\u2019t miss the big stories",
            "don't miss out on the headlines", "don\u2019t miss out on the headlines", "read the full story",
            "did you know? you can",
            "get involved with the news", "send your stories", "send us your stories",
            "join the conversation", "want to join the conversation", "it's time to join the conversation",
            "it\u2019s time to join the conversation",
            "scan the qr code", "have you got a story", "got a story?", "do you have a story",
            "pick up a copy of", "get the latest news delivered", "get more from the", "don't miss out - get",
            "don\u2019t miss out - get", "enjoyed this story?", "enjoyed this article?",
            "did you enjoy this story?", "did you enjoy this article?",
            "support independent local journalism"));

    /** Headers that introduce a list of links to other articles. */
    static final LinePhrases RELATED_HEADERS = LinePhrases.of("related", "related posts", "related articles",
            "similar articles", "similar stories", "related articlesmore from author", "recent posts",
            "top articles", "trending nationally",
            "related stories", "related content", "related links", "read more", "more on this story",
            "see also", "also read", "read also", "read next", "read this next", "editors' picks", "recommended",
            "recommended stories", "more stories",
            "you may also like", "you might also like", "more related stories", "most read", "most popular",
            "more from this section",
            "latest stories", "top stories", "top videos", "top picks for you", "more like this", "more on this topic",
            "more to read", "related news",
            "more news", "related article", "you may also be interested in", "you might also be interested in",
            "you may also like to read", "related reading", "related reads", "more in this section", "go deeper",
            "more in news", "more in business", "more in sport", "more in world", "related coverage",
            "read more on the subject", "more on this subject", "related story", "more information",
            "sponsored content", "further reading", "keep reading", "trending", "trending now", "top news",
            "more coverage", "popular stories", "latest news", "you may like", "you might like", "most viewed",
            "previous story", "previous post", "next post", "related headlines", "more local news", "popular now",
            "next story", "previous article",
            "next article", "trending news", "more on this", "other stories", "more stories like this", "keep going", "keep going!",
            "more from us", "don't miss", "don\u2019t miss", "editor's picks", "editor\u2019s picks",
            "what to read next",
            "check out our other content", "related to this story", "other news", "related contents", "popular",
            "related reports", "you may also like these stories", "you might also like these stories", "suggested",
            "suggested reading", "suggested articles", "recommended for you", "recommended from editorial",
            "also in this section", "recommended reading", "recommended articles", "more by this author", "more from this author",
            "more by the author", "trending stories", "breaking news", "recent headlines");

    /** Headers that introduce a list of topic tags: links to topic pages, not to articles, so furniture. */
    static final LinePhrases TOPIC_HEADERS = LinePhrases.of("topics", "related topics", "related topic", "explore more on these topics",
            "more on these topics", "tags", "related tags", "hot topics", "trending topics", "more on", "filed under", "in", "see more on", "discover more stories on",
            "follow the topics in this article", "read more about", "more about", "suggested topics",
            "explore more topics", "explore more", "skip next section explore more",
            "follow related authors and topics",
            "more topics", "keywords", "tags / keywords", "read more on", "tagged", "tagged in",
            "click the alert icon to follow topics",
            "follow topics", "topics in this article", "search keywords", "sections in this article");

    /** Prefixes that mark one line as a link to another article. */
    static final Openers RELATED_PREFIXES = Openers.of(List.of("read more:", "related:", "see also:", "also read:",
            "have you seen?",
            "also:",
            "read also:", "read next:", "more:", "recommended:", "watch:", "related article:", "related story:",
            "related coverage:", "more on this:", "read:", "listen:", "read more :", "related :", "read more \u2192", "read more |", "also read |",
            "read also |", "go deeper:", "dig deeper:", "read |", "read -", "read more -", "also read -",
            "see related:", "previously:", "editor's choice:", "editor's pick:", "editors' pick:", "don't miss:",
            "related news:", "also read  ", "more news:", "more stories:", "read more >>", "read more >",
            "read more \u00bb"));

    /**
     * Labels of a link to a story of another kind ("Analysis: Why ...", "Live updates: ..."), which also open
     * sentences of text: they make a link only of a title, a line without a full stop.
     */
    static final Openers RELATED_LABELS = Openers.of(List.of("analysis:", "explainer:", "live updates:", "live:",
            "opinion:", "in pictures:", "timeline:", "factbox:", "video:", "podcast:", "q&a:", "interview:"));

    /** Link leftovers that trail a related link. */
    static final List<String> LINK_LEFTOVERS = List.of("[opens in new tab]", "[opens in new window]",
            "[ opens in new window ]", "opens in new window ]", "(opens in new window)", "(opens in a new window)",
            "opens in new window",
            "opens in a new window", "(opens in new tab)", "opens in new tab", "(opens in a new tab)",
            "opens in a new tab", ", opens new tab", "opens new tab", "]",
            "»", "›", "→", ">>");

    /** Link leftovers that trail a photo credit on some wire pages, and the reprint buttons of local ones. */
    static final List<String> CREDIT_LEFTOVERS = List.of("purchase licensing rights, opens new tab",
            "buy this image", "buy photo",
            "purchase licensing rights", ", opens new tab", "opens new tab");

    /** The opener of a note of the sources a story drew on ("Source: Example News and news agencies"). */
    static final String SOURCE_NOTE = "source:";

    private static final int MAX_CHANNEL_DIGITS = 3;
    private static final String PUBLISHED_BY = " is published by ";
    private static final String IS = " is ";
    private static final String PART_OF = "part of ";
    /** What an outlet's note of itself calls it. */
    private static final List<String> NEWSROOM_WORDS = List.of("newsroom", "news network", "news organization",
            "news organisation", "news outlet", "news site", "news service", "news website", "news publication",
            "news platform", "news agency", "news portal", "news magazine", "media outlet", "media organisation",
            "media organization", "news & media", "news and media", "media group", "publishing", "newspapers");
    /** An outlet's name before " is published by " is a few words. */
    private static final int MAX_MASTHEAD_NAME_CHARS = 40;
    private static final int YEAR_DIGITS = 4;

    /** The farthest a dateline's dash stands from the start of its paragraph. */
    private static final int MAX_DATELINE_CHARS = 60;

    /** Lines of page chrome that belong to no section. */
    static final LinePhrases CHROME = LinePhrases.of("advertisement", "advert", "ad", "updated on", "published on",
            "share", "share this article", "hide ad", "this content was published on", "article continues below", "discover more",
            "terms of use & privacy notice", "open menu", "close menu", "open main menu", "close main menu", "main menu",
            "toggle menu", "toggle navigation", "view profile", "sign out", "log out", "my account", "search",
            "do not sell my info",
            "share this", "copy link", "link copied", "skip past newsletter promotion", "after newsletter promotion",
            "comments", "articles", "images", "videos", "listen", "listen to this article", "save",
            "save article", "print",
            "close", "menu", "back to top", "top", "synopsis", "a message from the editor", "like this story? share it",
            "continue reading", "supported by", "loading...", "loading", "image",
            "content is loading...", "content is loading", "republish", "republish this story", "save this story",
            "enter email", "enter your email", "enter your email address",
            "video", "watch", "play video", "media caption", "gift this article", "show more", "more", "home",
            "facebook", "twitter", "whatsapp", "email", "linkedin", "reddit", "pinterest", "follow", "instagram",
            "youtube", "tiktok", "bluesky", "show me", "invalid email", "see our privacy notice",
            "reuse this content", "print this page", "sign in", "log in", "skip to main content", "skip to content",
            "skip to navigation", "accessibility help", "view image in fullscreen", "enlarge this image",
            "open image in gallery", "toggle caption", "hide caption", "show caption", "end of list", "share full article",
            "skip advertisement", "join our commenting forum", "tap here", "click here", "send us your feedback",
            "comment", "share article", "add to your saved stories", "story continues below advertisement",
            "sponsored", "sponsored content", "promoted", "paid content", "partner content", "promoted content",
            "go to accessibility shortcuts", "jump to comments section", "view comments", "show comments",
            "read comments", "share via", "close extra sharing options", "copy article link",
            "share or comment on this article", "read later", "see all", "remove", "subscribed", "sms", "telegram",
            "threads", "x", "e-mail", "shares", "contacts", "article body copy", "buy a print of this photo",
            "buy this photo", "sharelines from this story", "photos by", "photographs by", "buy now", "full results",
            "key points", "show full summary", "ai-assisted summary", "authors", "partners", "view all partners",
            "republish this article", "disclosure statement", "contribute", "donate now", "thank you for your support",
            "privacy policy", "privacy notice", "terms of service", "terms of use", "accept", "accept all",
            "accept all cookies", "subscribe", "e-paper", "epaper", "advertisementhide ad", "advertisement hide ad",
            "loading audio player...", "loading audio player", "newsletters",
            "reject all", "manage preferences", "cookie settings", "before you go", "before you go...",
            "join the conversation", "about the author", "flipboard", "playlist", "sponsor message",
            "click here to share on social media", "for subscribers", "report an editorial error",
            "report a technical issue", "editorial code of conduct", "open this photo in gallery", "join now",
            "advertising", "social sharing", "listen to article", "share on facebook", "share on twitter", "share on x",
            "share on whatsapp", "share on linkedin", "share by email", "share via email", "share by e-mail",
            "x (twitter)", "facebook count", "x count", "whatsapp channel", "add a comment", "show full article",
            "see more", "most shared", "(end)", "how does this make you feel?", "summarize this article with ai",
            "summarise this article with ai", "latest", "language", "in short", "what you need to know",
            "key takeaways", "at a glance", "in brief", "link copied!", "copy", "copy link!", "mailto", "gift article",
            "summarize", "summarise", "story continues", "in this article", "add comment",
            "share what you think", "thank you for registering", "by taboola", "summary", "live", "breaking",
            "exclusive", "bookmark", "follow topics", "see all topics", "video ad feedback", "ad feedback",
            "sponsor content", "sponsored stories", "site index", "site information navigation", "privacy dashboard",
            "previous", "next", "popular videos", "terms and privacy policy", "learn more", "learn more about",
            "watch live", "section navigation", "skip to site index", "back to top of page", "tweet", "aa",
            "text size", "+ text size", "story saved", "share selection", "copy url", "most recent",
            "sponsored headlines", "contact us",
            "visual stories", "author", "sign me up", "thanks for signing up!", "check out more newsletters",
            "add to myft", "we value your privacy", "your privacy", "your privacy choices", "privacy statement",
            "cookie statement", "cookie policy", "cookies policy", "cookie notice", "manage cookies", "cookies",
            "cookie preferences", "manage cookie preferences", "manage consent", "allow all", "allow all cookies",
            "reject all cookies", "i agree", "agree and continue", "about us", "ad choices", "adchoices",
            "terms and conditions", "terms & conditions", "terms", "comment guidelines", "author picture icon",
            "your comment", "name",
            "visit shots! now", "donate",
            "author picture", "author image", "author photo",
            "community guidelines", "careers", "work for us", "advertise", "advertise with us",
            "site map", "sitemap", "accessibility", "accessibility statement", "rss feeds", "leave a comment",
            "report a comment", "share options", "translate", "share/print", "video loading", "video unavailable",
            "tap to play", "click to play", "cancel", "report an error", "report a correction", "report a typo",
            "last updated", "did you find this article insightful?", "did you find this article helpful?",
            "was this article helpful?", "report it to us.", "yes", "no", "local democracy reporting service",
            "something went wrong, please try again later.",
            "something went wrong. please try again later.", "license this article", "normal text size",
            "larger text size",
            "very large text size", "request reprint & licensing", "submit correction", "read in app", "play",
            "listen back here", "discuss", "listen to this story", "give", "give a gift", "remind me later",
            "remind me later.", "copied", "copied!", "support provided by", "change text size", "do not sell or share my personal info", "do not sell or share my personal information",
            "do not sell my personal information", "do not sell/share my personal information", "article content",
            "story continues below", "story continues below photo gallery", "story continues below gallery",
            "give us your feedback", "did we get something wrong? let us know.", "this article is free to read",
            "found a mistake in this article?", "thank you for your report!", "read this news in brief form",
            "photo gallery (click to enlarge)", "change size", "audio length", "audio player", "take us with you",
            "part of the usa today network", "article photos", "author email", "trending video", "enlarge",
            "welcome to the discussion.", "please turn off your caps lock.",
            "email notifications are only sent once a day, and only if there are new matching items.",
            "we care about the protection of your data. read our privacy policy.",
            "this story is free to read", "watch now: related video",
            "story continues below photo gallery.", "expand",
            "register", "have your say", "have your say...", "author of the article", "authors of the article",
            "publishing date", "video player is loading.",
            "video player is loading", "share this article in your social network", "article continues below this ad",
            "submitting...", "email (required)", "read this article for free", "or", "disclaimer",
            "only have a minute? listen instead", "listen instead", "short link", "story continues below this ad",
            "leave a reply", "reply to", "reply comment", "name - reply comment", "advertisement - scroll to continue",
            "recommended video", "recommended videos", "play now", "explore further",
            "leave a reply cancel reply", "story audio", "like this", "like loading...", "be the first to comment",
            "reporter", "email address", "like it? share it!", "app store", "google play", "get it on google play",
            "download on the app store", "appgallery", "use our content", "for members", "privacy", "contact",
            "feedback", "go to video",
            "please enter your comment!", "please enter your name here", "please enter your email address here",
            "you have entered an incorrect email address!", "comments: our rules", "read the rules here",
            "be the first to know", "i'm interested in (please check all that apply)",
            "you are the owner of this article.", "edit article add new article",
            "get up-to-the-minute news sent straight to your device.", "your notification has been saved.",
            "there was a problem saving your notification.", "view gallery", "get in touch",
            "real-time updates and all local stories you want right in the palm of your hand.",
            "start a dialogue, stay on topic and be civil.", "report error submit a tip");

    /** Openers of page-chrome lines such as timestamps. */
    static final Openers CHROME_OPENERS = Openers.of(List.of("published", "updated", "last updated", "latest update",
            "article was updated",
            "first published", "originally published", "last update", "last update on", "posted", "modified", "issued",
            "read time", "reading time", "estimated reading time", "audio length", "publication date",
            "publishing date", "this content was published", "this article was published", "this story was published"));

    /** Openers of a short line that credits a widget's maker ("Powered by Example Audio"). */
    static final Openers SHORT_CHROME_OPENERS = Openers.of(List.of("powered by ", "share: ", "starting at $"));

    /** A dot, bullet, bar or slash between spaces: what sets off the parts of a meta line or a box of times. */
    static final Pattern SPACED_SEPARATORS = Pattern.compile(" [·•|/] ");

    /** Openers of furniture lines of any content: editorial-standards and rights notices. */
    static final Openers NOTICE_OPENERS = Openers.of(List.of("our standards", "all rights reserved",
            "to join the conversation, please", "(with inputs from", "(catch all the", "readers can reach ",
            "this story has been viewed", "this article has been viewed", "our journalists work hard to provide",
            "this report by the canadian press was first published", "listening to articles is free", "view gallery (",
            "keep it clean. please avoid", "don't threaten. threats of harming",
            "don\u2019t threaten. threats of harming",
            "be truthful. don't knowingly lie", "be truthful. don\u2019t knowingly lie", "be nice. no racism",
            "be proactive. use the", "share with us. we'd love to hear", "share with us. we\u2019d love to hear",
            "we acknowledge aboriginal and torres strait islander",
            "you need to be logged in", "you must be logged in", "this story can be republished",
            "font size:", "sponsored:", "posted in:", "share on ", "the video will start in", "this article is from the ",
            "we use your sign-up to provide content", "report this comment",
            "this article was written by a local democracy reporter", "the local democracy reporting service",
            "this article was written by the local democracy reporting service",
            "this story was written by the local democracy reporting service",
            "this story was written by a local democracy reporter",
            "to leave a comment you need to", "all comments (",
            "people who post abusive comments", "thank you. your comment has been received",
            "your comment has been received", "this website and its associated newspaper",
            "this story is from the ", "this article was originally published",
            "this story was originally published", "this article originally appeared",
            "this story originally appeared", "let us know by leaving a comment",
            "save my name, email, and website in this browser", "please report any comments",
            "we want our comments to be", "this website and associated newspapers adhere to",
            "this story may be republished", "our stories may be republished", "this article can be republished",
            "share this story:", "share this story :", "share this article:", "share this article :",
            "contact me with news and offers", "receive email from us on behalf of", "add us as a preferred source",
            "do you have a story for us", "have you got a story for us", "the video will auto-play", "listening: ",
            "this article is part of ", "have a news tip", "got a news tip", "got a story", "reach the reporter at",
            "x: @", "twitter: @", "usa today network", "contributing: ", "originally published as ",
            "is there more to this story?", "read or share this story:", "print headline:",
            "abc acknowledges aboriginal and torres strait islander peoples", "this service may include material from",
            "aest = australian eastern standard time", "ldr is local body journalism co-funded by", "privacy notice:",
            "tell us which stories we should cover",
            "este art\u00edculo tambi\u00e9n est\u00e1 disponible en espa\u00f1ol",
            "i understand and agree that registration on or use of this site", "view the gallery:",
            "if you don't follow the rules, your comment may be deleted",
            "if you don\u2019t follow the rules, your comment may be deleted",
            "this article may be republished",
            "reuse this content", "listen to this article", "a version of this article appears in print",
            "join thought-provoking conversations", "why you can trust", "topic:", "topics:", "topics in this article",
            "this article was amended", "this article was updated", "this article has been amended",
            "this article has been updated", "we use cookies", "by signing up, you", "by signing up you",
            "by signing up with", "related topics:",
            "the comments below have not been moderated", "we are no longer accepting comments",
            "the views expressed in the contents above", "we rely on advertising", "we urge you to turn off your ad",
            "opinions expressed in this article", "the views expressed in this article",
            "the issuer is solely responsible", "edited translation from", "translated from ", "translated by",
            "tagged:", "tags:", "keywords:", "subjects:", "tagged with:", "source material:", "address:", "phone:",
            "tel:", "fax:", "views:",
            "hits:", "you are here:",
            "republish our articles", "copyright ©", "ai-generated insights", "comments are subject to",
            "see more on:", "before you move on, we hope you will consider supporting",
            "i would like to be emailed about offers", "privacy notice:", "comments are closed",
            "by providing an email address", "by providing your email address", "this audio is generated",
            "this audio was generated", "would you like to comment on this article", "please read our comment policy",
            "disclosure:", "we welcome your comments", "the views expressed are", "views expressed are",
            "when using materials", "when using the materials", "any use of materials", "published by:",
            "editor-in-chief:", "editor:", "feedback:", "article published by", "copyright:",
            "this article first appeared", "this story first appeared", "to submit an obituary",
            "this article has been translated", "this article was translated", "this story has been translated",
            "this article was produced by", "this story was produced by", "this content was produced by",
            "there are no comments yet", "disclaimer:", "copyright©", "this is ai generated", "this is ai-generated",
            "the audio version of this article", "the content you requested does not exist", "advertisement:",
            "corrections and clarifications", "already a member? sign in", "advertise with", "skip to ",
            "correction:", "correction (", "corrections:", "this story has been updated", "this story was updated",
            "this article has been corrected",
            "this article originally appeared", "read the original article on", "this story originally appeared",
            "please use chrome browser", "please refresh the page", "already a subscriber?", "turn on notifications",
            "by clicking", "by submitting", "by registering", "by continuing", "enter your email",
            "please provide a valid email", "this is read by an automated voice", "please keep comments",
            "with files from", "we and our partners", "this website uses cookies", "this site uses cookies",
            "log in, register or subscribe", "log in or register", "log in to ", "sign in to ", "(updates with",
            "(updates to ", "(adds ", "(recasts ", "(corrects ", "- with assistance from", "with assistance from",
            "with reporting by", "have a tip?", "got a tip?", "got a confidential news tip", "story tips can be sent",
            "by posting your comment", "your comment will be posted", "do you want to automatically post",
            "note from the author", "want to join the conversation", "translated from the",
            "translated by", "reproduction only with", "comments will be moderated", "comments will be edited",
            "text size:", "already contributed?",
            "ftc: we use", "we may earn a commission", "contact the author:", "more information:",
            "journal information:", "this document is subject to copyright", "feedback to editors",
            "you can find this story in my bookmarks", "would you consider becoming a supporting member",
            "i hope you appreciated this article", "we hope you appreciated this article",
            "your contributions will help us", "your contribution will help us",
            "this article appeared in",
            "this story appeared in", "filed under:", "read more about:", "tags:", "this site is protected by recaptcha",
            "categories:", "category:", "categories /", "commenting for this story is", "commenting on this story is",
            "commenting is now closed", "previous:", "next:", "previous article:", "next article:",
            "cookies help us deliver our services", "you must sign in to", "got something to say?",
            "series:", "published by ", "featured video of the day", "disclosure statement",
            "click here for the original",
            "commenting is only available", "you've read", "translation of an original article",
            "click to share on ", "click to email ", "click to print", "skip next section", "please login",
            "you can reach him at", "you can reach her at", "you can reach them at", "you can reach the author",
            "views expressed in this article", "the views expressed in this article", "section:", "newspaper section:",
            "do you like the content of this article", "editor & publisher:", "login to comment",
            "log in to comment", "login to leave a comment", "log in to leave a comment",
            "please log in", "posts from this author", "see all by ", "this advertisement has not loaded yet",
            "you can save this article", "you must be logged in", "comments have to be in english",
            "we have migrated to a new commenting platform", "if you purchase a product",
            "this article contains affiliate links", "use of and/or registration on any portion of this site",
            "comments expressed here do not reflect", "sorry, there seem to be some issues", "editor's note: this ",
            "editor\u2019s note: this ", "editor's note \u2022 this ", "editor\u2019s note \u2022 this ",
            "by participating in online discussions", "do you want to respond to this article",
            "all quotes delayed", "donate to ", "your email address will not be published", "comments are moderated",
            "for more information, please see our comments"));

    /** Verbs that join the author's name to the biography. */
    static final List<String> BIO_VERBS = List.of(" is ", " was ", " writes ", " covers ", " reports ", " has been ",
            " joined ");

    /** Agencies and picture libraries named in photo credits and wire datelines. */
    static final Set<String> AGENCIES = Set.of("reuters", "afp", "ap", "epa", "epa-efe", "efe", "pa", "getty",
            "shutterstock", "alamy", "xinhua", "anadolu", "bloomberg", "tass", "ria", "sipa", "ansa", "dpa",
            "zuma", "rex", "corbis", "upi", "nurphoto", "sopa", "abaca", "imago", "aap", "kyodo", "yonhap", "ukrinform",
            "handout", "courtesy", "file", "images", "photo", "wire", "press", "associated", "media", "pool", "pti",
            "ani", "ians", "pid", "bernama", "antara", "wam", "kuna", "qna", "irna", "tasnim", "interfax", "unian",
            "anp", "belga", "ntb", "ritzau", "pap", "jiji", "sana", "mena", "pna", "vna", "bss");

    /** Channel and service names, and places written as acronyms, that are never the publisher. */
    static final Set<String> NOT_OUTLETS = Set.of("whatsapp", "telegram", "twitter", "facebook", "instagram", "youtube",
            "tiktok", "linkedin", "x", "us", "google", "apple", "spotify", "threads", "bluesky", "usa", "uk", "eu",
            "un", "uae", "nyc", "dc", "all", "e-edition", "e-paper", "epaper", "digital edition", "print edition",
            // the shared scheme that supplies councils' news to many outlets
            "local democracy reporting service", "the local democracy reporting service");

    /** Words that may stand lower-case inside a proper name. */
    static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "dos", "das", "van", "von", "der", "den",
            "al", "el", "bin", "ibn", "la", "le", "du", "di", "del", "della", "ter", "ten", "y", "zu", "st");

    /** The last words of newspapers' names ("Cape Cod Times", "Erie Times-News", "Yakima Herald-Republic"). */
    static final Set<String> MASTHEAD_WORDS = Set.of("times", "news", "post", "press", "tribune", "journal", "herald",
            "telegraph", "guardian", "gazette", "chronicle", "observer", "independent", "express", "mirror",
            "standard", "bulletin", "examiner", "courier", "dispatch", "sentinel", "monitor", "star", "mail", "echo",
            "argus", "advertiser", "leader", "messenger", "courant", "ledger", "enquirer", "gleaner", "globe",
            "record", "recorder", "register", "citizen", "mercury", "pioneer", "beacon", "bugle", "clarion", "eagle",
            "republic", "republican", "democrat", "inquirer", "statesman", "sun", "daily", "weekly", "review");

    /** "St. Cloud", "Mt. Vernon", "Ft. Worth": the abbreviated words that open place names. */
    static final Set<String> NAME_ABBREVIATIONS = Set.of("St", "Mt", "Ft", "Pt");
    /** Words that start with a capital but never stand in a byline name. */
    static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "this", "that", "these", "my", "our", "your",
            "image", "photo", "video", "live", "updated", "published", "share", "comments", "topics", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "news",
            "sport", "sports", "obituaries", "world", "business", "politics", "opinion", "analysis", "advertisement",
            "related", "read",
            "more", "follow", "sign", "subscribe", "listen", "watch", "home", "menu", "search", "in", "on", "at",
            "and", "or", "of", "for", "with", "from", "by", "to", "is", "was", "v", "vs", "department", "police",
            "university", "ministry", "office", "agency", "council", "committee", "party", "government", "court",
            "democracy",
            "times", "post", "press", "club", "company", "group", "park", "street", "road", "stadium", "church",
            "hospital", "school", "college", "institute", "foundation", "association", "union", "airport", "centre",
            "center", "county", "city", "tribune", "journal", "herald", "telegraph", "guardian", "gazette",
            "chronicle", "observer", "independent", "express", "mirror", "standard", "bulletin", "magazine",
            "network", "radio", "television", "tv", "media", "digital", "online", "daily", "weekly", "insider",
            "inquirer", "examiner", "courier", "dispatch", "sentinel", "monitor", "reuters", "bloomberg", "index",
            "star", "mail", "echo", "argus", "advertiser", "leader", "messenger", "courant", "ledger", "enquirer",
            "gleaner", "globe", "visiter", "packet", "review", "recorder", "informer", "citizen", "broadcast",
            "mercury", "pioneer", "beacon", "bugle", "clarion",
            // the words of menus and footers, which set their links in title case like names
            "about", "view", "top", "latest", "videos", "photos", "podcasts", "newsletters", "stories", "other",
            "public", "file", "release", "releases", "versions", "profiles",
            "commercial", "editorial", "guidelines", "policy", "statement", "terms", "conditions", "privacy",
            "cookies", "cookie", "contact", "careers", "advertise", "advertising", "advert", "campaign", "sponsored",
            "reprints", "licensing", "sitemap",
            "url", "help", "account", "login", "register", "footer", "links", "status", "stay", "connected",
            "enter", "email", "staff", "service", "edition", "reading", "newsroom", "policies", "standards",
            "finder", "insights", "stylebook", "supply", "weather", "culture", "lifestyle", "health",
            "science", "technology", "tech", "climate", "environment", "education", "entertainment", "travel",
            "property", "motoring", "money", "markets", "economy", "energy", "housing", "transport", "crime",
            "results", "scores", "standings", "fixtures", "schedule",
            "reporter", "correspondent", "editor", "writer", "columnist", "congressional", "senior", "chief",
            // and of subheadings: "What People Are Saying", "Why It Matters"
            "what", "why", "how", "when", "where", "who", "are", "were", "it", "people", "saying", "says", "said",
            "next", "matters", "responsible", "disclosure", "gift", "purchase",
            // and of widgets' headers: "Most Viewed in National", "Trending Now"
            "most", "viewed", "popular", "trending", "recommended", "loading", "close", "button", "closed",
            "captioning", "select", "shopping", "finance", "personal", "today",
            // and of companies, appeals and places that a page's footer or tags name in title case
            "support", "corporation", "limited", "ltd", "mountains", "mountain", "northern", "southern", "eastern",
            "western", "central", "river", "lake", "valley", "island", "islands",
            // and of offers: "Example Plus", "Start Free Trial"
            "plus", "premium", "trial", "free", "start", "membership", "subscription", "offer", "info",
            // and of buttons under the byline: "Print Article", "Give Now"
            "print", "article", "give");

    /** Folding of every char: each line is folded char by char, so the fold is looked up, not computed. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    private static final char LATIN_1_MAX = '\u00FF';

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = computeFold((char) c);
        }
    }

    private Cues() {
    }

    /**
     * Lower case, straight quotes and plain spaces; one char for one char, so offsets carry over. Every line is
     * folded, so the copies are kept small: text that folds to itself is returned as is, and text that folds to
     * Latin-1 (nearly all, since curly quotes and dashes fold to ASCII) is built in bytes, not chars.
     */
    public static String fold(String text) {
        int length = text.length();
        int same = 0;
        while (same < length && fold(text.charAt(same)) == text.charAt(same)) {
            same++;
        }
        if (same == length) {
            return text;
        }
        byte[] latin = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = fold(text.charAt(i));
            if (c > LATIN_1_MAX) {
                return foldWide(text);
            }
            latin[i] = (byte) c;
        }
        return new String(latin, StandardCharsets.ISO_8859_1);
    }

    private static String foldWide(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        return FOLD[c];
    }

    private static char computeFold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\t' ? ' ' : c == '`' ? '\'' : c;
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
            case '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        };
    }

    /** {@link String#strip()} that also strips non-breaking and zero-width spaces. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && LineScanner.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && LineScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The words of the text, split at white space and at any of {@code separators}; a hand-written split, since
     * {@link String#split} compiles a pattern per call for such separators and runs on nearly every line.
     */
    public static List<String> tokens(String text, String separators) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean cut = i == text.length() || LineScanner.isSpace(text.charAt(i))
                    || separators.indexOf(text.charAt(i)) >= 0;
            if (cut && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!cut && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** Counts word starts without a branch per char: every line is counted, and spaces fall at random. */
    public static int wordCount(String text) {
        int count = 0;
        int previousSpace = 1;
        for (int i = 0; i < text.length(); i++) {
            int space = LineScanner.isSpace(text.charAt(i)) ? 1 : 0;
            count += previousSpace & (space ^ 1);
            previousSpace = space;
        }
        return count;
    }

    /** Whether any char of the text passes {@code test}: a plain loop, as a stream costs more than the test. */
    public static boolean hasAny(String text, IntPredicate test) {
        for (int i = 0; i < text.length(); i++) {
            if (test.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} occurs in {@code folded} with no letter or digit glued to either side. */
    public static boolean containsWord(String folded, String phrase) {
        return containsWord(folded, 0, phrase);
    }

    /**
     * {@link #containsWord} of the text from {@code start} on, read in place: {@code start} bounds a word as the
     * text's start does, so no copy of the rest is needed.
     */
    static boolean containsWord(String folded, int start, String phrase) {
        int from = start;
        while (true) {
            int at = folded.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            if ((at == start || isBoundary(folded, at - 1)) && isBoundary(folded, at + phrase.length())) {
                return true;
            }
            from = at + 1;
        }
    }

    public static boolean containsAnyWord(String folded, List<String> phrases) {
        return containsAnyWord(folded, 0, phrases);
    }

    /** {@link #containsAnyWord} of the text from {@code start} on, which bounds a word. */
    static boolean containsAnyWord(String folded, int start, List<String> phrases) {
        for (String phrase : phrases) {
            if (containsWord(folded, start, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /** Whether the line ends a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && isClosing(text.charAt(i))) {
            i--;
        }
        return i >= 0 && switch (text.charAt(i)) {
            case '.', '!', '?', '…', ':', ';' -> true;
            default -> false;
        };
    }

    /** A closing quote or bracket; a switch, as a search of a string of them is a call per line. */
    private static boolean isClosing(char c) {
        return switch (c) {
            case '"', '\'', '\u201D', '\u2019', ')', ']' -> true;
            default -> false;
        };
    }

    /**
     * Whether the text opens with a dateline: words that each start with a capital or a digit, then a spaced dash
     * ("KYIV, Sept 14 (Reuters) - ", "SAO PAULO (AP) \u2014 ", "Los Angeles CNN \u2014 ").
     */
    public static boolean opensWithDateline(String text) {
        int limit = Math.min(text.length() - 1, MAX_DATELINE_CHARS);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            boolean dash = c == '\u2014' || c == '\u2013' || c == '-';
            if (dash && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return i > 1 && allWordsCapitalised(text.substring(0, i));
            }
        }
        return false;
    }

    static boolean allWordsCapitalised(String text) {
        for (String word : tokens(text, "")) {
            String bare = stripPunctuation(word);
            if (!bare.isEmpty() && !Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "jdoe@example.com": an e-mail address as one word, a name before the "@" and a dotted domain after it. */
    static boolean isEmailAddress(String word) {
        int at = word.indexOf('@');
        return at > 0 && word.indexOf('.', at) > at + 1;
    }

    /** "example.com", "Example.co.uk": a site's address as one word, letters, digits and hyphens before its domain. */
    static boolean isWebAddress(String word) {
        int dot = word.indexOf('.');
        int lastDot = word.lastIndexOf('.');
        int domain = word.length() - lastDot - 1;
        if (dot <= 0 || domain < MIN_DOMAIN_CHARS || domain > MAX_DOMAIN_CHARS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return word.substring(lastDot + 1).chars().allMatch(Character::isLetter);
    }

    public static boolean opensWithQuote(String folded) {
        return !folded.isEmpty() && (folded.charAt(0) == '"' || folded.charAt(0) == '\'');
    }

    /**
     * The proper-name run (capitalised words, joined by "of", "and", "&" or name particles) that starts at
     * {@code from} in {@code text}, trimmed of trailing joiners and punctuation; empty when none starts there.
     */
    public static String capitalisedRun(String text, int from) {
        int i = from;
        int runStart = -1;
        int runEnd = from;
        while (i < text.length()) {
            while (i < text.length() && LineScanner.isSpace(text.charAt(i))) {
                i++;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && !LineScanner.isSpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String word = text.substring(i, wordEnd);
            String bare = stripPunctuation(word);
            if (word.equals("&") && runStart >= 0) {
                // "Mail & Guardian": a lone "&" has no letter for the stripping to keep, and joins the name's words
                i = wordEnd;
                continue;
            }
            boolean joiner = bare.equals("of") || bare.equals("and") || bare.equals("the");
            // "Coeur d'Alene Press": a particle glued by its apostrophe to a capitalised word goes on with the name
            boolean particle = bare.length() > 2 && (bare.charAt(1) == '\'' || bare.charAt(1) == '\u2019')
                    && Character.isUpperCase(bare.charAt(2));
            // "France 24", "Channel 4": a short number goes on a name; a year ("Example Times 2025") does not
            boolean channel = runStart >= 0 && bare.length() <= MAX_CHANNEL_DIGITS && isDigits(bare);
            if (!joiner && !channel && !particle && (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)))) {
                break;
            }
            if (runStart >= 0 && word.indexOf(bare) > 0) {
                break;
            }
            int bareEnd = i + word.indexOf(bare) + bare.length();
            if (!joiner) {
                runStart = runStart < 0 ? bareEnd - bare.length() : runStart;
                runEnd = bareEnd;
            }
            // "St. Cloud Times": the full stop of a place's abbreviated word goes on with the name
            boolean abbreviated = bareEnd == wordEnd - 1 && text.charAt(bareEnd) == '.'
                    && NAME_ABBREVIATIONS.contains(bare) && wordEnd + 1 < text.length()
                    && Character.isUpperCase(text.charAt(wordEnd + 1));
            if (bareEnd < wordEnd && !abbreviated) {
                break;
            }
            i = wordEnd;
        }
        return runStart >= 0 ? text.substring(runStart, runEnd) : "";
    }

    /** Where the text's leading dashes end ("— Jane Doe", "-- Jane Doe"): hyphens and dashes all fold to '-'. */
    static int leadingDashesEnd(String text) {
        int end = 0;
        while (end < text.length() && fold(text.charAt(end)) == '-') {
            end++;
        }
        return end;
    }

    /** Whether the word is a year of the last two centuries' style: four digits opening with 19 or 20. */
    static boolean isYear(String word) {
        return word.length() == YEAR_DIGITS && isDigits(word) && (word.startsWith("19") || word.startsWith("20"));
    }

    /** Whether the word is one or more ASCII digits: a count, not a number word. */
    static boolean isDigits(String word) {
        return isRunOf(word, '0', '9');
    }

    /**
     * Where the outlet's name ends in a masthead note that names it first: "The Example Post is published by Example
     * Media Ltd.", or a note of what the outlet is ("Example Beacon is part of Example Newsroom, a nonprofit news
     * network ...", "Example Health News is a national newsroom that ..."); or -1.
     */
    static int mastheadNameEnd(String text, String folded) {
        int at = folded.indexOf(PUBLISHED_BY);
        if (at > 0 && at <= MAX_MASTHEAD_NAME_CHARS) {
            return at;
        }
        int is = folded.indexOf(IS);
        if (is <= 0 || is > MAX_MASTHEAD_NAME_CHARS) {
            return -1;
        }
        int rest = is + IS.length();
        boolean described = folded.startsWith(PART_OF, rest) || folded.startsWith("a ", rest)
                || folded.startsWith("an ", rest);
        if (!described || !wordsCapitalisedBefore(text, is)) {
            return -1;
        }
        // "Jane Doe is a Local Democracy Reporter covering ... The service is used by local news organisations": a
        // person's bio, whose first sentence names no newsroom
        int stop = folded.indexOf(". ", rest);
        int end = stop < 0 ? folded.length() : stop;
        for (String word : NEWSROOM_WORDS) {
            int found = folded.indexOf(word, rest);
            if (found >= 0 && found < end) {
                return is;
            }
        }
        return -1;
    }

    /** Whether every word of the text before {@code end} opens with a capital or a digit, read in place. */
    private static boolean wordsCapitalisedBefore(String text, int end) {
        for (int i = 0; i < end; i++) {
            boolean opens = i == 0 || text.charAt(i - 1) == ' ';
            char c = text.charAt(i);
            if (opens && Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the text's words, folded, is in {@code words}. */
    static boolean holdsWordOf(String text, Set<String> words) {
        for (String word : tokens(fold(text), "")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is one or more ASCII capitals: initials or an acronym. */
    static boolean isCapitals(String word) {
        return isRunOf(word, 'A', 'Z');
    }

    private static boolean isRunOf(String word, char low, char high) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < low || word.charAt(i) > high) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    static String stripPunctuation(String word) {
        int start = bareStart(word, 0, word.length());
        return word.substring(start, bareEnd(word, start, word.length()));
    }

    /** Where the word in {@code text} between {@code from} and {@code to} starts without its leading punctuation. */
    static int bareStart(String text, int from, int to) {
        int start = from;
        while (start < to && !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '&') {
            start++;
        }
        return start;
    }

    /** Where the word in {@code text} between {@code from} and {@code to} ends without its trailing punctuation. */
    static int bareEnd(String text, int from, int to) {
        int end = to;
        while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
