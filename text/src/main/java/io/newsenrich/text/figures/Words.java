package io.newsenrich.text.figures;

/**
 * Lexicon ids of the single words the rules name, resolved once, so that "is this token the word of" is one int
 * comparison on the token's cached id instead of a string comparison. Every word here must be in the
 * {@link Lexicon}: an unknown word would get {@link Lexicon#NONE} and match every unknown token.
 */
final class Words {

    static final int OF = id("of");
    static final int AGO = id("ago");
    static final int ZERO = id("zero");
    static final int CR = id("cr");
    static final int THE = id("the");
    static final int THAT = id("that");
    static final int AHEAD = id("ahead");
    static final int BEHIND = id("behind");
    static final int PLUS = id("plus");
    static final int IN = id("in");
    static final int PER = id("per");
    static final int CENT = id("cent");
    static final int CENTS = id("cents");
    static final int C = id("c");
    static final int NUMBER = id("number");
    static final int THEM = id("them");
    static final int US = id("us");
    static final int YOU = id("you");
    static final int MOST = id("most");
    static final int MORE = id("more");
    static final int LESS = id("less");
    static final int AS = id("as");
    static final int FROM = id("from");
    static final int PAST = id("past");
    static final int TOLL = id("toll");
    static final int PERSON = id("person");
    static final int ONE = id("one");
    static final int TOP = id("top");
    static final int ANOTHER = id("another");
    static final int MM = id("mm");
    static final int W = id("w");
    static final int FIGURE = id("figure");
    static final int ACROSS = id("across");
    static final int YEAR = id("year");
    static final int EVERY = id("every");
    static final int WON = id("won");
    static final int NOW = id("now");
    static final int NUMBERS = id("numbers");
    static final int WITHIN = id("within");
    static final int SQUARE = id("square");
    static final int WHAT = id("what");
    static final int NO = id("no");
    static final int OVER = id("over");
    static final int DIED = id("died");
    static final int COUPLE = id("couple");
    static final int AND = id("and");
    static final int MAGNITUDE = id("magnitude");
    static final int OUT = id("out");
    static final int OR = id("or");
    static final int NOT = id("not");
    static final int SO = id("so");
    static final int THAN = id("than");
    static final int AT = id("at");
    static final int LEAST = id("least");
    static final int STRONG = id("strong");
    static final int POSSIBLE = id("possible");
    static final int INCLUDING = id("including");
    static final int MINUS = id("minus");
    static final int HOSPITAL = id("hospital");
    static final int HOSPITALS = id("hospitals");
    static final int TO = id("to");
    static final int POINT = id("point");
    static final int STAGE = id("stage");
    static final int SUCH = id("such");
    static final int FEWER = id("fewer");
    static final int WHEN = id("when");
    static final int WHICH = id("which");
    static final int WHOM = id("whom");
    static final int REMAIN = id("remain");
    static final int REMAINED = id("remained");
    static final int THOSE = id("those");
    static final int AGAINST = id("against");
    static final int LOST = id("lost");
    static final int THEIR = id("their");
    static final int LIVES = id("lives");
    static final int FATALLY = id("fatally");
    static final int TREATED = id("treated");
    static final int SCENE = id("scene");
    static final int DEATH = id("death");
    static final int HAS = id("has");
    static final int HAVE = id("have");
    static final int STILL = id("still");
    static final int CUSTODY = id("custody");
    static final int INTO = id("into");
    static final int AMONG = id("among");
    static final int POUND = id("pound");
    static final int POUNDS = id("pounds");
    static final int BY = id("by");
    static final int OLD = id("old");
    static final int YOUNG = id("young");
    static final int UP = id("up");
    static final int DOWN = id("down");
    static final int HALF = id("half");
    static final int QUARTER = id("quarter");
    static final int WITH = id("with");
    static final int FOR = id("for");
    static final int COMPARED = id("compared");
    static final int RECORD = id("record");
    static final int DEGREES = id("degrees");
    static final int DEGREE = id("degree");
    static final int CELSIUS = id("celsius");
    static final int FAHRENHEIT = id("fahrenheit");
    static final int CENTIGRADE = id("centigrade");
    static final int ALONG = id("along");
    static final int INSTEAD = id("instead");
    static final int LOCAL = id("local");
    static final int TIME = id("time");
    static final int DAY = id("day");
    static final int NIGHT = id("night");
    static final int ON = id("on");
    static final int OFF = id("off");
    static final int FURTHER = id("further");
    static final int AWAY = id("away");
    static final int AGE = id("age");
    static final int BOTH = id("both");
    static final int FEW = id("few");
    static final int GO = id("go");

    private Words() {
    }

    private static int id(String word) {
        int id = Lexicon.lookup(word.toCharArray(), 0, word.length());
        if (id == Lexicon.NONE) {
            throw new ExceptionInInitializerError("not in the lexicon: " + word);
        }
        return id;
    }
}
