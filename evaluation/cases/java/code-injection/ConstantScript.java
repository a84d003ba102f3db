package eval.code;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;

public class ConstantScript {
  private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");

  public Object total(HttpServletRequest request) throws ScriptException {
    engine.put("qty", Integer.parseInt(request.getParameter("qty")));
    return engine.eval("qty * 4.5");
  }
}
