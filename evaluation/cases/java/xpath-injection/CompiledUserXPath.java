package eval.xpath;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.w3c.dom.Document;

public class CompiledUserXPath {
  private Document users;

  @GetMapping("/role")
  public String role(@RequestParam String login) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    XPathExpression compiled = xpath.compile(String.format("//user[login='%s']/role", login)); // expect: xpath-injection
    return compiled.evaluate(users);
  }
}
