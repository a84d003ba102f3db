package eval.selfcmp;

public class SameOperandInCondition {
  public boolean overlaps(int start, int end, int otherStart, int otherEnd) {
    return start <= otherEnd && end >= end; // expect: self-comparison
  }
}
