package eval.reflection;

import javax.servlet.http.HttpServletRequest;

public class SwitchMappedClass {
  public Object exporter(HttpServletRequest request) throws ReflectiveOperationException {
    String format = request.getParameter("format");
    String className;
    switch (format) {
      case "csv":
        className = "com.example.export.CsvExporter";
        break;
      case "xlsx":
        className = "com.example.export.XlsxExporter";
        break;
      default:
        className = "com.example.export.JsonExporter";
    }
    return Class.forName(className).getDeclaredConstructor().newInstance();
  }
}
