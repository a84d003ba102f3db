package dev.reviewpanel.code.catalog;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.catalog.Specs.Origin;
import dev.reviewpanel.code.catalog.Specs.Sanitizer.Role;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one catalog YAML file into {@link Catalog.Builder}, validating every entry. */
final class CatalogLoader {

  static final int VERSION = 1;
  private static final Set<String> TOP =
      Set.of(
          "catalog",
          "name",
          "languages",
          "when-imported",
          "sources",
          "sinks",
          "sanitizers",
          "guards",
          "lookups",
          "refuters",
          "propagators",
          "rules");
  private static final Set<String> SOURCE_KINDS = Set.of("remote", "local", "random");
  private static final Set<String> SOURCE =
      Set.of(
          "kind",
          "label",
          "access",
          "call",
          "parameters",
          "languages",
          "same-origin-path",
          "when-imported",
          "module-global");
  // a module as imported: flask, django.http, jakarta.servlet, express, @koa/router
  private static final Pattern MODULE = Pattern.compile("@?[A-Za-z_][\\w.$-]*(/[\\w.$-]+)*");
  private static final Set<String> PARAMETERS =
      Set.of(
          "decorator",
          "function",
          "methods",
          "path",
          "first-parameter",
          "annotation",
          "type",
          "exclude",
          "unless-default");
  private static final Set<String> SINK =
      Set.of(
          "kind",
          "label",
          "call",
          "assign",
          "return-from",
          "args",
          "keywords",
          "if-keyword",
          "unless-keyword",
          "if-text",
          "shell-list",
          "shell-lists",
          "unless-receiver-type",
          "name",
          "unbuilt",
          "severity",
          "min-args",
          "languages");
  private static final Set<String> SANITIZER = Set.of("call", "cleans", "languages", "if-text");
  private static final Set<String> PROPAGATOR = Set.of("call", "from", "to", "key", "languages");
  private static final Set<String> RULE =
      Set.of(
          "name",
          "sink",
          "sources",
          "languages",
          "category",
          "cwe",
          "severity",
          "confidence",
          "title",
          "recommendation",
          "references",
          "entry-points",
          "report-at",
          "structural",
          "local-severity",
          "through-calls",
          "clean-after-prefix");

  private final String file;
  private final YamlNodes yaml;
  private final Catalog.Builder into;
  private List<String> frameworks = List.of();

  CatalogLoader(String file, Catalog.Builder into) {
    this.file = file;
    this.yaml = new YamlNodes(file);
    this.into = into;
  }

