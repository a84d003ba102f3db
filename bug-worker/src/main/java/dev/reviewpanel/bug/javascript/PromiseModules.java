package dev.reviewpanel.bug.javascript;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a file binds to Node's promise-based fs API, from its imports and requires: namespaces
 * ({@code import fsp from 'fs/promises'}, {@code const { promises: fsp } = require('fs')}) and
 * functions ({@code import { writeFile } from 'node:fs/promises'}), whose calls all return
 * promises.
 */
final class PromiseModules {

  private static final String FS_PROMISES = "['\"](?:node:)?fs/promises['\"]";
  private static final String FS = "['\"](?:node:)?fs['\"]";
  private static final Pattern NAMESPACE =
      Pattern.compile(
          "import\\s+(?:\\*\\s+as\\s+)?([\\w$]+)\\s+from\\s*"
              + FS_PROMISES
              + "|([\\w$]+)\\s*=\\s*require\\(\\s*"
              + FS_PROMISES
              + "\\s*\\)"
              + "|([\\w$]+)\\s*=\\s*require\\(\\s*"
              + FS
              + "\\s*\\)\\s*\\.\\s*promises\\b");
  private static final Pattern FS_MEMBERS =
      Pattern.compile(
          "(?:import\\s*\\{([^}]*)\\}\\s*from\\s*|\\{([^}]*)\\}\\s*=\\s*require\\(\\s*)" + FS);
  private static final Pattern PROMISE_MEMBERS =
      Pattern.compile(
          "(?:import\\s*\\{([^}]*)\\}\\s*from\\s*|\\{([^}]*)\\}\\s*=\\s*require\\(\\s*)"
              + FS_PROMISES);
  private static final Pattern PROMISES_ALIAS =
      Pattern.compile("\\bpromises\\b(?:\\s*(?:as|:)\\s*([\\w$]+))?");
  private static final Pattern MEMBER = Pattern.compile("([\\w$]+)(?:\\s*(?:as|:)\\s*([\\w$]+))?");

  private final Set<String> namespaces = new HashSet<>(Set.of("fs.promises", "fsPromises"));
  private final Set<String> functions = new HashSet<>();

  PromiseModules(String source) {
    if (!source.contains("fs")) {
      return;
    }
    Matcher namespace = NAMESPACE.matcher(source);
    while (namespace.find()) {
      for (int group = 1; group <= 3; group++) {
        if (namespace.group(group) != null) {
          namespaces.add(namespace.group(group));
        }
      }
    }
    Matcher fs = FS_MEMBERS.matcher(source);
    while (fs.find()) {
      Matcher alias = PROMISES_ALIAS.matcher(fs.group(1) != null ? fs.group(1) : fs.group(2));
      if (alias.find()) {
        namespaces.add(alias.group(1) != null ? alias.group(1) : "promises");
      }
    }
    Matcher members = PROMISE_MEMBERS.matcher(source);
    while (members.find()) {
      Matcher member =
          MEMBER.matcher(members.group(1) != null ? members.group(1) : members.group(2));
      while (member.find()) {
        functions.add(member.group(2) != null ? member.group(2) : member.group(1));
      }
    }
  }

  /** Whether {@code object.method(...)} calls the promise API, e.g. {@code fsp.writeFile}. */
  boolean isNamespace(String object) {
    return namespaces.contains(object);
  }

  /** Whether a bare call of {@code name} calls a function imported from fs/promises. */
  boolean isFunction(String name) {
    return functions.contains(name);
  }
}
