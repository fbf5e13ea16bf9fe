package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} (and so {@code /health}): DOWN until the schema is migrated and the start
 * steps have ended, each step's outcome in the data.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject StartupProgress progress;

  @Override
  public HealthCheckResponse call() {
    StartupProgress.State state = progress.state();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cadre").status(state.ready());
    state.data().forEach(response::withData);
    return response.build();
  }
}
