package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Set;

/** Expressions that open an OS or database handle which someone must close. */
final class ResourceOpeners {

  private static final Set<String> RESOURCE_TYPES =
      Set.of(
          "FileInputStream",
          "FileOutputStream",
          "FileReader",
          "FileWriter",
          "RandomAccessFile",
          "Socket",
          "ServerSocket",
          "ZipFile",
          "JarFile",
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.FileReader",
          "java.io.FileWriter",
          "java.net.Socket");

  // Wrappers own a resource only when they wrap one (new BufferedReader(new FileReader(f))) or
  // open a file themselves (new Scanner(new File(f)), new PrintWriter(Path.of(f).toFile())).
  private static final Set<String> WRAPPER_TYPES =
      Set.of(
          "BufferedReader",
          "BufferedWriter",
          "BufferedInputStream",
          "BufferedOutputStream",
          "InputStreamReader",
          "OutputStreamWriter",
          "DataInputStream",
          "DataOutputStream",
          "ObjectInputStream",
          "ObjectOutputStream",
          "PrintWriter",
          "PrintStream",
          "Scanner",
          "ZipInputStream",
          "GZIPInputStream",
          "GZIPOutputStream");

  private static final Set<String> FACTORIES =
      Set.of(
          "getConnection",
          "createStatement",
          "prepareStatement",
          "prepareCall",
          "newInputStream",
          "newOutputStream",
          "newBufferedReader",
          "newBufferedWriter");

  // Files methods whose Stream holds an open file or directory handle.
  private static final Set<String> FILE_STREAMS =
      Set.of("lines", "list", "walk", "find", "newDirectoryStream");

  private ResourceOpeners() {}

  static boolean opens(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return opens(enclosed.getInner());
    }
    if (expression instanceof ObjectCreationExpr creation) {
      String type = creation.getType().getNameWithScope();
      return RESOURCE_TYPES.contains(type)
          || WRAPPER_TYPES.contains(type)
              && creation.getArguments().stream()
                  .anyMatch(a -> opens(a) || names(a, "File") || isPath(a));
    }
    if (expression instanceof MethodCallExpr call && call.getScope().isPresent()) {
      String scope = call.getScope().get().toString();
      return FACTORIES.contains(call.getNameAsString())
          || scope.equals("Files") && FILE_STREAMS.contains(call.getNameAsString());
    }
    return false;
  }

  private static boolean names(Expression expression, String type) {
    return expression instanceof ObjectCreationExpr creation
        && creation.getType().getNameAsString().equals(type);
  }

  private static boolean isPath(Expression expression) {
    return expression instanceof MethodCallExpr call
        && (call.getNameAsString().equals("toFile")
            || call.getScope().map(s -> s.toString().matches("Path|Paths")).orElse(false));
  }
}
