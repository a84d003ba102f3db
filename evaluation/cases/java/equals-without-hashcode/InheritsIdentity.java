package eval.eqhash;

public class InheritsIdentity {
  private final String id;

  public InheritsIdentity(String id) {
    this.id = id;
  }

  public boolean sameId(InheritsIdentity other) {
    return id.equals(other.id);
  }
}
