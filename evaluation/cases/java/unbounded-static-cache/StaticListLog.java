package eval.cache;

import java.util.ArrayList;
import java.util.List;

public class StaticListLog {
  static List<String> requestsSeen = new ArrayList<>(); // expect: unbounded-static-cache

  public void onRequest(String path) {
    requestsSeen.add(path);
  }
}
