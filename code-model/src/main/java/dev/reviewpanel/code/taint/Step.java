package dev.reviewpanel.code.taint;

import dev.reviewpanel.events.TraceStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One step of a flow's trace, linked to the step before it (shared between flows). */
record Step(String path, int line, String label, Step previous, int length) {

  static final int MAX_LENGTH = 24;

  static Step start(String path, int line, String label) {
    return new Step(path, line, label, null, 1);
  }

  /** This trace with one more step; past {@link #MAX_LENGTH} the middle steps are dropped. */
  Step then(String path, int line, String label) {
    if (previous != null
        && this.path.equals(path)
        && this.line == line
        && this.label.equals(label)) {
      return this;
    }
    return new Step(
        path,
        line,
        label,
        length >= MAX_LENGTH ? previous : this,
        Math.min(length + 1, MAX_LENGTH));
  }

  /** The steps from the source to this one, the first marked SOURCE. */
  List<TraceStep> toTrace() {
    List<TraceStep> steps = new ArrayList<>();
    for (Step s = this; s != null; s = s.previous) {
      steps.add(
          new TraceStep(
              s.path,
              s.line,
              s.previous == null ? TraceStep.Kind.SOURCE : TraceStep.Kind.STEP,
              s.label));
    }
    Collections.reverse(steps);
    return steps;
  }
}
