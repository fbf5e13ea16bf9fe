package fr.cadre.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, deployed once for every integration test: the tests are black-box and
 * talk to Cadre over HTTP, as its users do.
 */
@ArquillianSuiteDeployment
public class CadreDeployment {

  @Deployment(testable = false)
  public static WebArchive cadre() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("cadre.war", "target/cadre.war")));
  }
}
