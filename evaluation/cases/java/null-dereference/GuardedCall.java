package eval.npe;

public class GuardedCall {
  public int nameLength(String name) {
    if (name == null) {
      name = "";
    }
    return name.length();
  }
}
