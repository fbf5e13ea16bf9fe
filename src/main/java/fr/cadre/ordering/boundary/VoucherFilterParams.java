package fr.cadre.ordering.boundary;

import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The query parameters that select vouchers, shared by the list and the PDF archive. */
public class VoucherFilterParams {

  @QueryParam("member")
  Long member;

  @QueryParam("lot")
  Long lot;

  @QueryParam("site")
  Long site;

  @QueryParam("holder")
  Long holder;

  @QueryParam("status")
  VoucherStatus status;

  @QueryParam("period")
  Integer period;

  @QueryParam("from")
  LocalDate from;

  @QueryParam("to")
  LocalDate to;

  public VoucherSearch.Filter filter() {
    return new VoucherSearch.Filter(member, lot, site, holder, status, period, from, to);
  }
}
