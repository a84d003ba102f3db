package com.acme.storefront.admin;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Service;

/** Merchandisers write discount rules such as "total > 100 ? total * 0.9 : total". */
@Service
class PricingRuleService {

  private static final Expression FREE_SHIPPING =
      new SpelExpressionParser().parseExpression("#total >= 50");

  private final ExpressionParser parser = new SpelExpressionParser();

  BigDecimal preview(String rule, BigDecimal total, int items) {
    StandardEvaluationContext context = new StandardEvaluationContext();
    context.setVariables(Map.of("total", total, "items", items));
    Object result = parser.parseExpression(rule).getValue(context); // vuln: code-injection
    return new BigDecimal(String.valueOf(result));
  }

  boolean freeShipping(BigDecimal total) {
    StandardEvaluationContext context = new StandardEvaluationContext();
    context.setVariable("total", total);
    return Boolean.TRUE.equals(FREE_SHIPPING.getValue(context, Boolean.class));
  }
}
