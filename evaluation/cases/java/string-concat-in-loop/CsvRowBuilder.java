package eval.concat;

import java.util.List;

public class CsvRowBuilder {
  public String row(List<String> cells) {
    String line = "";
    for (String cell : cells) {
      line += cell + ";"; // expect: string-concat-in-loop
    }
    return line;
  }
}
