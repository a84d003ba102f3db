package eval.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PathsGetFilesRead {
  private final String root = "/srv/reports";

  @GetMapping("/reports/raw")
  public byte[] raw(@RequestParam("name") String name) throws IOException {
    return Files.readAllBytes(Paths.get(root, name)); // expect: path-traversal
  }
}
