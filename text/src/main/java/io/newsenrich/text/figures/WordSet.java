package io.newsenrich.text.figures;

/**
 * Words a rule names without a lexicon class of their own ("rose", "include", "temperatures"), held by lexicon id:
 * a token is tested by the id it has cached, without building a string of it.
 */
final class WordSet {

    private final boolean[] members;

    WordSet(boolean[] members) {
        this.members = members;
    }

    boolean contains(int id) {
        return id >= 0 && members[id];
    }
}
