package dev.reviewpanel.gateway.intake;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.gateway.scm.ChangedFile;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.ScmClient;
import dev.reviewpanel.gateway.summary.NotReviewed;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the changed files a review gets, in the provider's order, fetching each at the head commit:
 * removed and binary files, files over a size or line-length limit, and files past the review's
 * file or byte budget are left out, each with its reason, so the request always fits the
 * coordinator's limits and one Kafka record.
 */
final class FileSelection {

  /** What one push's review holds, and what it leaves out. */
  record Selection(List<ReviewRequest.File> files, String diff, List<NotReviewed> notReviewed) {}

  private final ReviewLimits limits;

  FileSelection(ReviewLimits limits) {
    this.limits = limits;
  }

  Selection select(
      ScmClient client, PullRequest pr, String sha, List<ChangedFile> changed, long reservedBytes) {
    List<ReviewRequest.File> files = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    List<NotReviewed> notReviewed = new ArrayList<>();
    long contentBytes = 0;
    long requestBytes = reservedBytes;
    for (ChangedFile file : changed) {
      String path = file.path();
      if (file.change() == ChangedFile.Change.REMOVED) {
        notReviewed.add(new NotReviewed(path, "removed by this pull request"));
        continue;
      }
      if (files.size() >= limits.maxFiles()) {
        notReviewed.add(
            new NotReviewed(
                path, "left out: a review takes at most " + limits.maxFiles() + " files"));
        continue;
      }
      Optional<byte[]> bytes = client.fileAt(pr, path, sha);
      if (bytes.isEmpty()) {
        notReviewed.add(
            new NotReviewed(path, "not found at " + sha + " (a submodule or a symbolic link?)"));
        continue;
      }
      Optional<String> problem = problem(bytes.get());
      if (problem.isPresent()) {
        notReviewed.add(new NotReviewed(path, problem.get()));
        continue;
      }
      String content = new String(bytes.get(), StandardCharsets.UTF_8);
      ReviewRequest.File reviewed = new ReviewRequest.File(path, content, null);
      String part = DiffAssembler.part(file, content);
      long size =
          EventJson.mapper().writeValueAsBytes(reviewed).length
              + EventJson.mapper().writeValueAsBytes(part).length;
      if (contentBytes + bytes.get().length > limits.maxTotalBytes().toBytes()
          || requestBytes + size > limits.maxRequestBytes().toBytes()) {
        notReviewed.add(
            new NotReviewed(
                path,
                "left out: the review's size budget ("
                    + limits.maxTotalBytes()
                    + " of files, "
                    + limits.maxRequestBytes()
                    + " per request) is used up"));
        continue;
      }
      files.add(reviewed);
      diff.append(part);
      contentBytes += bytes.get().length;
      requestBytes += size;
    }
    return new Selection(files, diff.toString(), notReviewed);
  }

  private Optional<String> problem(byte[] bytes) {
    if (bytes.length > limits.maxFileBytes().toBytes()) {
      return Optional.of(
          "too large: " + bytes.length + " bytes, the limit is " + limits.maxFileBytes());
    }
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.of("binary");
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return Optional.of("binary or not UTF-8");
    }
    int line = 0;
    for (byte b : bytes) {
      line = b == '\n' ? 0 : line + 1;
      if (line > limits.maxLineLength()) {
        return Optional.of(
            "a line is longer than "
                + limits.maxLineLength()
                + " characters (minified or generated?)");
      }
    }
    return Optional.empty();
  }
}
