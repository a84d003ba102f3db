package eval.cache;

import java.util.Map;

public class ImmutableStaticMap {
  private static final Map<String, String> MIME = Map.of("png", "image/png", "css", "text/css");

  public String mime(String ext) {
    return MIME.getOrDefault(ext, "application/octet-stream");
  }
}
