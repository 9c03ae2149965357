package berlin.gemeinsam.measures.portfolio.messaging;

import berlin.gemeinsam.events.measures.MeasureControllingReported;
import berlin.gemeinsam.measures.portfolio.application.Portfolio;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Follows every unit's measures stream on the central instance and hands each measure's reported controlling state,
 * with its place in the measure's order, to the portfolio; the measures' other events say nothing it does not carry.
 */
@Configuration(proxyBeanMethods = false)
class PortfolioConsumer {

    @Bean
    @ConditionalOnInbound("portfolioEvents")
    Consumer<Message<byte[]>> portfolioEvents(InboundEvents inbound, Portfolio portfolio) {
        return inbound.consumer("portfolioEvents")
                .on(MeasureControllingReported.class,
                        (report, envelope) -> portfolio.reported(report, envelope.sequence()));
    }
}
