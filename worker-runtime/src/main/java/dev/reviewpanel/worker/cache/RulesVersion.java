package dev.reviewpanel.worker.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The version of a worker's rules, as cached rule results know it: a digest of every class and
 * resource of the project on its class path (analyzers, the engine, catalogs, the code they call),
 * so any change to what decides a finding makes earlier results miss, with no version to bump.
 */
final class RulesVersion {

  static final String PATTERN = "classpath*:dev/reviewpanel/**/*";

  private RulesVersion() {}

  static String of(ClassLoader classLoader) {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(classLoader);
    try {
      Resource[] resources = resolver.getResources(PATTERN);
      Arrays.sort(resources, Comparator.comparing(RulesVersion::name));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Resource resource : resources) {
        if (resource.isReadable()) {
          sha.update(name(resource).getBytes(StandardCharsets.UTF_8));
          try (InputStream in = resource.getInputStream()) {
            sha.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the worker's classes to version its rules", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  // Where the class path put a resource differs by packaging; its name within our packages not.
  private static String name(Resource resource) {
    try {
      String url = resource.getURL().toString();
      int at = url.lastIndexOf("dev/reviewpanel/");
      return at < 0 ? url : url.substring(at);
    } catch (IOException e) {
      return String.valueOf(resource.getFilename());
    }
  }
}
