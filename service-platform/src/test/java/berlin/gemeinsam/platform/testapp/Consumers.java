package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/** The test application's consumers: supports event by event, measures a whole poll at once. */
@Configuration
public class Consumers {

    public static final String SUPPORTS = "participationEvents";
    public static final String MEASURES = "measureEvents";

    @Bean
    Consumer<Message<byte[]>> participationEvents(InboundEvents inbound, HandledEvents handled,
                                                  InjectedFailures failures) {
        return inbound.consumer(SUPPORTS).on(SupportGiven.class, (support, envelope) -> {
            failures.attempt(support.supportId());
            handled.record(SUPPORTS, List.of(support.supportId()));
        });
    }

    /** A batch fails as a whole when one of its measures fails, before anything of it is recorded. */
    @Bean
    Consumer<Message<List<byte[]>>> measureEvents(InboundEvents inbound, HandledEvents handled,
                                                  InjectedFailures failures) {
        return inbound.<String>batchConsumer(MEASURES, measureIds -> {
            measureIds.forEach(failures::attempt);
            handled.record(MEASURES, measureIds);
        }).on(MeasureProposed.class, (measure, envelope) -> measure.measureId());
    }
}
