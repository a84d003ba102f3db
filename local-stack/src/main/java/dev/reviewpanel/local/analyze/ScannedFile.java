package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import java.nio.file.Path;

/**
 * A source file picked for analysis.
 *
 * @param path as reported in findings: relative to the working directory when inside it
 * @param file where it is on disk
 * @param language null when no analyzer reads this type of file
 */
public record ScannedFile(String path, Path file, Language language) {}
