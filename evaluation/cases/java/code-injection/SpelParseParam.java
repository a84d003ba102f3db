package eval.code;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpelParseParam {
  private final ExpressionParser parser = new SpelExpressionParser();

  @GetMapping("/calc")
  public Object calc(@RequestParam String formula) {
    return parser.parseExpression(formula).getValue(); // expect: code-injection
  }
}
