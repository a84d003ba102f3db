package eval.npe;

public class NullCheckThenCall {
  public int nameLength(String name) {
    if (name == null) {
      System.out.println("missing name, length " + name.length()); // expect: null-dereference
    }
    return name == null ? 0 : name.length();
  }
}
