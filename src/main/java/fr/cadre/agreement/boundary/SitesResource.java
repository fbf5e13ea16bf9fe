package fr.cadre.agreement.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.SiteViews.SiteInput;
import fr.cadre.agreement.boundary.SiteViews.SiteView;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.control.Directory;
import fr.cadre.platform.OnCreate;
import fr.cadre.platform.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Sites (residences, co-ownerships) where services are delivered. */
@Path("sites")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

  @Inject Sites sites;
  @Inject Agreements agreements;
  @Inject Directory directory;

  @GET
  @Operation(summary = "Liste les sites, par membre et par lot, page par page")
  public List<SiteView> list(
      @QueryParam("member") Long member,
      // Sites a lot serves; a site served under several agreements is listed once.
      @QueryParam("lot") Long lot,
      @BeanParam @Valid PageParams page) {
    return sites.find(member, lot, page.page(), page.size(100)).stream().map(SiteView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Crée un site")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "site créé"),
    @APIResponse(responseCode = "409", description = "code de site déjà pris (duplicate-site)")
  })
  public Response create(@NotNull @Valid @ConvertGroup(to = OnCreate.class) SiteInput input) {
    Site site =
        sites.create(
            input.code(),
            input.placement(directory::member),
            input.terms(agreements::lot, directory::operator));
    return Response.created(UriBuilder.fromPath("/api/sites/{id}").build(site.id()))
        .entity(SiteView.of(site))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lit un site")
  public SiteView read(@PathParam("id") long id) {
    return SiteView.of(sites.visible(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "Modifie un site")
  public SiteView update(@PathParam("id") long id, @NotNull @Valid SiteInput input) {
    return SiteView.of(
        sites.revise(
            id,
            input.placement(directory::member),
            input.lotId() == null
                ? Optional.empty()
                : Optional.of(input.terms(agreements::lot, directory::operator))));
  }
}
