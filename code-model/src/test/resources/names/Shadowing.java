package names;

import java.util.Optional;

class Shadowing {
  private String count;

  int localHidesField() {
    int count = 3;
    return count;
  }

  String fieldBeforeLocal() {
    String seen = count;
    long count = 1L;
    return seen + count;
  }

  void parameterHidesField(Optional<String> count) {
    count.get();
  }

  void siblingBlocks(boolean flag) {
    if (flag) {
      double count = 1.0;
      print(count);
    } else {
      char count = 'c';
      print(count);
    }
    print(count);
  }

  int oldSwitch(int kind) {
    switch (kind) {
      case 1:
        String count = "one";
        break;
      default:
        count = "other";
        return count.length();
    }
    return 0;
  }

  int inferred() {
    var count = new StringBuilder();
    var text = "text";
    return count.length() + text.length();
  }

  private static void print(Object value) {}
}
