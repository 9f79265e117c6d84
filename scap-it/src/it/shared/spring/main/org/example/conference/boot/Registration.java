package org.example.conference.boot;

import jakarta.validation.constraints.NotBlank;

/**
 * A mayor's registration, checked by the application's own validator.
 *
 * @param mayor the mayor's name
 * @param city the city's name
 */
public record Registration(@NotBlank String mayor, @NotBlank String city) {
}
