package fr.cadre.importing.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Schedules the first-start work from the web module's own context: batch jobs started from there
 * see the persistence unit as requests do (from a bare deployment thread they do not).
 */
@WebListener
public class FirstStartListener implements ServletContextListener {

  @Inject FirstStart firstStart;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    firstStart.scheduleAfterDeployment();
  }
}
