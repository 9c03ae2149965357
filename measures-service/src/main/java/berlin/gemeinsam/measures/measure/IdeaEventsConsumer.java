package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.measures.ideas.KnownIdeaRepository;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Learns from the ideas streams of all units which ideas a measure may take up (a unit's measure may adopt any
 * unit's idea), and hands the ideas' answers to the measures proposed from them.
 */
@Configuration(proxyBeanMethods = false)
class IdeaEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> ideaEvents(InboundEvents inbound, KnownIdeaRepository ideas, SourceIdeaAnswers answers) {
        return inbound.consumer("ideaEvents")
                .on(IdeaPublished.class, (published, envelope) -> ideas.published(published))
                .on(IdeaAdopted.class, (adopted, envelope) -> {
                    ideas.adopted(adopted.ideaId(), adopted.unit(), adopted.measureId());
                    answers.adopted(adopted.measureId(), adopted.measureUnit(), adopted.ideaId());
                })
                .on(IdeaAdoptionDeclined.class, (declined, envelope) -> {
                    if (declined.adoptingMeasureId() != null) {
                        ideas.adopted(declined.ideaId(), declined.unit(), declined.adoptingMeasureId());
                    }
                    answers.declined(declined.measureId(), declined.measureUnit(), declined.ideaId(),
                            declined.reason());
                });
    }
}
