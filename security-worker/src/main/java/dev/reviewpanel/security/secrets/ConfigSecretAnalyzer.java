package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Hard-coded credentials (CWE-798) in {@code .properties} and YAML configuration: a password,
 * secret or key set to a literal instead of a {@code ${placeholder}}. The settings Spring signs or
 * connects with ({@code spring.datasource.password}, {@code jwt.secret}, {@code *.client-secret})
 * are reported whatever their value.
 */
@Component
public class ConfigSecretAnalyzer extends NamedAnalyzer {

  static final Rule PROPERTIES_RULE = rule("properties.hardcoded-secret");
  static final Rule YAML_RULE = rule("yaml.hardcoded-secret");

  // Key endings (lower case, '_' as '-') Spring and common libraries read as credentials.
  private static final List<String> FRAMEWORK_KEYS =
      List.of(
          "datasource.password",
          "security.user.password",
          "mail.password",
          "redis.password",
          "rabbitmq.password",
          "ldap.password",
          "client-secret",
          "key-store-password",
          "trust-store-password",
          "jwt.secret",
          "jwt.secret-key",
          "jwt.signing-key");

  public ConfigSecretAnalyzer() {
    super("config-hardcoded-secret", Set.of(Language.PROPERTIES, Language.YAML));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    Rule rule = file.language() == Language.PROPERTIES ? PROPERTIES_RULE : YAML_RULE;
    for (ConfigSettings.Setting setting : ConfigSettings.of(file)) {
      file.budget().checkpoint();
      evidence(setting)
          .ifPresent(e -> e.report(rule, file, findings, setting.line(), setting.line()));
    }
  }

  private static Optional<SecretEvidence> evidence(ConfigSettings.Setting setting) {
    String key = setting.key().toLowerCase(Locale.ROOT).replace('_', '-');
    boolean framework =
        FRAMEWORK_KEYS.stream().anyMatch(k -> key.equals(k) || key.endsWith("." + k));
    return framework
        ? SecretEvidence.framework(
            "the setting '" + setting.key() + "'",
            setting.value(),
            "anyone with the repository has the credential")
        : SecretEvidence.setting(setting.key(), setting.value());
  }

  private static Rule rule(String id) {
    return new Rule(
        id,
        "secrets",
        "CWE-798",
        Severity.MEDIUM,
        Confidence.MEDIUM,
        "Hard-coded credential",
        "Reference the value from the environment or a secret store (${DB_PASSWORD}), rotate the"
            + " exposed one, and remove it from version control history.");
  }
}
