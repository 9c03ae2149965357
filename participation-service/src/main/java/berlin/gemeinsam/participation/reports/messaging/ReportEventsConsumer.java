package berlin.gemeinsam.participation.reports.messaging;

import berlin.gemeinsam.events.participation.ContributionRecorded;
import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.participation.reports.application.ParticipationReports;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.EventConsumer;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Feeds the participation reports from the participation streams: a unit's instance reads its own unit's stream
 * ({@code reportEvents}), the central instance every unit's ({@code centralReportEvents}); both keep the same entries
 * the same way.
 */
@Configuration(proxyBeanMethods = false)
class ReportEventsConsumer {

    @Bean
    @ConditionalOnInbound("reportEvents")
    Consumer<Message<byte[]>> reportEvents(InboundEvents inbound, ParticipationReports reports) {
        return feeding(inbound.consumer("reportEvents"), reports);
    }

    @Bean
    @ConditionalOnInbound("centralReportEvents")
    Consumer<Message<byte[]>> centralReportEvents(InboundEvents inbound, ParticipationReports reports) {
        return feeding(inbound.consumer("centralReportEvents"), reports);
    }

    private static EventConsumer feeding(EventConsumer consumer, ParticipationReports reports) {
        return consumer
                .on(ContributionRecorded.class, (recorded, envelope) -> reports.recorded(recorded,
                        envelope.sequence()))
                .on(InvitationRedeemed.class, (redeemed, envelope) -> reports.redeemed(redeemed));
    }
}
