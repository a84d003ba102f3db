package com.acme.storefront.admin;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

public interface ReportExporter {

  String contentType();

  void write(List<Map<String, Object>> rows, OutputStream out) throws java.io.IOException;
}
