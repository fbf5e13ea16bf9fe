package fr.cadre.platform;

import fr.cadre.kernel.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request becomes a problem document with the rule it broke. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    return Problems.of(e);
  }
}
