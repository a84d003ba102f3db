package eval.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class ShuffleForDisplay {
  private final Random random = new Random(42);

  public List<String> featuredProducts(List<String> products) {
    List<String> copy = new ArrayList<>(products);
    Collections.shuffle(copy, random);
    int jitterMillis = random.nextInt(250);
    System.out.println("retry jitter " + jitterMillis);
    return copy.subList(0, Math.min(4, copy.size()));
  }
}
