package io.newsenrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The parts of a news page copied as plain text. Lists are never null; single-valued parts are null when absent.
 * Field names follow the annotation guidelines (shared/gold/GUIDELINES.md).
 */
public record Sections(
        @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
        @JsonInclude(JsonInclude.Include.NON_NULL) String standfirst,
        List<Caption> captions,
        List<String> body,
        List<String> related,
        List<String> promos,
        List<String> byline,
        @JsonInclude(JsonInclude.Include.NON_NULL) String authorBio,
        @JsonInclude(JsonInclude.Include.NON_NULL) String publisher) {

    public Sections {
        captions = List.copyOf(captions);
        body = List.copyOf(body);
        related = List.copyOf(related);
        promos = List.copyOf(promos);
        byline = List.copyOf(byline);
    }
}
