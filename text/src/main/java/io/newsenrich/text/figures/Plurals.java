package io.newsenrich.text.figures;

import java.util.Locale;

/** The regular English plural of a noun ("visitor" to "visitors", "casualty" to "casualties", "bus" to "buses"). */
final class Plurals {

    private static final String VOWELS = "aeiou";
    private static final String[] SIBILANT_ENDINGS = {"s", "x", "z", "ch", "sh"};

    private Plurals() {
    }

    static String of(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        int last = lower.length() - 1;
        if (last > 0 && lower.charAt(last) == 'y' && VOWELS.indexOf(lower.charAt(last - 1)) < 0) {
            return lower.substring(0, last) + "ies";
        }
        for (String ending : SIBILANT_ENDINGS) {
            if (lower.endsWith(ending)) {
                return lower + "es";
            }
        }
        return lower + "s";
    }
}
