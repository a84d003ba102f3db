package eval.abshash;

import java.util.List;

public class BucketIndex {
  public <T> List<T> bucket(List<List<T>> buckets, Object key) {
    int index = Math.abs(key.hashCode() % buckets.size());
    return buckets.get(index);
  }

  public int slot(Object key, int slots) {
    int h = Math.abs(key.hashCode()) % slots; // expect: abs-hash-modulo
    return h;
  }
}
