package eval.cmd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringArchiveCommand {
  @PostMapping("/archive")
  public int archive(@RequestParam String folder) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>();
    args.add("bash");
    args.add("-c");
    args.add("tar czf /tmp/out.tgz " + folder);
    Process p = new ProcessBuilder(args).start(); // expect: command-injection
    return p.waitFor();
  }
}
