package eval.concat;

import java.util.List;

public class LocalPerIteration {
  public void print(List<String> names) {
    for (String name : names) {
      String label = "Hello, ";
      label += name;
      System.out.println(label);
    }
  }
}
