package com.acme.storefront.admin;

import com.acme.storefront.StorefrontProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

@Service
class MaintenanceService {

  private final Path uploads;

  MaintenanceService(StorefrontProperties props) {
    this.uploads = Path.of(props.uploadsDir());
  }

  /** Reachability check of a payment or shipping endpoint from the admin console. */
  String ping(String host) throws IOException, InterruptedException {
    Process process = Runtime.getRuntime().exec("ping -c 3 " + host); // vuln: command-injection
    return collect(process);
  }

  /** Rebuilds the thumbnail of an uploaded product image. */
  String thumbnail(String imageName, String size) throws IOException, InterruptedException {
    String source = uploads.resolve("images").toString() + "/" + imageName;
    String target = uploads.resolve("thumbs").toString() + "/" + imageName;
    String command = String.format("convert '%s' -resize %s '%s'", source, size, target);
    Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // vuln: command-injection
    return collect(process);
  }

  /** Converts an upload to WebP under a generated name; arguments are passed as a list. */
  String toWebp(String imageName) throws IOException, InterruptedException {
    Path source = uploads.resolve("images").resolve(Path.of(imageName).getFileName());
    Path target = uploads.resolve("webp").resolve(UUID.randomUUID() + ".webp");
    Process process =
        new ProcessBuilder(List.of("cwebp", "-q", "80", source.toString(), "-o", target.toString()))
            .redirectErrorStream(true)
            .start();
    collect(process);
    return target.getFileName().toString();
  }

  String diskUsage() throws IOException, InterruptedException {
    return collect(new ProcessBuilder("df", "-h", uploads.toString()).start());
  }

  private static String collect(Process process) throws IOException, InterruptedException {
    try (InputStream out = process.getInputStream()) {
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      return text;
    }
  }
}
