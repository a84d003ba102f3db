package dev.reviewpanel.local;

import java.util.ArrayList;
import java.util.List;

/** The words of a command line, with {@code --name=value} split like {@code --name value}. */
public final class CommandWords {

  private CommandWords() {}

  public static List<String> split(String[] args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        words.add(arg.substring(0, equals));
        words.add(arg.substring(equals + 1));
      } else {
        words.add(arg);
      }
    }
    return words;
  }

  /** The value after an option, or a usage error naming it. */
  public static String value(List<String> words, int index, String option, String usage) {
    if (index >= words.size()) {
      throw new IllegalArgumentException(option + " needs a value\n" + usage);
    }
    return words.get(index);
  }
}
