package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.problems.Problems;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Bean;

/**
 * HTTP as every service speaks it, whoever answers: Spring MVC's handlers (JSON unless they say otherwise), the
 * servlet container's error page and Tomcat's own error report (problems), and the actuator (404 for what does
 * not exist).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
public class WebProtocolConfiguration {

    @Bean
    JsonByDefault jsonByDefault() {
        return new JsonByDefault();
    }

    /** Replaces Spring Boot's error controller, which backs off from any other {@code ErrorController}. */
    @Bean
    ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    /** The host's error report valve: Tomcat adds its HTML one only where the host has none of this class. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ObjectProvider<Problems> problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(problems));
            }
        });
    }

    @Bean
    UnknownBindings unknownBindings(BindingsLifecycleController bindings) {
        return new UnknownBindings(bindings);
    }
}
