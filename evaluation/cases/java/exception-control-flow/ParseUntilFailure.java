package eval.exceptions;

import java.util.ArrayList;
import java.util.List;

public class ParseUntilFailure {
  public List<Integer> numbers(List<String> tokens) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (true) {
      try {
        out.add(Integer.parseInt(tokens.get(i++)));
      } catch (IndexOutOfBoundsException end) { // expect: exception-control-flow
        break;
      }
    }
    return out;
  }
}
