package com.acme.storefront.reports;

import com.acme.storefront.StorefrontProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
class ReportController {

  private final Path reportsDir;
  private final SalesReportService sales;

  ReportController(StorefrontProperties props, SalesReportService sales) {
    this.reportsDir = Paths.get(props.reportsDir()).toAbsolutePath().normalize();
    this.sales = sales;
  }

  @GetMapping("/download")
  ResponseEntity<Resource> download(@RequestParam String file) {
    Resource resource = new FileSystemResource(reportsDir + "/" + file); // vuln: path-traversal
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.csv\"")
        .contentType(MediaType.parseMediaType("text/csv"))
        .body(resource);
  }

  @GetMapping("/archive/{name}")
  ResponseEntity<byte[]> archived(@PathVariable String name) throws IOException {
    Path target = reportsDir.resolve(name).normalize();
    if (!target.startsWith(reportsDir) || !Files.isRegularFile(target)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Files.readAllBytes(target));
  }

  @GetMapping(value = "/sales", produces = "text/csv")
  String salesCsv(
      @RequestParam String region, @RequestParam LocalDate from, @RequestParam LocalDate to) {
    return sales.csv(region, from, to);
  }
}
