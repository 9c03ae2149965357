package berlin.gemeinsam.notifications.subscriptions.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void followingTheSameTargetAgainIsTheSameSubscription() {
        Subscription first = Subscription.follow("citizen-1", Target.unit("mitte"), NOW);
        Subscription again = Subscription.follow("citizen-1", Target.unit("mitte"), NOW.plusSeconds(60));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(first.getTarget()).isEqualTo(new Target(TargetType.UNIT, "mitte"));
        assertThat(first.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void theTimeIsKeptToTheMillisecondAsTheStoreKeepsIt() {
        Subscription subscription = Subscription.follow("citizen-1", Target.unit("mitte"), NOW.plusNanos(1_234_567));

        assertThat(subscription.getCreatedAt()).isEqualTo(NOW.plusMillis(1));
    }

    @Test
    void anotherSubscriberOrTargetIsAnotherSubscription() {
        String id = Subscription.follow("citizen-1", Target.idea("i-1"), NOW).getId();

        assertThat(Subscription.follow("citizen-2", Target.idea("i-1"), NOW).getId()).isNotEqualTo(id);
        assertThat(Subscription.follow("citizen-1", Target.measure("i-1"), NOW).getId()).isNotEqualTo(id);
        assertThat(Subscription.follow("citizen-1", Target.idea("i-2"), NOW).getId()).isNotEqualTo(id);
    }

    @Test
    void subscriberIdsThatContainTheSeparatorCannotSpellAnotherPairsId() {
        // without the length prefix both would be named "a/UNIT/b/IDEA/c"
        assertThat(Subscription.idOf("a/UNIT/b", Target.idea("c")))
                .isNotEqualTo(Subscription.idOf("a", Target.unit("b/IDEA/c")));
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndAnswersTheChannelsTakenOff() {
        Subscription subscription = Subscription.follow("citizen-1", Target.unit("mitte"), NOW,
                Set.of(Channel.IN_APP, Channel.EMAIL), "de");

        assertThat(subscription.change(Optional.empty(), Optional.of("en"), Optional.empty())).isEmpty();
        assertThat(subscription.getChannels()).containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
        assertThat(subscription.getLanguage()).isEqualTo("en");

        assertThat(subscription.change(Optional.of(Set.of(Channel.IN_APP)), Optional.empty(), Optional.empty()))
                .containsExactly(Channel.EMAIL);
        assertThat(subscription.getChannels()).containsExactly(Channel.IN_APP);
        assertThat(subscription.getLanguage()).isEqualTo("en");

        assertThat(subscription.change(Optional.of(Set.of(Channel.EMAIL)), Optional.empty(), Optional.empty()))
                .containsExactly(Channel.IN_APP);
        assertThat(subscription.getFrequency()).isEqualTo(Frequency.IMMEDIATELY);

        assertThat(subscription.change(Optional.empty(), Optional.empty(), Optional.of(Frequency.WEEKLY))).isEmpty();
        assertThat(subscription.getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(subscription.getChannels()).containsExactly(Channel.EMAIL);
        assertThat(subscription.getLanguage()).isEqualTo("en");
    }

    @Test
    void aSubscriptionStoredBeforeFrequenciesExistedMailsAtOnceAndAFollowerReadsItSo() {
        assertThat(Subscription.follow("citizen-1", Target.unit("mitte"), NOW).getFrequency())
                .isEqualTo(Frequency.IMMEDIATELY);
        assertThat(new Follower("citizen-1", Target.unit("mitte"), null, null, null).frequency())
                .isEqualTo(Frequency.IMMEDIATELY);
        assertThat(Subscription.follow("citizen-1", Target.unit("mitte"), NOW, Set.of(Channel.EMAIL), "de",
                Frequency.DAILY).getFrequency()).isEqualTo(Frequency.DAILY);
    }

    @Test
    void aSubscriptionStoredBeforeChannelsExistedTellsInTheFeedUntilChanged() {
        Subscription old = Subscription.follow("citizen-1", Target.unit("mitte"), NOW);

        assertThat(old.change(Optional.of(Set.of(Channel.EMAIL)), Optional.empty(), Optional.empty()))
                .containsExactly(Channel.IN_APP);
        assertThat(old.getChannels()).containsExactly(Channel.EMAIL);
        assertThatThrownBy(() -> old.change(Optional.of(Set.of()), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
