package fr.cadre.platform;

import fr.cadre.kernel.DomainException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters read as strictly as bodies: a value that is not a date, a whole number, true or
 * false, or one of an enumeration's names is a 400 naming the parameter and what it accepts. (Left
 * to Jakarta REST, such a value is a 404 Not Found, as if the path did not exist.) Path parameters
 * keep the standard behaviour: {@code /api/lots/abc} names no lot, and is not found.
 */
@Provider
public class QueryParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    String name = queryParamName(annotations);
    if (name == null) {
      return null;
    }
    if (raw == LocalDate.class) {
      return (ParamConverter<T>)
          strict(name, LocalDate::parse, "une date AAAA-MM-JJ, par exemple 2026-12-01", null);
    }
    if (raw == Long.class || raw == long.class) {
      return (ParamConverter<T>)
          strict(name, Long::valueOf, "un nombre entier", raw == long.class ? 0L : null);
    }
    if (raw == Integer.class || raw == int.class) {
      return (ParamConverter<T>)
          strict(name, Integer::valueOf, "un nombre entier", raw == int.class ? 0 : null);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return (ParamConverter<T>)
          strict(name, QueryParams::bool, "true ou false", raw == boolean.class ? false : null);
    }
    if (raw.isEnum()) {
      Class<? extends Enum> type = (Class<? extends Enum>) raw;
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      return (ParamConverter<T>)
          strict(name, value -> Enum.valueOf(type, value), "l'une des valeurs " + names, null);
    }
    return null;
  }

  private static Boolean bool(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static String queryParamName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
    }
    return null;
  }

  /** The refused value as the message quotes it: not more than a few words of it. */
  private static String shown(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }

  /** {@code absent}: what a parameter left out means (a primitive cannot be null). */
  private static <T> ParamConverter<T> strict(
      String name, Function<String, T> parse, String accepted, T absent) {
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null || value.isBlank()) {
          return absent;
        }
        try {
          return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
          // Wrapped so that Jakarta REST passes it on as it is, rather than logging it as a
          // failed conversion and answering 404.
          throw new WebApplicationException(
              DomainException.invalid(
                  name, "query-parameter", "« " + shown(value) + " » refusé : attendu " + accepted),
              400);
        }
      }

      @Override
      public String toString(T value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
      }
    };
  }
}
