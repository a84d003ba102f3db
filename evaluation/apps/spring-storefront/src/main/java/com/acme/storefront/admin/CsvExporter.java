package com.acme.storefront.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

public class CsvExporter implements ReportExporter {

  @Override
  public String contentType() {
    return "text/csv";
  }

  @Override
  public void write(List<Map<String, Object>> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (!rows.isEmpty()) {
      writer.write(String.join(",", rows.get(0).keySet()));
      writer.write('\n');
    }
    for (Map<String, Object> row : rows) {
      writer.write(String.join(",", row.values().stream().map(String::valueOf).toList()));
      writer.write('\n');
    }
    writer.flush();
  }
}
