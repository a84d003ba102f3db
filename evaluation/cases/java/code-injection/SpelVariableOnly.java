package eval.code;

import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpelVariableOnly {
  private final ExpressionParser parser = new SpelExpressionParser();

  @GetMapping("/discount")
  public Object discount(@RequestParam String amount) {
    StandardEvaluationContext context = new StandardEvaluationContext();
    context.setVariable("amount", amount);
    Expression expression = parser.parseExpression("#amount.length() > 3 ? 10 : 0");
    return expression.getValue(context);
  }
}
