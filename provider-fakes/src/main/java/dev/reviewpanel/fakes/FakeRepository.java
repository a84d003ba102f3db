package dev.reviewpanel.fakes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Commits of a fake repository: each a snapshot of file contents under a sha. */
public final class FakeRepository {

  /** One changed file between two commits, as the providers list it. */
  public record Change(String path, String status, String patch, boolean binary) {}

  private final String name;
  private final Map<String, Map<String, byte[]>> commits = new LinkedHashMap<>();

  FakeRepository(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** Stores a snapshot of text files; returns its sha. */
  public synchronized String commit(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return commitBytes(bytes);
  }

  public synchronized String commitBytes(Map<String, byte[]> files) {
    String sha = sha(name + commits.size() + files.keySet());
    commits.put(sha, new LinkedHashMap<>(files));
    return sha;
  }

  public synchronized Optional<byte[]> file(String sha, String path) {
    Map<String, byte[]> files = commits.get(sha);
    return files == null ? Optional.empty() : Optional.ofNullable(files.get(path));
  }

  /** The files that differ between two commits, in path order, with naive hunks. */
  public synchronized List<Change> changes(String base, String head) {
    Map<String, byte[]> before = commits.getOrDefault(base, Map.of());
    Map<String, byte[]> after = commits.getOrDefault(head, Map.of());
    List<Change> changes = new ArrayList<>();
    for (String path : new TreeSet<>(union(before, after))) {
      byte[] old = before.get(path);
      byte[] now = after.get(path);
      if (old != null && now != null && java.util.Arrays.equals(old, now)) {
        continue;
      }
      String status = old == null ? "added" : now == null ? "removed" : "modified";
      boolean binary = isBinary(old) || isBinary(now);
      String patch = binary ? null : NaiveDiff.patch(text(old), text(now));
      changes.add(new Change(path, status, patch, binary));
    }
    return changes;
  }

  private static List<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    List<String> all = new ArrayList<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static boolean isBinary(byte[] bytes) {
    if (bytes == null) {
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private static String sha(String seed) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(seed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
