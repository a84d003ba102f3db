package eval.identity;

public class CharAndLengthCompare {
  public boolean looksLikePath(String value, Object sentinel) {
    Object marker = sentinel;
    return value.charAt(0) == '/' && value.length() == 12 && marker == sentinel;
  }
}
