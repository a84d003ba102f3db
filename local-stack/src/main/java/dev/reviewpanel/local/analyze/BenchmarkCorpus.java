package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.ReviewTask;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Source files replicated until they reach a number of lines, each copy under its own path so
 * fingerprints and findings stay distinct as in a real review of that size.
 */
record BenchmarkCorpus(Map<Language, List<ReviewTask.File>> byLanguage, int lines, int copies) {

  static BenchmarkCorpus replicate(List<ScannedFile> sources, int minimumLines) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source files to benchmark on");
    }
    List<String> contents = sources.stream().map(s -> AnalyzeCommand.read(s.file())).toList();
    int perCopy = contents.stream().mapToInt(BenchmarkCorpus::lineCount).sum();
    if (perCopy == 0) {
      throw new IllegalArgumentException("the source files are empty");
    }
    int copies = Math.max(1, (minimumLines + perCopy - 1) / perCopy);
    Map<Language, List<ReviewTask.File>> byLanguage = new EnumMap<>(Language.class);
    for (int copy = 0; copy < copies; copy++) {
      for (int i = 0; i < sources.size(); i++) {
        ScannedFile source = sources.get(i);
        byLanguage
            .computeIfAbsent(source.language(), l -> new ArrayList<>())
            .add(
                new ReviewTask.File(
                    "copy-" + copy + "/" + source.path(),
                    source.language().id(),
                    contents.get(i),
                    null));
      }
    }
    return new BenchmarkCorpus(byLanguage, perCopy * copies, copies);
  }

  static int lineCount(String content) {
    return (int) content.lines().count();
  }

  /** Every file of every language, as one review would carry them. */
  List<ReviewTask.File> allFiles() {
    return byLanguage.values().stream().flatMap(List::stream).toList();
  }

  static int lineCount(List<ReviewTask.File> files) {
    return files.stream().mapToInt(f -> lineCount(f.content())).sum();
  }
}
