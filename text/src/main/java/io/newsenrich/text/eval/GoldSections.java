package io.newsenrich.text.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The sections of a gold file that the scorer compares: the headline (null when none) and the body paragraphs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldSections(String headline, List<String> body) {

    public GoldSections {
        body = List.copyOf(body);
    }
}
