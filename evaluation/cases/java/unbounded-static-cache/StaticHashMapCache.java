package eval.cache;

import java.util.HashMap;
import java.util.Map;

public class StaticHashMapCache {
  private static final Map<String, byte[]> THUMBNAILS = new HashMap<>(); // expect: unbounded-static-cache

  public byte[] thumbnail(String imageId) {
    return THUMBNAILS.computeIfAbsent(imageId, this::render);
  }

  private byte[] render(String imageId) {
    return new byte[1024];
  }
}
