package io.newsenrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A photo caption with its credit ("Photograph: X/Agency") split off; {@code credit} is null when none was found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Caption(String text, String credit) {
}