  void load(String text) {
    Node root;
    try {
      root =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new CatalogException(file + ":" + line + ": not valid YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new CatalogException(file + ": not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new CatalogException(file + ":1: empty catalog file");
    }
    Map<String, Node> top = yaml.mapping(root, "a catalog file", TOP);
    String version = yaml.required(top, root, "catalog", "a catalog file");
    if (!version.equals(String.valueOf(VERSION))) {
      throw yaml.error(
          top.get("catalog"),
          "catalog version " + version + " is not supported (this build reads " + VERSION + ")");
    }
    Set<Language> languages = languages(top.get("languages"), EnumSet.allOf(Language.class));
    frameworks = modules(top.get("when-imported"), "'when-imported' of a catalog file");
    for (Node node : yaml.sequence(top.get("sources"), "sources")) {
      into.source(source(node, languages));
    }
    for (Node node : yaml.sequence(top.get("sinks"), "sinks")) {
      into.sink(sink(node, languages));
    }
    for (Node node : yaml.sequence(top.get("sanitizers"), "sanitizers")) {
      into.sanitizer(sanitizer(node, languages, Role.SANITIZER));
    }
    for (Node node : yaml.sequence(top.get("guards"), "guards")) {
      into.sanitizer(sanitizer(node, languages, Role.GUARD));
    }
    for (Node node : yaml.sequence(top.get("lookups"), "lookups")) {
      into.sanitizer(sanitizer(node, languages, Role.LOOKUP));
    }
    for (Node node : yaml.sequence(top.get("refuters"), "refuters")) {
      into.sanitizer(sanitizer(node, languages, Role.REFUTER));
    }
    for (Node node : yaml.sequence(top.get("propagators"), "propagators")) {
      into.propagator(propagator(node, languages));
    }
    for (Node node : yaml.sequence(top.get("rules"), "rules")) {
      into.rule(rule(node, languages));
    }
  }

  /**
   * Reads a repository's own entries (the {@code taint} section of {@code .review-panel.yml}), each
   * on its own: a broken entry is a problem with its key and line, the others are still read.
   */
  List<RepositoryEntries.Problem> loadRepositoryEntries(Node section, String key) {
    List<RepositoryEntries.Problem> problems = new ArrayList<>();
    Map<String, Node> top;
    try {
      top = yaml.mapping(section, key, RepositoryEntries.SECTIONS);
    } catch (CatalogException e) {
      return List.of(new RepositoryEntries.Problem(key, e.line(), e.detail()));
    }
    Set<Language> languages = RepositoryEntries.LANGUAGES;
    each(top, "sources", key, problems, n -> into.source(source(n, languages)));
    each(top, "sinks", key, problems, n -> into.sink(sink(n, languages)));
    each(
        top,
        "sanitizers",
        key,
        problems,
        n -> into.sanitizer(sanitizer(n, languages, Role.SANITIZER)));
    each(top, "guards", key, problems, n -> into.sanitizer(sanitizer(n, languages, Role.GUARD)));
    each(top, "lookups", key, problems, n -> into.sanitizer(sanitizer(n, languages, Role.LOOKUP)));
    each(top, "propagators", key, problems, n -> into.propagator(propagator(n, languages)));
    return problems;
  }

  private void each(
      Map<String, Node> top,
      String section,
      String key,
      List<RepositoryEntries.Problem> problems,
      java.util.function.Consumer<Node> read) {
    List<Node> items;
    try {
      items = yaml.sequence(top.get(section), section);
    } catch (CatalogException e) {
      problems.add(new RepositoryEntries.Problem(key + "." + section, e.line(), e.detail()));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      try {
        read.accept(items.get(i));
      } catch (CatalogException e) {
        problems.add(
            new RepositoryEntries.Problem(
                key + "." + section + "[" + i + "]", e.line(), e.detail()));
      }
    }
  }

  private Set<Language> languages(Node node, Set<Language> inherited) {
    if (node == null) {
      return inherited;
    }
    Set<Language> out = EnumSet.noneOf(Language.class);
    for (String id : yaml.strings(node, "languages")) {
      out.add(
          Language.fromId(id)
              .orElseThrow(
                  () ->
                      yaml.error(
                          node,
                          "unknown language '" + id + "' (java, python, javascript, typescript)")));
      if (id.equals("javascript")) {
        out.add(Language.TYPESCRIPT); // TypeScript is JavaScript with types: the same models apply
      }
    }
    return out;
  }

  private Specs.Source source(Node node, Set<Language> inherited) {
    Map<String, Node> e = yaml.mapping(node, "a source", SOURCE);
    String kind = yaml.string(e, "kind", "a source", "remote");
    if (!SOURCE_KINDS.contains(kind)) {
      throw yaml.error(e.get("kind"), "source kind '" + kind + "' is not one of " + SOURCE_KINDS);
    }
    NamePattern access = yaml.pattern(e, "access", "a source");
    NamePattern call = yaml.pattern(e, "call", "a source");
    Specs.Parameters parameters =
        e.containsKey("parameters") ? parameters(e.get("parameters")) : null;
    exactlyOne(node, "a source", access, call, parameters, "access, call, parameters");
    String label =
        yaml.string(
            e,
            "label",
            "a source",
            kind.equals("remote")
                ? "request data"
                : kind.equals("random") ? "a predictable random value" : "local data");
    boolean moduleGlobal = yaml.bool(e, "module-global", "a source");
    if (moduleGlobal && parameters != null) {
      throw yaml.error(
          e.get("module-global"),
          "'module-global' is for access and call sources: a parameter is never a module's name");
    }
    return new Specs.Source(
        yaml.origin(node),
        languages(e.get("languages"), inherited),
        kind,
        label,
        access,
        call,
        parameters,
        yaml.bool(e, "same-origin-path", "a source"),
        e.containsKey("when-imported")
            ? modules(e.get("when-imported"), "'when-imported' of a source")
            : frameworks,
        moduleGlobal);
  }

  private List<String> modules(Node node, String what) {
    List<String> modules = yaml.strings(node, what);
    if (node != null && modules.isEmpty()) {
      throw yaml.error(node, what + " names no module");
    }
    for (String module : modules) {
      if (!MODULE.matcher(module).matches()) {
        throw yaml.error(
            node,
            what
                + ": '"
                + module
                + "' is not a module name (flask, django.http, jakarta.servlet, @koa/router)");
      }
    }
    return List.copyOf(modules);
  }

  private Specs.Parameters parameters(Node node) {
    Map<String, Node> e = yaml.mapping(node, "'parameters' of a source", PARAMETERS);
    String path = yaml.string(e, "path", "parameters", null);
    if (path != null) {
      regex(e.get("path"), path);
    }
    return new Specs.Parameters(
        yaml.pattern(e, "decorator", "parameters"),
        yaml.pattern(e, "function", "parameters"),
        yaml.pattern(e, "methods", "parameters"),
        path,
        yaml.string(e, "first-parameter", "parameters", null),
        yaml.pattern(e, "annotation", "parameters"),
        yaml.pattern(e, "type", "parameters"),
        Set.copyOf(yaml.strings(e.get("exclude"), "'exclude' of parameters")),
        yaml.pattern(e, "unless-default", "parameters"));
  }

  private Specs.Sink sink(Node node, Set<Language> inherited) {
    Map<String, Node> e = yaml.mapping(node, "a sink", SINK);
    String kind = yaml.required(e, node, "kind", "a sink");
    NamePattern call = yaml.pattern(e, "call", "a sink");
    NamePattern assign = yaml.pattern(e, "assign", "a sink");
    NamePattern returnFrom = yaml.pattern(e, "return-from", "a sink");
    exactlyOne(node, "a sink", call, assign, returnFrom, "call, assign, return-from");
    List<Integer> args = new ArrayList<>();
    for (String arg : yaml.strings(e.get("args"), "'args' of a sink")) {
      args.add(arg.equals("receiver") ? -1 : integer(e.get("args"), arg));
    }
    Map<String, Object> ifKeyword = new LinkedHashMap<>();
    Map<String, NamePattern> unless = new LinkedHashMap<>();
    keywordMap(e.get("if-keyword"), (k, v) -> ifKeyword.put(k, constant(v)));
    keywordMap(e.get("unless-keyword"), (k, v) -> unless.put(k, NamePattern.of(v)));
    String text = yaml.string(e, "if-text", "a sink", null);
    String name = yaml.string(e, "name", "a sink", null);
    String receiverType = yaml.string(e, "unless-receiver-type", "a sink", null);
    String cap = yaml.string(e, "severity", "a sink", null);
    String minArgs = yaml.string(e, "min-args", "a sink", null);
    return new Specs.Sink(
        yaml.origin(node),
        languages(e.get("languages"), inherited),
        kind,
        yaml.string(e, "label", "a sink", null),
        call,
        assign,
        returnFrom,
        args,
        yaml.strings(e.get("keywords"), "'keywords' of a sink"),
        ifKeyword,
        unless,
        text == null ? null : regex(e.get("if-text"), text),
        yaml.bool(e, "shell-list", "a sink"),
        name == null ? null : regex(e.get("name"), name),
        yaml.bool(e, "unbuilt", "a sink"),
        yaml.bool(e, "shell-lists", "a sink"),
        receiverType == null ? null : regex(e.get("unless-receiver-type"), receiverType),
        cap == null ? null : severity(e.get("severity"), cap),
        minArgs == null ? 0 : integer(e.get("min-args"), minArgs));
  }

  private void keywordMap(Node node, java.util.function.BiConsumer<String, String> put) {
    if (node == null) {
      return;
    }
    if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping)) {
      throw yaml.error(node, "keyword conditions must be a mapping of keyword: value");
    }
    mapping
        .getValue()
        .forEach(
            t ->
                put.accept(
                    yaml.scalar(t.getKeyNode(), "a keyword"),
                    yaml.scalar(t.getValueNode(), "a keyword value")));
  }

  private static Object constant(String value) {
    return switch (value) {
      case "true", "True" -> Boolean.TRUE;
      case "false", "False" -> Boolean.FALSE;
      default -> value;
    };
  }

  private Specs.Sanitizer sanitizer(Node node, Set<Language> inherited, Role role) {
    String what =
        switch (role) {
          case SANITIZER -> "a sanitizer";
          case GUARD -> "a guard";
          case LOOKUP -> "a lookup";
          case REFUTER -> "a refuter";
        };
    Map<String, Node> e = yaml.mapping(node, what, SANITIZER);
    NamePattern call = yaml.pattern(e, "call", what);
    if (call == null) {
      throw yaml.error(node, what + " needs 'call'");
    }
    List<String> cleans = yaml.strings(e.get("cleans"), "'cleans' of " + what);
    if (cleans.isEmpty()) {
      throw yaml.error(
          node, what + " needs 'cleans': the sink kinds it makes data safe for, or all");
    }
    String text = yaml.string(e, "if-text", what, null);
    return new Specs.Sanitizer(
        yaml.origin(node),
        languages(e.get("languages"), inherited),
        call,
        Set.copyOf(cleans),
        role,
        text == null ? null : regex(e.get("if-text"), text));
  }

  private Specs.Propagator propagator(Node node, Set<Language> inherited) {
    Map<String, Node> e = yaml.mapping(node, "a propagator", PROPAGATOR);
    NamePattern call = yaml.pattern(e, "call", "a propagator");
    if (call == null) {
      throw yaml.error(node, "a propagator needs 'call'");
    }
    String from = yaml.string(e, "from", "a propagator", "arguments");
    String to = yaml.string(e, "to", "a propagator", "return");
    if (!from.matches("arguments|receiver|argument:\\d+")) {
      throw yaml.error(e.get("from"), "'from' must be arguments, receiver or argument:N");
    }
    if (!to.matches("return|receiver")) {
      throw yaml.error(e.get("to"), "'to' must be return or receiver");
    }
    Integer key = null;
    if (e.get("key") != null) {
      String text = yaml.string(e, "key", "a propagator", null);
      if (text == null || !text.matches("\\d+")) {
        throw yaml.error(e.get("key"), "'key' must be the index of an argument");
      }
      key = Integer.valueOf(text);
    }
    return new Specs.Propagator(
        yaml.origin(node), languages(e.get("languages"), inherited), call, from, to, key);
  }

  private Specs.Rule rule(Node node, Set<Language> inherited) {
    Map<String, Node> e = yaml.mapping(node, "a rule", RULE);
    String name = yaml.required(e, node, "name", "a rule");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw yaml.error(
          e.get("name"), "rule name '" + name + "' must be lower-case words joined by '-'");
    }
    List<String> sources = yaml.strings(e.get("sources"), "'sources' of a rule");
    for (String kind : sources) {
      if (!SOURCE_KINDS.contains(kind)) {
        throw yaml.error(
            e.get("sources"), "source kind '" + kind + "' is not one of " + SOURCE_KINDS);
      }
    }
    Set<Language> languages = languages(e.get("languages"), inherited);
    Map<Language, String> recommendation = new EnumMap<>(Language.class);
    Node rec = e.get("recommendation");
    if (rec instanceof ScalarNode scalar) {
      languages.forEach(l -> recommendation.put(l, scalar.getValue()));
    } else if (rec != null) {
      keywordMap(
          rec,
          (k, v) -> {
            Language language =
                Language.fromId(k)
                    .orElseThrow(
                        () -> yaml.error(rec, "unknown language '" + k + "' in recommendation"));
            recommendation.put(language, v);
            if (language == Language.JAVASCRIPT) {
              recommendation.putIfAbsent(Language.TYPESCRIPT, v);
            }
          });
    } else {
      throw yaml.error(node, "a rule needs 'recommendation'");
    }
    String structural = yaml.string(e, "structural", "a rule", null);
    String prefix = yaml.string(e, "clean-after-prefix", "a rule", null);
    return new Specs.Rule(
        yaml.origin(node),
        name,
        yaml.required(e, node, "sink", "a rule"),
        Set.copyOf(sources.isEmpty() ? List.of("remote", "local") : sources),
        languages,
        yaml.string(e, "category", "a rule", name),
        yaml.string(e, "cwe", "a rule", null),
        severity(e.get("severity"), yaml.required(e, node, "severity", "a rule")),
        confidence(e.get("confidence"), yaml.string(e, "confidence", "a rule", "MEDIUM")),
        yaml.required(e, node, "title", "a rule"),
        recommendation,
        yaml.strings(e.get("references"), "'references' of a rule"),
        entryPoints(e.get("entry-points"), yaml.string(e, "entry-points", "a rule", "none")),
        structural == null ? null : severity(e.get("structural"), structural),
        local(e.get("local-severity"), yaml.string(e, "local-severity", "a rule", "LOW")),
        reportAt(e.get("report-at"), yaml.string(e, "report-at", "a rule", "sink")),
        yaml.pattern(e, "through-calls", "a rule"),
        prefix == null ? null : regex(e.get("clean-after-prefix"), prefix));
  }

  private Severity severity(Node node, String value) {
    try {
      return Severity.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw yaml.error(
          node, "severity '" + value + "' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO");
    }
  }

  private Specs.Rule.EntryPoints entryPoints(Node node, String value) {
    return switch (value) {
      case "none", "false" -> Specs.Rule.EntryPoints.NONE;
      case "built", "true" -> Specs.Rule.EntryPoints.BUILT;
      case "any" -> Specs.Rule.EntryPoints.ANY;
      default -> throw yaml.error(node, "entry-points must be none, built or any");
    };
  }

  private boolean reportAt(Node node, String value) {
    if (!value.equals("sink") && !value.equals("source")) {
      throw yaml.error(node, "report-at must be sink or source");
    }
    return value.equals("source");
  }

  private Severity local(Node node, String value) {
    Severity severity = severity(node, value);
    if (severity.compareTo(Severity.MEDIUM) < 0) {
      throw yaml.error(
          node, "local-severity is at most MEDIUM: local data is not proof of an attack");
    }
    return severity;
  }

  private Confidence confidence(Node node, String value) {
    try {
      return Confidence.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw yaml.error(node, "confidence '" + value + "' is not one of HIGH, MEDIUM, LOW");
    }
  }

  private int integer(Node node, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw yaml.error(node, "argument position '" + value + "' must be a number or receiver");
    }
  }

  private Pattern regex(Node node, String value) {
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw yaml.error(node, "not a valid regular expression: " + e.getDescription());
    }
  }

  private void exactlyOne(Node node, String what, Object a, Object b, Object c, String names) {
    int set = (a == null ? 0 : 1) + (b == null ? 0 : 1) + (c == null ? 0 : 1);
    if (set != 1) {
      throw yaml.error(node, what + " needs exactly one of " + names);
    }
  }

  String file() {
    return file;
  }

  static Origin origin(String file, int line) {
    return new Origin(file, line);
  }
}
