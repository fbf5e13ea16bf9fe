package fr.cadre.importing.boundary;

import fr.cadre.importing.control.UploadRefused;
import fr.cadre.kernel.Violation;
import fr.cadre.platform.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A refused upload is a problem document with its own status (400 or 413). */
@Provider
public class UploadRefusedMapper implements ExceptionMapper<UploadRefused> {

  @Override
  public Response toResponse(UploadRefused e) {
    return Problems.build(
        e.status(),
        e.rule(),
        e.getMessage(),
        List.of(new Violation(e.field(), e.rule(), e.getMessage())),
        Map.of());
  }
}
