package fr.cadre.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A JSON body is at most {@link #MAX_JSON_BYTES}: the largest order Cadre takes (a few hundred
 * lines) is a few dozen kilobytes, and a larger body is refused with 413 before it is read, or as
 * soon as a body sent without a length goes past the limit. Uploaded archives have their own limit.
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

  public static final int MAX_JSON_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return;
    }
    if (request.getLength() > MAX_JSON_BYTES) {
      request.abortWith(tooLarge());
      return;
    }
    request.setEntityStream(new Capped(request.getEntityStream()));
  }

  static Response tooLarge() {
    return Problems.build(
        413,
        "body-size",
        "un corps JSON fait au plus " + MAX_JSON_BYTES + " octets (1 Mio)",
        List.of(),
        Map.of("maxBytes", MAX_JSON_BYTES));
  }

  /** Counts what is read and stops past the limit. */
  private static final class Capped extends FilterInputStream {

    private long read;

    Capped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_JSON_BYTES) {
        throw new WebApplicationException(tooLarge());
      }
    }
  }
}
