package fr.cadre.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every resource lives under {@code /api}; the OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cadre",
            version = "0.1",
            description = "Accords-cadres à bons de commande: groupements, lots, bons de commande"))
public class RestApplication extends Application {}
