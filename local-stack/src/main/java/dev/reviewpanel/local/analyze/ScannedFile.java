package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import java.nio.file.Path;

/**
 * A source file picked for analysis.
 *
 * @param path as reported in findings: relative to the working directory when inside it
 * @param file where it is on disk
 */
public record ScannedFile(String path, Path file, Language language) {}
