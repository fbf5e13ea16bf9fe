package fr.cadre.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} of a list: pages count from 0 and hold 1 to {@link #MAX_SIZE} items. A value
 * outside is refused (400), not quietly corrected, so that a client never reads a page it did not
 * ask for. Used with {@code @BeanParam @Valid}.
 */
public class PageParams {

  public static final int MAX_SIZE = 500;

  /**
   * Far past any list's end, and low enough that its first item's position ({@code page * size})
   * stays a database offset: a larger page would overflow it.
   */
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  int page;

  @QueryParam("size")
  @Min(1)
  @Max(MAX_SIZE)
  Integer size;

  public int page() {
    return page;
  }

  /** The size asked for, or this list's own default. */
  public int size(int byDefault) {
    return size == null ? byDefault : size;
  }
}
