package io.newsenrich.text.figures;

/**
 * What each UTF-16 char is to the tokenizer: digit, letter, white space or other, and whether it is upper case. One
 * table read per char replaces the range tests and {@link Character} calls of the hot loops, with the same answers
 * for every char, accented letters and Unicode spaces included.
 */
final class CharKinds {

    static final byte OTHER = 0;
    /** ASCII digits only: other scripts' digits do not make a number here. */
    static final byte DIGIT = 1;
    /** {@link Character#isLetter(char)}. */
    static final byte LETTER = 2;
    /** White space including the no-break and other Unicode spaces that copied web text is full of. */
    static final byte SPACE = 3;

    private static final int KIND_BITS = 3;
    /** {@link Character#isUpperCase(char)}, kept beside the kind. */
    private static final int UPPER = 4;
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = (byte) (kindOf((char) c) | (Character.isUpperCase((char) c) ? UPPER : 0));
        }
    }

    private CharKinds() {
    }

    static byte of(char c) {
        return (byte) (KINDS[c] & KIND_BITS);
    }

    static boolean isLetter(char c) {
        return (KINDS[c] & KIND_BITS) == LETTER;
    }

    static boolean isUpperCase(char c) {
        return (KINDS[c] & UPPER) != 0;
    }

    private static byte kindOf(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200b')
                || c == '\u3000' || c == '\ufeff') {
            return SPACE;
        }
        return Character.isLetter(c) ? LETTER : OTHER;
    }
}
