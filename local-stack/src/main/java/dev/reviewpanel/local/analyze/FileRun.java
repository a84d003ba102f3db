package dev.reviewpanel.local.analyze;

import java.time.Duration;

/**
 * What analyzing one file cost, whatever it found.
 *
 * @param language the language id it was analyzed as, or as declared when none reads it
 * @param lines its line count, 0 when no analyzer read it
 * @param took wall-clock time of its parse and every agent's analyzers
 */
public record FileRun(String path, String language, int lines, Duration took) {}
