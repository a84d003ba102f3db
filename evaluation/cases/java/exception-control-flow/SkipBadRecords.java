package eval.exceptions;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

public class SkipBadRecords {
  private static final Logger LOG = Logger.getLogger("import");

  public List<Integer> quantities(List<String> rows) {
    List<Integer> out = new ArrayList<>();
    for (String row : rows) {
      try {
        out.add(Integer.parseInt(row.trim()));
      } catch (NumberFormatException e) {
        LOG.warning("skipping bad row " + row);
      }
    }
    return out;
  }
}
