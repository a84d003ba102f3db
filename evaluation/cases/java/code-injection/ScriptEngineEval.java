package eval.code;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;

public class ScriptEngineEval {
  private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");

  public Object calc(HttpServletRequest request) throws ScriptException {
    String formula = request.getParameter("formula");
    return engine.eval("var x = 2; " + formula); // expect: code-injection
  }
}
