package names;

class Patterns {
  private String text;

  record Point(int x, int y) {
    int sum() {
      return x + y;
    }
  }

  int thenBranch(Object value) {
    if (value instanceof StringBuilder text) {
      return text.length();
    }
    return text.length();
  }

  boolean andOperand(Object value) {
    return value instanceof Integer text && text > 0;
  }

  boolean orOperand(Object value) {
    return !(value instanceof Long text) || text > 0;
  }

  int afterGuard(Object value) {
    if (!(value instanceof CharSequence text)) {
      return 0;
    }
    return text.length();
  }

  int elseBranch(Object value) {
    if (!(value instanceof StringBuffer text)) {
      return text.length();
    } else {
      return text.length();
    }
  }

  String switchCase(Object value) {
    return switch (value) {
      case Double text when text > 0 -> "positive " + text;
      default -> text;
    };
  }

  int recordPattern(Object value) {
    if (value instanceof Point(int x, var text)) {
      return x + text;
    }
    return 0;
  }
}
