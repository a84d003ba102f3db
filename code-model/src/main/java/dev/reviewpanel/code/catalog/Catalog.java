package dev.reviewpanel.code.catalog;

import dev.reviewpanel.code.analysis.Language;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rule catalog: sources, sinks, sanitizers, guards, propagators and taint rules read from
 * versioned YAML files, validated as a whole, and indexed per language for the taint engine.
 */
public final class Catalog {

  private final List<Specs.Source> sources;
  private final List<Specs.Sink> sinks;
  private final List<Specs.Sanitizer> sanitizers;
  private final List<Specs.Propagator> propagators;
  private final List<Specs.Rule> rules;
  private final Map<Language, LanguageCatalog> byLanguage = new EnumMap<>(Language.class);

  private Catalog(Builder builder) {
    this.sources = List.copyOf(builder.sources);
    this.sinks = List.copyOf(builder.sinks);
    this.sanitizers = List.copyOf(builder.sanitizers);
    this.propagators = List.copyOf(builder.propagators);
    this.rules = List.copyOf(builder.rules);
    for (Language language : Language.values()) {
      byLanguage.put(language, new LanguageCatalog(this, language));
    }
  }

  /** Reads every {@code *.yml} under {@code directory} on the class path, in name order. */
  public static Catalog fromClasspath(String directory) {
    return fromClasspath(directory, Catalog.class.getClassLoader());
  }

  public static Catalog fromClasspath(String directory, ClassLoader loader) {
    Map<String, String> files = new java.util.TreeMap<>();
    try {
      for (URL url : Collections.list(loader.getResources(directory))) {
        for (String name : list(url)) {
          if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            String resource = directory + "/" + name;
            try (InputStream in = loader.getResourceAsStream(resource)) {
              if (in != null) {
                files.putIfAbsent(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new CatalogException(directory + ": cannot read the catalog: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new CatalogException(directory + ": no catalog files (*.yml) on the class path");
    }
    return of(files);
  }

  /** A catalog from file names and their YAML text. */
  public static Catalog of(Map<String, String> files) {
    Builder builder = new Builder();
    files.forEach((file, text) -> new CatalogLoader(file, builder).load(text));
    return builder.build();
  }

  private static Set<String> list(URL url) throws IOException {
    Set<String> names = new TreeSet<>();
    if (url.getProtocol().equals("jar")) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      String prefix = connection.getEntryName() + "/";
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
            names.add(name.substring(prefix.length()));
          }
        }
      }
    } else if (url.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.forEach(p -> names.add(p.getFileName().toString()));
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    return names;
  }

  public List<Specs.Rule> rules() {
    return rules;
  }

  /**
   * This catalog with a repository's own entries besides its own, for that repository's reviews.
   *
   * @throws CatalogException when an entry names a sink kind no rule of this catalog looks for
   */
  public Catalog with(RepositoryEntries repository) {
    if (repository.isEmpty()) {
      return this;
    }
    Builder builder = new Builder();
    builder.sources.addAll(sources);
    builder.sinks.addAll(sinks);
    builder.sanitizers.addAll(sanitizers);
    builder.propagators.addAll(propagators);
    builder.rules.addAll(rules);
    Builder extra = repository.entries();
    Set<String> kinds = sinkKinds();
    for (Specs.Sink sink : extra.sinks) {
      if (!kinds.contains(sink.kind())) {
        throw new CatalogException(
            sink.origin()
                + ": sink kind '"
                + sink.kind()
                + "' is not looked for by any rule (known: "
                + kinds
                + ")");
      }
    }
    builder.sources.addAll(extra.sources);
    builder.sinks.addAll(extra.sinks);
    builder.sanitizers.addAll(extra.sanitizers);
    builder.propagators.addAll(extra.propagators);
    return builder.build();
  }

  /** The sink kinds the rules look for: what a repository's sinks and sanitizers may name. */
  public Set<String> sinkKinds() {
    Set<String> kinds = new TreeSet<>();
    rules.forEach(r -> kinds.add(r.sink()));
    return kinds;
  }

  /** The entries that apply to {@code language}, indexed. */
  public LanguageCatalog forLanguage(Language language) {
    return byLanguage.get(language);
  }

  List<Specs.Source> sources() {
    return sources;
  }

  List<Specs.Sink> sinks() {
    return sinks;
  }

  List<Specs.Sanitizer> sanitizers() {
    return sanitizers;
  }

  List<Specs.Propagator> propagators() {
    return propagators;
  }

  /** Collects entries file by file, then checks that they refer to one another correctly. */
  static final class Builder {

    private final List<Specs.Source> sources = new ArrayList<>();
    private final List<Specs.Sink> sinks = new ArrayList<>();
    private final List<Specs.Sanitizer> sanitizers = new ArrayList<>();
    private final List<Specs.Propagator> propagators = new ArrayList<>();
    private final List<Specs.Rule> rules = new ArrayList<>();

    void source(Specs.Source source) {
      sources.add(source);
    }

    void sink(Specs.Sink sink) {
      sinks.add(sink);
    }

    void sanitizer(Specs.Sanitizer sanitizer) {
      sanitizers.add(sanitizer);
    }

    void propagator(Specs.Propagator propagator) {
      propagators.add(propagator);
    }

    void rule(Specs.Rule rule) {
      rules.add(rule);
    }

    boolean isEmpty() {
      return sources.isEmpty()
          && sinks.isEmpty()
          && sanitizers.isEmpty()
          && propagators.isEmpty()
          && rules.isEmpty();
    }

    Catalog build() {
      Set<String> kinds = new HashSet<>();
      sinks.forEach(s -> kinds.add(s.kind()));
      Map<String, Specs.Origin> ids = new HashMap<>();
      for (Specs.Rule rule : rules) {
        if (!kinds.contains(rule.sink())) {
          throw new CatalogException(
              rule.origin()
                  + ": rule '"
                  + rule.name()
                  + "' names sink kind '"
                  + rule.sink()
                  + "', which no sink declares (known: "
                  + new TreeSet<>(kinds)
                  + ")");
        }
        for (Language language : rule.languages()) {
          Specs.Origin earlier = ids.putIfAbsent(rule.id(language) + "/" + language, rule.origin());
          if (earlier != null) {
            throw new CatalogException(
                rule.origin()
                    + ": rule '"
                    + rule.id(language)
                    + "' is already declared at "
                    + earlier);
          }
        }
      }
      for (Specs.Sanitizer sanitizer : sanitizers) {
        for (String kind : sanitizer.cleans()) {
          if (!kind.equals(Specs.ALL) && !kinds.contains(kind)) {
            throw new CatalogException(
                sanitizer.origin()
                    + ": '"
                    + kind
                    + "' is not a sink kind (known: "
                    + new TreeSet<>(kinds)
                    + ", or all)");
          }
        }
      }
      return new Catalog(this);
    }
  }
}
