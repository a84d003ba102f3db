package eval.identity;

public class NullAndEnumCompare {
  enum Status { OPEN, CLOSED }

  public String label(String name, Status status) {
    if (name == null) {
      return "anonymous";
    }
    return status == Status.OPEN ? name : name + " (closed)";
  }
}
