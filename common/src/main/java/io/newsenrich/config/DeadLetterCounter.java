package io.newsenrich.config;

import java.util.Map;

/**
 * Counts records sent to the dead-letter topic. Kafka instantiates exception handlers from class names, so the
 * service hands its counter over through the Streams properties under {@link #CONFIG}.
 */
@FunctionalInterface
public interface DeadLetterCounter {

    /** The Streams property that carries the counter object to the handlers. */
    String CONFIG = "newsenrich.dead.letter.counter";

    DeadLetterCounter NONE = stage -> { };

    /** One record dead-lettered; {@code stage} is deserialization, processing or production. */
    void deadLettered(String stage);

    /** The counter in the handlers' configuration, or {@link #NONE}. */
    static DeadLetterCounter from(Map<String, ?> configs) {
        return configs.get(CONFIG) instanceof DeadLetterCounter counter ? counter : NONE;
    }
}
