package fr.cadre.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds to the OpenAPI document the query and header parameters a resource method reads through
 * {@code @BeanParam} ({@link PageParams}, the voucher filters, the {@code Idempotency-Key}), which
 * Payara leaves out: each with its type, its bounds, its default and an enumeration's values, read
 * from the bean's fields so that they stay the one statement of them. Called by {@link
 * OpenApiDocument} before the error statuses, which depend on the parameters.
 */
final class BeanParamsInOpenApi {

  private BeanParamsInOpenApi() {}

  static void describe(OpenAPI openAPI, List<Class<?>> resources) {
    for (Class<?> resource : resources) {
      for (Method method : resource.getMethods()) {
        PathItem.HttpMethod verb = verb(method);
        if (verb == null) {
          continue;
        }
        PathItem item = openAPI.getPaths().getPathItem(path(resource, method));
        Operation operation = item == null ? null : item.getOperations().get(verb);
        if (operation == null) {
          continue;
        }
        for (java.lang.reflect.Parameter p : method.getParameters()) {
          if (p.isAnnotationPresent(BeanParam.class)) {
            for (Field field : p.getType().getDeclaredFields()) {
              Parameter parameter = parameter(field);
              if (parameter != null && !declared(operation, parameter)) {
                operation.addParameter(parameter);
              }
            }
          }
        }
      }
    }
  }

  /** {@code /api/} and the class's and the method's {@code @Path}, as the document writes it. */
  static String path(Class<?> resource, Method method) {
    StringBuilder path =
        new StringBuilder("/api/").append(resource.getAnnotation(Path.class).value());
    Path own = method.getAnnotation(Path.class);
    if (own != null) {
      path.append('/').append(own.value());
    }
    return path.toString().replaceAll("/+", "/").replaceAll("/$", "");
  }

  static PathItem.HttpMethod verb(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return PathItem.HttpMethod.valueOf(http.value());
      }
    }
    return null;
  }

  private static boolean declared(Operation operation, Parameter parameter) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getName().equals(parameter.getName()) && p.getIn() == parameter.getIn());
  }

  private static Parameter parameter(Field field) {
    QueryParam query = field.getAnnotation(QueryParam.class);
    HeaderParam header = field.getAnnotation(HeaderParam.class);
    if (query == null && header == null) {
      return null;
    }
    Schema schema = schema(field.getType());
    Min min = field.getAnnotation(Min.class);
    if (min != null) {
      schema.setMinimum(BigDecimal.valueOf(min.value()));
    }
    Max max = field.getAnnotation(Max.class);
    if (max != null) {
      schema.setMaximum(BigDecimal.valueOf(max.value()));
    }
    Size size = field.getAnnotation(Size.class);
    if (size != null && field.getType() == String.class) {
      schema.setMaxLength(size.max());
    }
    DefaultValue byDefault = field.getAnnotation(DefaultValue.class);
    if (byDefault != null) {
      schema.setDefaultValue(
          schema.getType() == Schema.SchemaType.INTEGER
              ? Integer.valueOf(byDefault.value())
              : byDefault.value());
    }
    return OASFactory.createParameter()
        .name(query != null ? query.value() : header.value())
        .in(query != null ? Parameter.In.QUERY : Parameter.In.HEADER)
        .required(false)
        .schema(schema);
  }

  private static Schema schema(Class<?> type) {
    Schema schema = OASFactory.createSchema();
    if (type == Long.class || type == long.class) {
      return schema.type(Schema.SchemaType.INTEGER).format("int64");
    }
    if (type == Integer.class || type == int.class) {
      return schema.type(Schema.SchemaType.INTEGER).format("int32");
    }
    if (type == Boolean.class || type == boolean.class) {
      return schema.type(Schema.SchemaType.BOOLEAN);
    }
    if (type == LocalDate.class) {
      return schema.type(Schema.SchemaType.STRING).format("date");
    }
    if (type.isEnum()) {
      return schema
          .type(Schema.SchemaType.STRING)
          .enumeration(
              Arrays.stream(type.getEnumConstants())
                  .map(c -> (Object) ((Enum<?>) c).name())
                  .toList());
    }
    return schema.type(Schema.SchemaType.STRING);
  }
}
