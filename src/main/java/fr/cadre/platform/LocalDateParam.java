package fr.cadre.platform;

import fr.cadre.kernel.DomainException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates in query parameters ({@code ?from=2022-01-01}); a bad one is a 400, not a 404. */
@Provider
public class LocalDateParam implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    if (raw != LocalDate.class) {
      return null;
    }
    return (ParamConverter<T>)
        new ParamConverter<LocalDate>() {
          @Override
          public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
              return null;
            }
            try {
              return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
              throw DomainException.invalid(
                  "date", "date", "date invalide « " + value + " » : attendu AAAA-MM-JJ");
            }
          }

          @Override
          public String toString(LocalDate value) {
            return value.toString();
          }
        };
  }
}
