package fr.cadre.directory.boundary;

import fr.cadre.directory.boundary.DirectoryViews.MemberInput;
import fr.cadre.directory.boundary.DirectoryViews.MemberView;
import fr.cadre.directory.control.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One member of a consortium. */
@Path("members/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject Directory directory;

  @GET
  public MemberView read(@PathParam("id") long id) {
    return MemberView.of(directory.member(id));
  }

  @PUT
  public MemberView update(@PathParam("id") long id, @NotNull @Valid MemberInput input) {
    return MemberView.of(directory.reviseMember(id, input.details()));
  }

  /** Members are referred to by sites and vouchers: deleting one deactivates it. */
  @DELETE
  public MemberView deactivate(@PathParam("id") long id) {
    return MemberView.of(directory.deactivateMember(id));
  }
}
