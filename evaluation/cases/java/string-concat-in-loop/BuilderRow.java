package eval.concat;

import java.util.List;

public class BuilderRow {
  public String row(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      line.append(cell).append(';');
    }
    return line.toString();
  }
}
