package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.model.CodeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a review by the names other files import them with: Python dotted modules (whole or
 * by their trailing segments, since the source root is unknown), JavaScript paths without extension
 * (and {@code dir/index}), resolved relative to the importing file.
 */
final class Modules {

  private final Map<String, List<CodeModel>> bySuffix = new HashMap<>();
  private final Map<String, CodeModel> byPath = new HashMap<>();

  Modules(List<CodeModel> models) {
    for (CodeModel model : models) {
      String bare = stripExtension(model.path());
      byPath.put(bare, model);
      if (bare.endsWith("/index") || bare.endsWith("/__init__")) {
        byPath.putIfAbsent(bare.substring(0, bare.lastIndexOf('/')), model);
      }
      if (model.language() == Language.PYTHON) {
        String dotted = bare.replace('/', '.');
        if (dotted.endsWith(".__init__")) {
          dotted = dotted.substring(0, dotted.length() - ".__init__".length());
        }
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length; i++) {
          String suffix = String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
          bySuffix.computeIfAbsent(suffix, k -> new ArrayList<>()).add(model);
        }
      }
    }
  }

  /** The file that {@code from} means by {@code module}, when it is part of the review. */
  Optional<CodeModel> resolve(CodeModel from, String module) {
    if (module == null || module.isEmpty()) {
      return Optional.empty();
    }
    if (from.language() == Language.PYTHON) {
      return python(from, module);
    }
    if (module.startsWith(".")) {
      String base =
          from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
      return Optional.ofNullable(
          byPath.get(normalize(base.isEmpty() ? module : base + "/" + module)));
    }
    return Optional.empty();
  }

  private Optional<CodeModel> python(CodeModel from, String module) {
    if (module.startsWith(".")) {
      int dots = 0;
      while (dots < module.length() && module.charAt(dots) == '.') {
        dots++;
      }
      String dir =
          from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
      for (int i = 1; i < dots && !dir.isEmpty(); i++) {
        dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
      }
      String rest = module.substring(dots).replace('.', '/');
      String path = dir.isEmpty() ? rest : rest.isEmpty() ? dir : dir + "/" + rest;
      return Optional.ofNullable(byPath.get(path));
    }
    List<CodeModel> candidates = bySuffix.get(module);
    if (candidates == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidates.get(0));
  }

  private static String stripExtension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash ? path.substring(0, dot) : path;
  }

  // a/b/../c/./d -> a/c/d; /srv/a/../b -> /srv/b (an absolute root stays absolute)
  private static String normalize(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!part.equals(".") && !part.isEmpty()) {
        out.add(part);
      }
    }
    return stripExtension((path.startsWith("/") ? "/" : "") + String.join("/", out));
  }
}
