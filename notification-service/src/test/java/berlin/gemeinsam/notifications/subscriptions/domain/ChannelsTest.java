package berlin.gemeinsam.notifications.subscriptions.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aSubscriptionStoredBeforeChannelsExistedIsToldInTheFeedInGerman() {
        Subscription old = Subscription.follow("citizen-1", Target.unit("mitte"), NOW);

        assertThat(old.getChannels()).containsExactly(Channel.IN_APP);
        assertThat(old.getLanguage()).isEqualTo("de");
        Follower asRead = new Follower("citizen-1", Target.unit("mitte"), null, null);
        assertThat(asRead.isToldBy(Channel.IN_APP)).isTrue();
        assertThat(asRead.isToldBy(Channel.EMAIL)).isFalse();
        assertThat(asRead.language()).isEqualTo("de");
    }

    @Test
    void aSubscriptionKeepsItsChannelsAndLanguageAndNoChannelsMeansTheFeed() {
        Subscription byMail = Subscription.follow("citizen-1", Target.unit("mitte"), NOW,
                Set.of(Channel.IN_APP, Channel.EMAIL), "en");

        assertThat(byMail.getChannels()).containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
        assertThat(byMail.getLanguage()).isEqualTo("en");
        assertThat(Subscription.follow("citizen-1", Target.unit("mitte"), NOW, Set.of(), "de").getChannels())
                .containsExactly(Channel.IN_APP);
    }

    @Test
    void aFollowerNamesTheSubscriptionItWasReadFrom() {
        Subscription subscription = Subscription.follow("citizen-1", Target.idea("i-1"), NOW);

        assertThat(new Follower("citizen-1", Target.idea("i-1"), Set.of(Channel.EMAIL), "en").subscriptionId())
                .isEqualTo(subscription.getId());
    }
}
