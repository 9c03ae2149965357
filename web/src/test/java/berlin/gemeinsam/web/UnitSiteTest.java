package berlin.gemeinsam.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import berlin.gemeinsam.web.ideas.application.Follows;
import berlin.gemeinsam.web.ideas.application.Ideas;
import berlin.gemeinsam.web.ideas.application.Participation;
import berlin.gemeinsam.web.measures.application.Measures;

/**
 * The web site of the unit mitte with stand-ins for the ports on its services (a test takes them with
 * {@code @Autowired}), declared once so that every page test of the unit shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "gemeinsam.unit=mitte",
        "gemeinsam.web.client-secret=test-secret",
        "gemeinsam.web.issuer-endpoints=http://issuer.gemeinsam.test"})
@MockitoBean(types = {Measures.class, Ideas.class, Participation.class, Follows.class})
public @interface UnitSiteTest {
}
