package eval.cmd;

import java.io.IOException;

public class RuntimeExecFromEnv {
  public void runHook() throws IOException {
    String hook = System.getenv("DEPLOY_HOOK");
    String cmd = "/bin/sh -c " + hook;
    Runtime.getRuntime().exec(cmd); // expect: command-injection
  }
}
