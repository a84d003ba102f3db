package eval.cache;

import java.util.LinkedHashMap;
import java.util.Map;

public class BoundedLruCache {
  private static final int MAX = 500;
  private static final Map<String, byte[]> THUMBNAILS =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > MAX;
        }
      };

  public synchronized byte[] thumbnail(String imageId) {
    return THUMBNAILS.computeIfAbsent(imageId, id -> new byte[1024]);
  }
}
