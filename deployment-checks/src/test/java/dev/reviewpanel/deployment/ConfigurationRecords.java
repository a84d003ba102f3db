package dev.reviewpanel.deployment;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Property names of the {@code @ConfigurationProperties} classes in a package, nested included. */
final class ConfigurationRecords {

  private ConfigurationRecords() {}

  static Stream<String> propertiesIn(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<String> names = new ArrayList<>();
    scanner
        .findCandidateComponents(basePackage)
        .forEach(
            candidate -> {
              Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
              ConfigurationProperties annotation =
                  type.getAnnotation(ConfigurationProperties.class);
              String prefix =
                  annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
              collect(prefix, type, names);
            });
    return names.stream();
  }

  private static void collect(String prefix, Class<?> type, List<String> out) {
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        property(prefix + "." + kebab(component.getName()), component.getGenericType(), out);
      }
    } else {
      for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
        if (descriptor.getWriteMethod() != null) {
          Type generic = descriptor.getWriteMethod().getGenericParameterTypes()[0];
          property(prefix + "." + kebab(descriptor.getName()), generic, out);
        }
      }
    }
  }

  private static void property(String name, Type generic, List<String> out) {
    Class<?> raw = raw(generic);
    if (Map.class.isAssignableFrom(raw)) {
      out.add(name + ".*");
    } else if (Collection.class.isAssignableFrom(raw)) {
      Class<?> element =
          generic instanceof ParameterizedType p
              ? raw(p.getActualTypeArguments()[0])
              : Object.class;
      if (ours(element)) {
        collect(name + "[*]", element, out);
      } else {
        out.add(name);
        out.add(name + "[*]");
      }
    } else if (ours(raw) && !raw.isEnum()) {
      collect(name, raw, out);
    } else {
      out.add(name);
    }
  }

  private static boolean ours(Class<?> type) {
    return type.getName().startsWith("dev.reviewpanel.");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
