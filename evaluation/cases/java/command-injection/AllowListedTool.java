package eval.cmd;

import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AllowListedTool {
  private static final Map<String, String> TOOLS = Map.of("disk", "df", "memory", "free");

  @GetMapping("/diag")
  public int diag(@RequestParam String tool) throws IOException, InterruptedException {
    String binary = TOOLS.getOrDefault(tool, "uptime");
    return new ProcessBuilder(binary, "-h").start().waitFor();
  }
}
