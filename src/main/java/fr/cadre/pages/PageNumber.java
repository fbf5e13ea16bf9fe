package fr.cadre.pages;

import fr.cadre.platform.PageParams;

/**
 * The page a list's query string asks for, counted from 0. The pages are lenient where the API
 * refuses (400): none or not a number is the first page, past the last page is an empty page, and
 * beyond {@link PageParams#MAX_PAGE} it is that page, whose first row's offset still fits an int.
 */
public final class PageNumber {

  private PageNumber() {}

  public static int of(String typed) {
    try {
      return Math.min(
          PageParams.MAX_PAGE, Math.max(0, Integer.parseInt(typed == null ? "0" : typed.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
