package dev.reviewpanel.gateway.postback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffLinesTests {

  @Test
  void shouldNumberAddedLinesOnTheNewSideAcrossHunks() {
    String patch =
        """
        @@ -1,4 +1,5 @@
         import os
        -import sys
        +import subprocess
        +import shlex

         def run(path):
        @@ -20,2 +21,2 @@ def clean(path):
             pass
        -    os.remove(path)
        +    os.unlink(path)
        \\ No newline at end of file""";

    assertThat(DiffLines.added(patch)).containsExactly(2, 3, 22);
  }

  @Test
  void shouldTakeEveryLineOfANewFileAndNoneOfADeletion() {
    assertThat(DiffLines.added("@@ -0,0 +1,3 @@\n+a\n+b\n+c")).containsExactly(1, 2, 3);
    assertThat(DiffLines.added("@@ -1,2 +0,0 @@\n-a\n-b")).isEmpty();
    assertThat(DiffLines.added(null)).isEmpty();
  }
}
