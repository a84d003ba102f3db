package dev.reviewpanel.code.catalog;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entries of a rule catalog, as read from its YAML files. */
public final class Specs {

  private Specs() {}

  /** Where an entry was declared: {@code catalog/python-flask.yml:12}. */
  public record Origin(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /**
   * Where untrusted (or weak) data enters. Exactly one of {@code access}, {@code call}, {@code
   * parameters} is set.
   *
   * @param kind {@code remote} (request, message, upload), {@code local} (files, environment,
   *     configuration, command line) or {@code random} (predictable randomness)
   * @param sameOriginPath the data is the request's own path (or one saved from it): a path on this
   *     server, which can name another host only by starting with {@code //}; once the code rules
   *     that out, it is safe as a redirect target
   * @param whenImported the modules of the framework this source belongs to: when not empty, it
   *     applies only in files that import one of them or a module inside one ({@code flask}: {@code
   *     from flask import request}, {@code import flask.json}); a {@code request} elsewhere is some
   *     other object
   * @param moduleGlobal the access starts at a name the module imports (Flask's {@code request}): a
   *     parameter or local variable of that name shadows it, and the source does not apply
   */
  public record Source(
      Origin origin,
      Set<Language> languages,
      String kind,
      String label,
      NamePattern access,
      NamePattern call,
      Parameters parameters,
      boolean sameOriginPath,
      List<String> whenImported,
      boolean moduleGlobal) {

    public Source {
      whenImported = List.copyOf(whenImported);
    }

    /** Whether a file importing {@code modules} uses the framework this source belongs to. */
    public boolean appliesWith(java.util.Collection<String> modules) {
      if (whenImported.isEmpty()) {
        return true;
      }
      for (String module : modules) {
        for (String framework : whenImported) {
          if (module.equals(framework)
              || module.startsWith(framework + ".")
              || module.startsWith(framework + "/")) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Parameters that are sources: of functions with a decorator, of functions with a name in files
   * whose path matches, after a first parameter with a given name, or parameters with an annotation
   * or type. {@code exclude} names and scalar-typed parameters ({@code int}, {@code bool}) are not.
   * {@code methods}, when set, limits the functions declared in a class to those names (a view
   * class's {@code get}, {@code post}); functions outside classes are not limited by it.
   */
  public record Parameters(
      NamePattern decorator,
      NamePattern function,
      NamePattern methods,
      String path,
      String firstParameter,
      NamePattern annotation,
      NamePattern type,
      Set<String> exclude,
      NamePattern unlessDefault) {}

  /**
   * A dangerous use. Exactly one of {@code call}, {@code assign}, {@code returnFrom} is set.
   *
   * @param arguments 0-based positions checked ({@code -1}: the receiver); empty with no keywords:
   *     every argument
   * @param keywords keyword arguments checked (Python)
   * @param ifKeyword the sink applies only when these keywords have these constant values
   * @param unlessKeyword not a sink when the keyword's value (as a dotted name or constant text)
   *     matches the pattern
   * @param ifText the sink applies only when the checked argument's constant text matches
   * @param shellList a list argument counts only when it runs a shell with {@code -c}
   * @param shellLists as {@code shellList} for list literals, while any other argument counts as
   *     usual ({@code new ProcessBuilder(List.of("convert", name))} runs no shell, {@code new
   *     ProcessBuilder(command)} may)
   * @param unlessReceiverType not a sink when the receiver's class, with the classes it was
   *     constructed from ({@code Yaml<SafeConstructor>}), matches this expression
   * @param unbuilt only data used as it came (not built into text) counts: an object from the
   *     request passed as a query filter, where text cannot carry operators
   * @param name for assignment and return sinks: the assigned name or the function's name must
   *     match, by words
   * @param severity when set, findings at this sink are at most this severe: the sink is a lesser
   *     use of the rule's kind (the environment of a process, not its command line)
   * @param minArgs the call has at least this many arguments (a spread counts as enough): {@code
   *     re.match(pattern, text)}, not a compiled pattern's {@code regex.match(text)}
   */
  public record Sink(
      Origin origin,
      Set<Language> languages,
      String kind,
      String label,
      NamePattern call,
      NamePattern assign,
      NamePattern returnFrom,
      List<Integer> arguments,
      List<String> keywords,
      Map<String, Object> ifKeyword,
      Map<String, NamePattern> unlessKeyword,
      java.util.regex.Pattern ifText,
      boolean shellList,
      java.util.regex.Pattern name,
      boolean unbuilt,
      boolean shellLists,
      java.util.regex.Pattern unlessReceiverType,
      Severity severity,
      int minArgs) {

    /**
     * True when an assigned name or a returning function's name is one this sink watches: {@code
     * name} is matched against its words, lower-case and joined by {@code _} ({@code resetCode} ->
     * {@code reset_code}).
     */
    public boolean watchesName(String identifier) {
      return name == null || name.matcher(words(identifier)).find();
    }

    static String words(String identifier) {
      StringBuilder out = new StringBuilder();
      char previous = ' ';
      for (char c : identifier.toCharArray()) {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          out.append('_');
        }
        out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '_');
        previous = c;
      }
      return out.toString();
    }
  }

  /**
   * A call whose result no longer carries data dangerous for the sink kinds in {@code cleans}
   * ({@link #ALL}: every kind); as a {@link Role#GUARD}, a check that cleans its argument or
   * receiver inside the branch where it holds; as a {@link Role#LOOKUP}, a lookup of an entry by
   * its first argument in a store the server holds, which cleans that argument (and the entry)
   * where the entry it returned is checked to exist; as a {@link Role#REFUTER}, a check that holds
   * when the value is unsafe ({@code has_insecure_element(parts)}), which cleans it in the branch
   * where it fails. {@code ifText}, when set, limits a sanitizer or guard to calls whose first
   * argument is constant text matching it ({@code startsWith("/")}, not {@code
   * startsWith("next=")}; {@code new URL("/login", base)}, not {@code new URL(next, base)}).
   */
  public record Sanitizer(
      Origin origin,
      Set<Language> languages,
      NamePattern call,
      Set<String> cleans,
      Role role,
      java.util.regex.Pattern ifText) {

    /** How a catalog entry cleans: its result, what it checks, or the key it found an entry by. */
    public enum Role {
      SANITIZER,
      GUARD,
      LOOKUP,
      REFUTER
    }
  }

  /** Every sink kind. */
  public static final String ALL = "all";

  /**
   * A call that moves data: {@code from} {@code arguments}, {@code receiver} or {@code argument:N}
   * {@code to} {@code return} or {@code receiver}.
   */
  /**
   * A call that moves data from its receiver or arguments to its result or receiver.
   *
   * @param key when non-null, the argument naming the entry of a map the call writes ({@code
   *     put(key, value)}, to the receiver) or reads ({@code get(key)}, from it): where the map is
   *     held in a field, data is read back only under a key that can be the one it was written with
   */
  public record Propagator(
      Origin origin,
      Set<Language> languages,
      NamePattern call,
      String from,
      String to,
      Integer key) {

    public Propagator(
        Origin origin, Set<Language> languages, NamePattern call, String from, String to) {
      this(origin, languages, call, from, to, null);
    }
  }

  /**
   * A taint rule: data of {@code sourceKinds} reaching sinks of kind {@code sink}.
   *
   * @param entryPoints whether parameters of functions nobody in the review calls count as a weak
   *     source (LOW severity), for sinks where any outside input is dangerous
   * @param reportAtSource report where the data is made (a predictable random draw), not where it
   *     is used
   * @param structural when non-null, a sink fires without a traced source at this severity
   * @param localSeverity the severity when the data comes from a local source (files, environment,
   *     configuration, command line): at most MEDIUM
   * @param throughCalls when non-null, data of this rule's source kinds passes a call the review
   *     cannot resolve (no summary, source, sanitizer or propagator) only when the call matches:
   *     conversions and formatting keep a random draw what it was, while the result of any other
   *     call ({@code receive_message(request_id)}) is a new value
   * @param cleanAfterPrefix when set, data built into text after constant text this expression
   *     finds at its start is clean for this rule's sink kind: {@code "soap_%s" % name} names only
   *     the methods a class calls {@code soap_*}
   */
  public record Rule(
      Origin origin,
      String name,
      String sink,
      Set<String> sourceKinds,
      Set<Language> languages,
      String category,
      String cwe,
      Severity severity,
      Confidence confidence,
      String title,
      Map<Language, String> recommendation,
      List<String> references,
      EntryPoints entryPoints,
      Severity structural,
      Severity localSeverity,
      boolean reportAtSource,
      NamePattern throughCalls,
      java.util.regex.Pattern cleanAfterPrefix) {

    /** Whether parameters of functions with no caller in the review count as a weak source. */
    public enum EntryPoints {
      /** No. */
      NONE,
      /** Only when the parameter is built into text before the sink (SQL built by a helper). */
      BUILT,
      /** Whenever it reaches the sink. */
      ANY
    }

    /** The rule id for a language: {@code python.sql-injection}. */
    public String id(Language language) {
      return (language == Language.TYPESCRIPT ? "javascript" : language.id()) + "." + name;
    }
  }
}
