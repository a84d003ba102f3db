package eval.code;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;

public class ScriptEngineConstantBindings {
  private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");

  public Object price(HttpServletRequest request) throws ScriptException {
    Bindings bindings = engine.createBindings();
    bindings.put("qty", Integer.parseInt(request.getParameter("qty")));
    bindings.put("note", request.getParameter("note"));
    return engine.eval("qty * 4.5", bindings);
  }
}
