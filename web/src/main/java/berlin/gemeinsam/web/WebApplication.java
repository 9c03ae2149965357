package berlin.gemeinsam.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The suite's web site for one unit ({@code gemeinsam.unit}): server-rendered pages that work without JavaScript, a
 * backend-for-frontend that signs people in at the issuer, keeps their tokens in its server-side session and calls
 * the unit's services with them. The browser talks to nothing else.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
