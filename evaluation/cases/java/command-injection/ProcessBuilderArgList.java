package eval.cmd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProcessBuilderArgList {
  @PostMapping("/diagnostics/ping")
  public int ping(@RequestParam String host) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add("-c");
    command.add("ping -c 1 " + host);
    ProcessBuilder builder = new ProcessBuilder(command); // expect: command-injection
    return builder.start().waitFor();
  }
}
