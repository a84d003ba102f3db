package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.gateway.scm.ChangedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Where on a pull request's diff findings can be commented: the added lines of each file. */
final class Anchors {

  private record FileLines(String previousPath, Set<Integer> added) {}

  private final Map<String, FileLines> files = new HashMap<>();

  static Anchors of(List<ChangedFile> changed) {
    Anchors anchors = new Anchors();
    for (ChangedFile file : changed) {
      if (file.change() != ChangedFile.Change.REMOVED) {
        anchors.files.put(
            file.path(), new FileLines(file.previousPath(), DiffLines.added(file.patch())));
      }
    }
    return anchors;
  }

  /** The first added line within the finding's lines, or empty when none is added. */
  OptionalInt lineFor(Finding finding) {
    FileLines file = files.get(finding.location().path());
    if (file == null) {
      return OptionalInt.empty();
    }
    for (int line = finding.location().startLine(); line <= finding.location().endLine(); line++) {
      if (file.added().contains(line)) {
        return OptionalInt.of(line);
      }
    }
    return OptionalInt.empty();
  }

  String previousPath(String path) {
    FileLines file = files.get(path);
    return file == null ? path : file.previousPath();
  }
}
