package eval.lookup;

import java.util.ArrayList;
import java.util.List;

public class IndexOfOnArrayList {
  public int[] positions(List<String> wanted, ArrayList<String> catalog) {
    int[] out = new int[wanted.size()];
    for (int i = 0; i < wanted.size(); i++) {
      out[i] = catalog.indexOf(wanted.get(i)); // expect: list-lookup-in-loop
    }
    return out;
  }
}
