package fr.cadre.access.boundary;

import fr.cadre.access.control.AccessSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Behind a proxy that terminates TLS ({@code cadre.access.secure-cookie=true}), the session cookie
 * is marked Secure: the browser then never sends it over plain http. Set before the first request,
 * as the servlet container requires.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Inject AccessSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setSecure(settings.secureCookie());
    event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
  }
}
