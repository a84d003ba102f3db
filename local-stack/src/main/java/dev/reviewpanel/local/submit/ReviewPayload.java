package dev.reviewpanel.local.submit;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.local.analyze.AnalyzeCommand;
import dev.reviewpanel.local.analyze.DiffScope;
import dev.reviewpanel.local.analyze.RepositorySettings;
import dev.reviewpanel.local.analyze.ScannedFile;
import dev.reviewpanel.local.analyze.SourceWalker;
import dev.reviewpanel.report.diff.DiffFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The review {@code submit} sends: whole files found as {@code analyze} finds them ({@code
 * .gitignore} honoured), or the files a diff or a git range touches with that diff, so the service
 * keeps findings on added lines only; with the repository's {@code .review-panel.yml} and baseline,
 * checked here first so a broken file stops with its key and line before anything is sent.
 */
final class ReviewPayload {

  private ReviewPayload() {}

  static ReviewRequest build(SubmitOptions options, Path workingDirectory) {
    RepositorySettings settings =
        RepositorySettings.load(workingDirectory, options.config(), options.baseline());
    ReviewRequest request = files(options, workingDirectory);
    return new ReviewRequest(
        request.schemaVersion(),
        request.occurredAt(),
        request.reviewId(),
        request.idempotencyKey(),
        request.source(),
        request.files(),
        request.diff(),
        request.agents(),
        request.timeout(),
        settings.configText(),
        request.options(),
        settings.baseline());
  }

  private static ReviewRequest files(SubmitOptions options, Path workingDirectory) {
    SourceWalker walker = new SourceWalker(workingDirectory);
    if (options.gitRange() != null) {
      GitRange git = new GitRange(workingDirectory, options.gitRange());
      String diff = git.diff();
      if (diff.isBlank()) {
        throw new IllegalArgumentException("git range " + options.gitRange() + " changes nothing");
      }
      List<ReviewRequest.File> files = new ArrayList<>();
      for (String path : scope(diff, options.gitRange()).paths()) {
        if (Language.fromPath(path).isPresent()) {
          git.fileAtHead(path).ifPresent(content -> files.add(file(path, content)));
        }
      }
      return request(files, diff, new SourceRef(null, null, git.headCommit(), null), options);
    }
    if (options.diff() != null) {
      Path diffFile = workingDirectory.resolve(options.diff());
      if (!Files.isRegularFile(diffFile)) {
        throw new IllegalArgumentException("no such diff file: " + options.diff());
      }
      String diff = AnalyzeCommand.read(diffFile);
      DiffScope scope = scope(diff, options.diff().toString());
      List<ReviewRequest.File> files = new ArrayList<>();
      for (String path : scope.paths()) {
        Path onDisk = workingDirectory.resolve(path).normalize();
        if (Language.fromPath(path).isPresent()) {
          // a diff of another checkout still works: its hunks give the lines they show
          files.add(
              file(
                  path,
                  Files.isRegularFile(onDisk)
                      ? AnalyzeCommand.read(onDisk)
                      : scope.postImage(path)));
        }
      }
      return request(files, diff, null, options);
    }
    List<ReviewRequest.File> files = new ArrayList<>();
    for (ScannedFile scanned : walker.walk(options.paths())) {
      files.add(
          new ReviewRequest.File(
              scanned.path(), AnalyzeCommand.read(scanned.file()), scanned.language().id()));
    }
    return request(files, null, null, options);
  }

  private static DiffScope scope(String diff, String name) {
    try {
      return DiffScope.parse(diff, false);
    } catch (DiffFormatException e) {
      throw new IllegalArgumentException("cannot read the diff " + name + ": " + e.getMessage());
    }
  }

  private static ReviewRequest.File file(String path, String content) {
    return new ReviewRequest.File(
        path, content, Language.fromPath(path).map(Language::id).orElse(null));
  }

  private static ReviewRequest request(
      List<ReviewRequest.File> files, String diff, SourceRef source, SubmitOptions options) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to review: no source file the agents read was found");
    }
    return new ReviewRequest(
        ReviewRequest.SCHEMA_VERSION,
        null,
        null,
        null,
        source,
        files,
        diff,
        options.agents(),
        null);
  }
}
