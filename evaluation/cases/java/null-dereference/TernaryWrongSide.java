package eval.npe;

public class TernaryWrongSide {
  public int safeLength(String text) {
    return text == null ? text.length() : 0; // expect: null-dereference
  }
}
