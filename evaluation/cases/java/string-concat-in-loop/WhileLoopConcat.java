package eval.concat;

import java.io.BufferedReader;
import java.io.IOException;

public class WhileLoopConcat {
  public String readAll(BufferedReader reader) throws IOException {
    String text = "";
    String line;
    while ((line = reader.readLine()) != null) {
      text += line + System.lineSeparator(); // expect: string-concat-in-loop
    }
    return text;
  }
}
