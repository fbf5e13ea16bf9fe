package fr.cadre.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Makes the platform's settings injectable; they are read from the application's config. */
@Dependent
public class PlatformSettings {

  @Inject Config config;

  @Produces
  StorageSettings storage() {
    return StorageSettings.from(config);
  }
}
