package eval.secret;

import java.util.Properties;

public class AwsClientKey {
  public Properties config() {
    Properties p = new Properties();
    p.setProperty("region", "eu-west-1");
    p.setProperty("accessKeyId", "AKIAQ7X3M2PLW9RT4KZE"); // expect: hardcoded-secret
    return p;
  }
}
