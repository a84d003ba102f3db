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

  // Receivers whose getConnection() makes a new connection, by declared type or, when the
  // declaration is out of sight, by name: a data source, the driver manager, a pool or a factory.
  private static final List<String> CONNECTION_SOURCES =
      List.of("datasource", "driver", "pool", "factory", "connectionprovider", "connectionsource");
  private static final Set<String> SOURCE_ABBREVIATIONS = Set.of("ds", "db", "database");

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
              && (!call.getNameAsString().equals("getConnection") || opensConnection(call))
          || scope.equals("Files") && FILE_STREAMS.contains(call.getNameAsString());
    }
    return false;
  }

  // A source's getConnection() makes a connection the caller must close: dataSource's,
  // DriverManager's (it takes the URL), a pool's. Everything else hands out one it keeps:
  // statement.getConnection(), metaData's and a holder's return the connection that produced them,
  // and an HTTP exchange's or a channel's is the transport it runs on; the owner closes it, and
  // closing it here would break the owner.
  private static boolean opensConnection(MethodCallExpr call) {
    if (!call.getArguments().isEmpty()) {
      return true; // DriverManager.getConnection(url, user, password), a pool's with a timeout
    }
    Expression receiver = call.getScope().orElseThrow();
    String evidence = "";
    if (receiver instanceof NameExpr name) {
      evidence =
          JavaNames.of(name)
              .map(JavaDeclaration::typeName)
              .filter(type -> !type.isEmpty() && !type.equals("var"))
              .map(type -> type + " " + name.getNameAsString())
              .orElse(name.getNameAsString());
    } else if (receiver instanceof MethodCallExpr getter) {
      evidence = getter.getNameAsString();
    } else if (receiver instanceof FieldAccessExpr field) {
      evidence = field.getNameAsString();
    }
    String owner = evidence.toLowerCase(Locale.ROOT);
    return SOURCE_ABBREVIATIONS.contains(owner)
        || CONNECTION_SOURCES.stream().anyMatch(owner::contains);
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
