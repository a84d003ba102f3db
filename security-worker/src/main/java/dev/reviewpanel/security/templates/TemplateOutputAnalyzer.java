package dev.reviewpanel.security.templates;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/**
 * Template files: values written into the page without HTML escaping (EJS {@code <%- %>},
 * Handlebars {@code {{{ }}}}, Pug {@code !=}, Jinja2/Django {@code |safe} and {@code autoescape
 * off}, Thymeleaf {@code th:utext}, JSP {@code <%= %>} and {@code ${}}), and {@code ${}}
 * substitutions in MyBatis mapper SQL. Each engine's syntax is data ({@link TemplateEngines}). A
 * write of request data the template reads itself is HIGH; an explicit raw write of a value of
 * unknown origin is MEDIUM with LOW confidence; constants, numbers and escaped values stay quiet.
 */
@Component
public class TemplateOutputAnalyzer implements Analyzer {

  private static final int MAX_SHOWN = 80;

  private final List<TemplateEngine> engines;
  private final Set<Language> languages = EnumSet.noneOf(Language.class);

  public TemplateOutputAnalyzer() {
    this(TemplateEngines.load());
  }

  TemplateOutputAnalyzer(List<TemplateEngine> engines) {
    this.engines = List.copyOf(engines);
    engines.forEach(e -> languages.addAll(e.languages()));
  }

  @Override
  public String name() {
    return "template-output";
  }

  @Override
  public Set<Language> languages() {
    return Set.copyOf(languages);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    for (TemplateEngine engine : engines) {
      if (engine.appliesTo(file.language(), file.content())) {
        file.budget().checkpoint();
        analyze(engine, file, findings);
      }
    }
  }

  private void analyze(TemplateEngine engine, ParsedFile file, Findings findings) {
    if (engine.textTemplate() != null && engine.textTemplate().matcher(file.content()).find()) {
      return; // a text template (an e-mail body): its output is not HTML
    }
    TemplateText text = new TemplateText(engine, file.content());
    Mixins mixins = Mixins.of(engine, text);
    Set<Integer> reported = new HashSet<>();
    for (TemplateEngine.Output output : engine.outputs()) {
      Matcher m = output.pattern().matcher(text.scanned());
      while (m.find()) {
        if ((output.inRawBlock() && !text.inRawBlock(m.start()))
            || mixins.insideDefinition(m.start())
            || reported.contains(m.start())) {
          continue;
        }
        OutputValue value = OutputValue.of(engine, text, m.group("expr"));
        if (report(engine, output.explicit(), value, text.line(m.start()), findings)) {
          reported.add(m.start());
        }
      }
    }
    for (Mixins.Call call : mixins.rawCalls()) {
      OutputValue value = OutputValue.of(engine, text, call.argument());
      report(engine, true, value, text.line(call.offset()), findings);
    }
  }

  private static boolean report(
      TemplateEngine engine, boolean explicit, OutputValue value, int line, Findings findings) {
    String shown = shown(value.expression());
    Rule rule = engine.rule();
    String what =
        engine.finding() != null
            ? String.format(engine.finding(), shown)
            : engine.name() + " writes '" + shown + "' into the page without HTML escaping";
    switch (value.origin()) {
      case REQUEST -> {
        findings.report(
            rule.at(Severity.HIGH, Confidence.HIGH),
            line,
            line,
            what + "; the value is request data, so a crafted link runs script in the page.");
        return true;
      }
      case UNKNOWN -> {
        if (!explicit) {
          return false;
        }
        findings.report(
            rule,
            line,
            line,
            what
                + "; the template does not show where the value comes from: if a user can write"
                + " it, it is injected as is.");
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static String shown(String expression) {
    String flat = expression.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_SHOWN ? flat : flat.substring(0, MAX_SHOWN) + "...";
  }
}
