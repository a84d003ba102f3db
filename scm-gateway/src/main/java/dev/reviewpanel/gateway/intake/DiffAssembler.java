package dev.reviewpanel.gateway.intake;

import dev.reviewpanel.gateway.scm.ChangedFile;

/**
 * One file's part of the unified diff sent with the review: a git header and the provider's hunks.
 * A file the provider shows no hunks for (too large to display) gets one hunk adding every line, so
 * it is reviewed whole rather than not at all; its findings then land in the summary, as no diff
 * line can carry them.
 */
final class DiffAssembler {

  private DiffAssembler() {}

  static String part(ChangedFile file, String content) {
    StringBuilder diff = new StringBuilder();
    diff.append("diff --git a/")
        .append(file.previousPath())
        .append(" b/")
        .append(file.path())
        .append('\n');
    boolean added = file.change() == ChangedFile.Change.ADDED;
    if (added) {
      diff.append("new file mode 100644\n");
    } else if (file.change() == ChangedFile.Change.RENAMED) {
      diff.append("rename from ").append(file.previousPath()).append('\n');
      diff.append("rename to ").append(file.path()).append('\n');
    }
    diff.append(added ? "--- /dev/null\n" : "--- a/" + file.previousPath() + "\n");
    diff.append("+++ b/").append(file.path()).append('\n');
    if (file.patch() != null) {
      diff.append(file.patch());
      if (!file.patch().endsWith("\n")) {
        diff.append('\n');
      }
    } else {
      wholeFile(diff, content);
    }
    return diff.toString();
  }

  private static void wholeFile(StringBuilder diff, String content) {
    String[] lines = content.split("\n", -1);
    int count = content.endsWith("\n") ? lines.length - 1 : lines.length;
    if (count == 0) {
      return;
    }
    diff.append("@@ -0,0 +1,").append(count).append(" @@\n");
    for (int i = 0; i < count; i++) {
      diff.append('+').append(lines[i]).append('\n');
    }
  }
}
