package dev.reviewpanel.local.analyze;

import java.io.PrintStream;

/** A one-line progress counter, redrawn in place; silent when not on a terminal. */
final class Progress {

  private static final int MAX_PATH = 60;

  private final PrintStream terminal;
  private int total;
  private int done;
  private boolean drawn;

  private Progress(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** Progress on {@code err} when this process has a terminal, so pipes and CI logs stay clean. */
  static Progress onTerminal(PrintStream err) {
    return new Progress(System.console() != null ? err : null);
  }

  static Progress silent() {
    return new Progress(null);
  }

  synchronized void start(int files) {
    total = files;
    done = 0;
  }

  synchronized void finished(String path) {
    done++;
    if (terminal == null) {
      return;
    }
    String shown =
        path.length() > MAX_PATH ? "…" + path.substring(path.length() - MAX_PATH + 1) : path;
    terminal.print("\r\033[2Kanalyzing " + done + "/" + total + " files  " + shown);
    terminal.flush();
    drawn = true;
  }

  synchronized void clear() {
    if (terminal != null && drawn) {
      terminal.print("\r\033[2K");
      terminal.flush();
      drawn = false;
    }
  }
}
