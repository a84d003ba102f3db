package com.acme.storefront.admin;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
class AdminController {

  private static final Map<String, String> HELP_PAGES =
      Map.of("orders", "/WEB-INF/help/orders.jsp", "catalog", "/WEB-INF/help/catalog.jsp");

  private final MaintenanceService maintenance;
  private final PricingRuleService pricing;
  private final JdbcTemplate jdbc;

  AdminController(MaintenanceService maintenance, PricingRuleService pricing, JdbcTemplate jdbc) {
    this.maintenance = maintenance;
    this.pricing = pricing;
    this.jdbc = jdbc;
  }

  @PostMapping("/tools/ping")
  String ping(@RequestParam String host) throws IOException, InterruptedException {
    return maintenance.ping(host);
  }

  @PostMapping("/tools/thumbnail")
  String thumbnail(@RequestParam String image, @RequestParam(defaultValue = "240x240") String size)
      throws IOException, InterruptedException {
    return maintenance.thumbnail(image, size);
  }

  @PostMapping("/tools/webp")
  String webp(@RequestParam String image) throws IOException, InterruptedException {
    return maintenance.toWebp(image);
  }

  @GetMapping("/tools/disk")
  String disk() throws IOException, InterruptedException {
    return maintenance.diskUsage();
  }

  @PostMapping("/pricing/preview")
  BigDecimal previewRule(
      @RequestParam String rule, @RequestParam BigDecimal total, @RequestParam int items) {
    return pricing.preview(rule, total, items);
  }

  @GetMapping("/export")
  void export(
      @RequestParam String query,
      @RequestParam(defaultValue = "com.acme.storefront.admin.CsvExporter") String exporter,
      HttpServletResponse response)
      throws Exception {
    ReportExporter writer =
        (ReportExporter) Class.forName(exporter).getDeclaredConstructor().newInstance(); // vuln: reflection
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT * FROM saved_reports WHERE name = ?", query);
    response.setContentType(writer.contentType());
    writer.write(rows, response.getOutputStream());
  }

  @GetMapping("/page")
  void page(@RequestParam String view, HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    RequestDispatcher dispatcher = request.getRequestDispatcher("/WEB-INF/admin/" + view); // vuln: path-traversal
    dispatcher.forward(request, response);
  }

  @GetMapping("/help")
  void help(@RequestParam String topic, HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String page = HELP_PAGES.getOrDefault(topic, "/WEB-INF/help/index.jsp");
    request.getRequestDispatcher(page).forward(request, response);
  }

  @GetMapping("/health")
  ResponseEntity<String> health() {
    return ResponseEntity.ok("ok");
  }
}
