package dev.reviewpanel.bug.impact;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is lost when a call's failure goes unnoticed, judged by the name of the method called, in
 * every language alike: a write ({@code save}, {@code writeFile}, {@code executeUpdate}, {@code
 * send}), a step of a transaction ({@code commit}, {@code rollback}) or a security check ({@code
 * verify}, {@code checkPermission}). Anything else (a feature probe, optional parsing, reflection,
 * cleanup such as {@code close} or {@code delete}) has no impact the name proves.
 */
public final class FailureImpact {

  // The first word of the method name (writeFileSync -> write, save_all -> save).
  private static final Map<String, String> FIRST_WORDS =
      Map.ofEntries(
          Map.entry("write", "a write"),
          Map.entry("save", "a write"),
          Map.entry("store", "a write"),
          Map.entry("persist", "a write"),
          Map.entry("insert", "a write"),
          Map.entry("upsert", "a write"),
          Map.entry("mark", "a write"),
          Map.entry("send", "a write"),
          Map.entry("publish", "a write"),
          Map.entry("enqueue", "a write"),
          Map.entry("charge", "a write"),
          Map.entry("refund", "a write"),
          Map.entry("transfer", "a write"),
          Map.entry("commit", "a transaction"),
          Map.entry("rollback", "a transaction"),
          Map.entry("transaction", "a transaction"),
          Map.entry("verify", "a security check"),
          Map.entry("authenticate", "a security check"),
          Map.entry("authorize", "a security check"),
          Map.entry("login", "a security check"));
  // Whole names whose first word alone says nothing (execute may read, check may be anything).
  private static final Map<String, String> WHOLE_NAMES =
      Map.ofEntries(
          Map.entry("executeupdate", "a write"),
          Map.entry("executelargeupdate", "a write"),
          Map.entry("executebatch", "a write"),
          Map.entry("executemany", "a write"),
          Map.entry("updateone", "a write"),
          Map.entry("update_one", "a write"),
          Map.entry("updatemany", "a write"),
          Map.entry("update_many", "a write"),
          Map.entry("begintransaction", "a transaction"),
          Map.entry("checkpermission", "a security check"),
          Map.entry("checkaccess", "a security check"),
          Map.entry("checkservertrusted", "a security check"),
          Map.entry("checkclienttrusted", "a security check"));
  // self.stdout.write(...), console.log, logger.info: a message, not data anyone relies on
  private static final Pattern CONSOLE =
      Pattern.compile("(?i)(^|\\.)(stdout|stderr|console|log|logger|logging)\\.");
  // Names whose first word misleads: a stream's markSupported() asks, it writes nothing.
  private static final Set<String> QUESTIONS = Set.of("marksupported");
  private static final Pattern WORD_END = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|_");

  private FailureImpact() {}

  /**
   * What a failure of a call to {@code callee} loses, e.g. {@code "a write"}; empty when the name
   * proves nothing. {@code callee} is the callee as written ({@code fs.promises.writeFile}, {@code
   * self.session.commit}); only the method name after the last dot counts.
   */
  public static Optional<String> of(String callee) {
    if (CONSOLE.matcher(callee).find()) {
      return Optional.empty();
    }
    String name = callee.substring(callee.lastIndexOf('.') + 1).strip();
    while (name.startsWith("_")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (QUESTIONS.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String whole = WHOLE_NAMES.get(name.toLowerCase(Locale.ROOT));
    if (whole != null) {
      return Optional.of(whole);
    }
    String first = WORD_END.split(name, 2)[0].toLowerCase(Locale.ROOT);
    return Optional.ofNullable(FIRST_WORDS.get(first));
  }

  // conn.execute("UPDATE items SET ..."): a statement that changes data, whatever runs it.
  private static final Pattern MODIFYING_SQL =
      Pattern.compile(
          "(?is)^[rbfu]*['\"`]{1,3}\\s*(insert|update|delete|merge|upsert|replace)\\s.*");

  /**
   * What a failure of {@code callee} loses when its first argument is {@code firstArgument} as
   * written: by the name, or for a call handed a literal statement that changes data ({@code
   * cursor.execute("UPDATE ...")}), a write.
   */
  public static Optional<String> of(String callee, String firstArgument) {
    return of(callee)
        .or(
            () ->
                MODIFYING_SQL.matcher(firstArgument.strip()).matches()
                    ? Optional.of("a write")
                    : Optional.empty());
  }

  /** The first of {@code callees} whose failure has an impact, with that impact. */
  public static Optional<Lost> firstOf(Iterable<String> callees) {
    for (String callee : callees) {
      Optional<String> impact = of(callee);
      if (impact.isPresent()) {
        return Optional.of(new Lost(callee, impact.get()));
      }
    }
    return Optional.empty();
  }

  /** A call whose failure would go unnoticed, and what that loses ({@code "a write"}). */
  public record Lost(String callee, String impact) {

    /** For a message: {@code "a write (repository.save())"}. */
    public String describe() {
      return impact + " (" + callee + "())";
    }
  }
}
