package fr.cadre.platform;

import fr.cadre.kernel.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input refused by its constraints becomes the same problem document as the domain's refusals: 400,
 * each violation with its field as a JSON path ({@code lines[0].quantity}), the constraint as its
 * rule and the French message.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Violation> violations = violations(e.getConstraintViolations());
    String detail =
        violations.size() == 1
            ? violations.get(0).field() + " : " + violations.get(0).message()
            : violations.size() + " champs invalides";
    String rule = violations.size() == 1 ? violations.get(0).rule() : "validation";
    return Problems.build(400, rule, detail, violations, Map.of());
  }

  /** Sorted by field, so that the same input always gets the same document. */
  public static List<Violation> violations(Set<? extends ConstraintViolation<?>> found) {
    return found.stream()
        .map(v -> new Violation(field(v), rule(v), message(v)))
        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
        .toList();
  }

  /**
   * The field's path: in the JSON body, the resource method and its parameter are left out and
   * indexes and map keys go in brackets; a query parameter or a header is named as the request
   * names it. A constraint on the body itself (it is missing) is {@code body}.
   */
  static String field(ConstraintViolation<?> violation) {
    String parameter = requestName(violation);
    if (parameter != null) {
      return parameter;
    }
    String path = path(violation.getPropertyPath());
    Object bean = violation.getLeafBean();
    if (bean != null && !path.contains(".") && !path.contains("[")) {
      String asRequested = requestName(bean.getClass(), path);
      if (asRequested != null) {
        return asRequested;
      }
    }
    return path;
  }

  private static String message(ConstraintViolation<?> violation) {
    return field(violation).equals("body")
        ? "corps de requête JSON manquant"
        : violation.getMessage();
  }

  /**
   * The name of the query parameter or header a resource method's parameter is read from, when the
   * violation is on that parameter itself. Looked for up the class hierarchy: the root bean may be
   * the container's subclass, whose overriding methods carry no annotations.
   */
  private static String requestName(ConstraintViolation<?> violation) {
    Path.MethodNode method = null;
    Path.ParameterNode parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD -> method = node.as(Path.MethodNode.class);
        case PARAMETER -> parameter = node.as(Path.ParameterNode.class);
        default -> {
          return null;
        }
      }
    }
    if (method == null || parameter == null || violation.getRootBeanClass() == null) {
      return null;
    }
    Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> c = violation.getRootBeanClass(); c != null; c = c.getSuperclass()) {
      try {
        for (java.lang.annotation.Annotation a :
            c.getDeclaredMethod(method.getName(), types)
                .getParameterAnnotations()[parameter.getParameterIndex()]) {
          if (a instanceof jakarta.ws.rs.QueryParam query) {
            return query.value();
          }
          if (a instanceof jakarta.ws.rs.HeaderParam header) {
            return header.value();
          }
        }
      } catch (NoSuchMethodException notHere) {
        // declared higher up
      }
    }
    return null;
  }

  /** The name of the query parameter or header a bean parameter's field is read from. */
  private static String requestName(Class<?> type, String fieldName) {
    try {
      java.lang.reflect.Field f = type.getDeclaredField(fieldName);
      jakarta.ws.rs.QueryParam query = f.getAnnotation(jakarta.ws.rs.QueryParam.class);
      if (query != null) {
        return query.value();
      }
      jakarta.ws.rs.HeaderParam header = f.getAnnotation(jakarta.ws.rs.HeaderParam.class);
      return header == null ? null : header.value();
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  static String path(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
          continue;
        }
        default -> {}
      }
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        field.append(']');
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  /**
   * The constraint's name: {@code required} for a missing value, else {@code size}, {@code text}…
   */
  static String rule(ConstraintViolation<?> violation) {
    String name =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    if (name.equals("NotNull") || name.equals("NotBlank") || name.equals("NotEmpty")) {
      return "required";
    }
    return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
