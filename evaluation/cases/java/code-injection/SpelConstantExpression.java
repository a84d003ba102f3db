package eval.code;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpelConstantExpression {
  private static final Expression GROSS = new SpelExpressionParser().parseExpression("#net * 1.19");

  @GetMapping("/gross")
  public Object gross(@RequestParam String net) {
    SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
    ctx.setVariable("net", Double.parseDouble(net));
    return GROSS.getValue(ctx);
  }
}
