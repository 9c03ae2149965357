package berlin.gemeinsam.notifications;

import berlin.gemeinsam.testsupport.MovableClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every test context of the service the {@link MovableClock} instead of the platform's clock. A plain
 * configuration in the application's package, found by its component scan, so that all tests share one context (and
 * one consumer of the units' topics) rather than a second one for the tests that move the time.
 */
@Configuration(proxyBeanMethods = false)
class MovableClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }
}
