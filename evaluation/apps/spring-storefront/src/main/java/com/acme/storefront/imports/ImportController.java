package com.acme.storefront.imports;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/admin/import")
class ImportController {

  private final XmlImportService imports;

  ImportController(XmlImportService imports) {
    this.imports = imports;
  }

  @PostMapping("/products")
  ResponseEntity<ImportResult> products(@RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.ok(imports.importProducts(in));
    }
  }

  @PostMapping("/stock")
  ResponseEntity<ImportResult> stock(@RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.ok(imports.importStockLevels(in));
    }
  }

  @PostMapping("/prices")
  ResponseEntity<ImportResult> prices(@RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.ok(imports.importPriceList(in));
    }
  }

  @PostMapping("/categories")
  ResponseEntity<ImportResult> categories(@RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.ok(imports.importCategories(in));
    }
  }
}
