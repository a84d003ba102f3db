package eval.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringPathVariableRead {
  @GetMapping("/templates/{name}")
  public String template(@PathVariable String name) throws IOException {
    Path target = Paths.get("/opt/app/templates", name); // expect: path-traversal
    return Files.readString(target);
  }
}
