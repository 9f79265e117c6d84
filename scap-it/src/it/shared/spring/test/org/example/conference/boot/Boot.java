package org.example.conference.boot;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application, started once for every test class; Spring closes it when the JVM ends. */
final class Boot {

  private Boot() {
  }

  /**
   * Returns the running application's context, starting it on first use.
   *
   * @return the context
   */
  static ConfigurableApplicationContext context() {
    return Holder.CONTEXT;
  }

  private static final class Holder {
    static final ConfigurableApplicationContext CONTEXT =
        new SpringApplicationBuilder(ConferenceApplication.class)
            .web(WebApplicationType.NONE).run();
  }
}
