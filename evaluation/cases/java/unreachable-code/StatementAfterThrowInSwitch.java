package eval.unreachable;

public class StatementAfterThrowInSwitch {
  public int weight(String size) {
    switch (size) {
      case "S":
        return 1;
      case "M":
        return 2;
      default:
        throw new IllegalArgumentException("unknown size " + size);
        System.err.println("fallback to medium"); // expect: unreachable-code
    }
  }
}
