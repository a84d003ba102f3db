package eval.identity;

import java.util.Scanner;

public class TrimmedInputCompare {
  public boolean confirmed(Scanner in) {
    String answer = in.nextLine().trim();
    String expected = "yes";
    if (answer != expected) { // expect: string-identity
      return false;
    }
    return true;
  }
}
