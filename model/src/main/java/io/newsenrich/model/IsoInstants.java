package io.newsenrich.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as ISO-8601 UTC text ({@link Instant#toString()}'s form), written and read without {@code java.time}'s
 * formatter for the one shape every record holds: {@code 2026-12-05T04:51:49.123Z}. Every service reads and writes
 * two or three instants per record, and the formatter's general parser was 4 % of enrich's and 8 % of the sink's CPU
 * in the end-to-end benchmark. Any other text, and numbers, go to the jsr310 module's deserializer, so what is
 * accepted and how it fails stays the module's.
 */
final class IsoInstants {

    /** The last year written with four digits and no sign; years outside 0-9999 take {@link Instant#toString()}. */
    private static final int LAST_PLAIN_YEAR = 9999;
    private static final int SHORTEST = "2026-12-05T04:51:49Z".length();
    private static final int LONGEST = "2026-12-05T04:51:49.123456789Z".length();
    private static final int FRACTION_START = SHORTEST;
    /** What a fraction of {@code i + 1} digits is multiplied by to count nanoseconds. */
    private static final int[] NANOS_PER_FRACTION_UNIT = {
        100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
    private static final int DIGIT_GROUP = 3;

    private IsoInstants() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-instants")
                .addSerializer(Instant.class, new Writer())
                .addDeserializer(Instant.class, new Reader());
    }

    /** The text {@link Instant#toString()} gives. */
    static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > LAST_PLAIN_YEAR) {
            return instant.toString();
        }
        int nanos = instant.getNano();
        char[] out = new char[LONGEST];
        digits(out, 0, time.getYear(), 4);
        out[4] = '-';
        digits(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, time.getHour(), 2);
        out[13] = ':';
        digits(out, 14, time.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, time.getSecond(), 2);
        int end = FRACTION_START - 1;
        if (nanos != 0) {
            // as Instant.toString: the fraction in groups of three digits, as many groups as it needs
            out[end++] = '.';
            int width = DIGIT_GROUP;
            while (nanos % NANOS_PER_FRACTION_UNIT[width - 1] != 0) {
                width += DIGIT_GROUP;
            }
            digits(out, end, nanos / NANOS_PER_FRACTION_UNIT[width - 1], width);
            end += width;
        }
        out[end++] = 'Z';
        return new String(out, 0, end);
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm:ss[.f]Z} with one to nine fraction digits, or null for any other text
     * (offsets, lower case, leap seconds, dates that do not exist), which the caller leaves to the full parser.
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        int nanos = 0;
        if (length > SHORTEST) {
            if (text.charAt(FRACTION_START - 1) != '.') {
                return null;
            }
            int fraction = number(text, FRACTION_START, length - 1);
            nanos = fraction < 0 ? -1 : fraction * NANOS_PER_FRACTION_UNIT[length - 2 - FRACTION_START];
        }
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code text[from, to)}, or -1 when a char there is not an ASCII digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void digits(char[] out, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static final class Writer extends StdSerializer<Instant> {

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    private static final class Reader extends StdDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = parse(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
