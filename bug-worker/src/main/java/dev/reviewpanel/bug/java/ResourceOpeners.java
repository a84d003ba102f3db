package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.List;
import java.util.Locale;
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

  // Receivers whose getConnection() returns a connection someone else owns, by declared type or,
  // when the declaration is out of sight, by name.
  private static final List<String> DEPENDENT_OWNERS =
      List.of("statement", "resultset", "metadata", "holder");
  private static final Set<String> DEPENDENT_ABBREVIATIONS =
      Set.of("ps", "cs", "rs", "st", "stmt", "pstmt", "dbmd", "md");

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
      return FACTORIES.contains(call.getNameAsString()) && !borrowsConnection(call)
          || scope.equals("Files") && FILE_STREAMS.contains(call.getNameAsString());
    }
    return false;
  }

  // statement.getConnection(), metaData.getConnection(), holder.getConnection(): JDBC's dependent
  // objects hand back the connection that produced them, and a holder hands out the one it keeps;
  // the owner closes it, and closing it here would break the owner. DataSource and DriverManager
  // connections are new and the caller's to close.
  private static boolean borrowsConnection(MethodCallExpr call) {
    if (!call.getNameAsString().equals("getConnection") || !call.getArguments().isEmpty()) {
      return false;
    }
    Expression receiver = call.getScope().orElseThrow();
    String evidence = "";
    if (receiver instanceof NameExpr name) {
      evidence =
          JavaNames.of(name)
              .map(JavaDeclaration::typeName)
              .filter(type -> !type.isEmpty() && !type.equals("var"))
              .orElse(name.getNameAsString());
    } else if (receiver instanceof MethodCallExpr getter) {
      evidence = getter.getNameAsString();
    } else if (receiver instanceof FieldAccessExpr field) {
      evidence = field.getNameAsString();
    }
    String owner = evidence.toLowerCase(Locale.ROOT);
    return DEPENDENT_ABBREVIATIONS.contains(owner)
        || DEPENDENT_OWNERS.stream().anyMatch(owner::endsWith);
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
