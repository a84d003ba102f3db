package eval.eqhash;

public record OverloadedEquals(String name, int version) {
  public boolean equalsIgnoringVersion(OverloadedEquals other) {
    return name.equals(other.name);
  }
}
