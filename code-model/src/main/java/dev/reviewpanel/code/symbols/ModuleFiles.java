package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.analysis.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The paths a module name may stand for, seen from the importing file, for analyses that look up
 * another file of the review by path: a relative JavaScript specifier ({@code ../repositories/x})
 * with the usual extensions and {@code index} files, a relative Python module ({@code ..services},
 * {@code .repository}), and an absolute Python module under any directory above the importing file
 * (the source root is unknown).
 */
public final class ModuleFiles {

  private static final List<String> SCRIPT_FILES =
      List.of(".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", "/index.ts", "/index.js");

  private ModuleFiles() {}

  /** Candidate paths, most likely first; empty for a package import (not a file of the review). */
  public static List<String> candidates(Language language, String fromPath, String module) {
    String dir = parent(fromPath);
    List<String> out = new ArrayList<>();
    if (language == Language.PYTHON) {
      python(dir, module, out);
    } else if (module.startsWith("./") || module.startsWith("../")) {
      String base = normalize(dir.isEmpty() ? module : dir + "/" + module);
      if (base != null) {
        out.add(base);
        SCRIPT_FILES.forEach(extension -> out.add(base + extension));
      }
    }
    return out;
  }

  private static void python(String dir, String module, List<String> out) {
    if (module.startsWith(".")) {
      int dots = 0;
      while (dots < module.length() && module.charAt(dots) == '.') {
        dots++;
      }
      String base = dir;
      for (int i = 1; i < dots; i++) {
        base = parent(base);
      }
      String rest = module.substring(dots).replace('.', '/');
      addPython(base.isEmpty() ? rest : rest.isEmpty() ? base : base + "/" + rest, out);
      return;
    }
    String rest = module.replace('.', '/');
    for (String root = dir; ; root = parent(root)) {
      addPython(root.isEmpty() ? rest : root + "/" + rest, out);
      if (root.isEmpty()) {
        return;
      }
    }
  }

  private static void addPython(String path, List<String> out) {
    if (!path.isEmpty()) {
      out.add(path + ".py");
      out.add(path + "/__init__.py");
    }
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  // a/b/../c -> a/c; null when it climbs above the root
  private static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return (path.startsWith("/") ? "/" : "") + String.join("/", parts);
  }
}
