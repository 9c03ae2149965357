package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.mail.domain.Digest;
import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.mail.domain.DigestPeriod;
import berlin.gemeinsam.notifications.mail.domain.DigestSchedule;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the entries waiting for a digest into one mail per subscriber and period once the period is due, and hands
 * it to the pending mails: the sender sends it like any other, with its statuses, retries and crash protocol.
 * <p>
 * Safe to repeat and to run on several instances at once: the mail's id follows from subscriber and period, so a
 * second run adds nothing, and the entries are marked taken only after the mail was added, so a crash in between
 * leaves them for the repeat, which finds the mail there and marks the entries it tells of. A period takes the
 * entries written before it was due; those written later wait for the next one. A period missed while the service
 * was down goes out at the next check, and only the latest one: it takes what the missed ones would have.
 */
@Service
public class Digests {

    private final DigestEntries entries;
    private final MailDeliveries deliveries;
    private final Subscriptions subscriptions;
    private final DeliveryMetrics metrics;
    private final DigestSchedule schedule;
    private final Duration retention;
    private final Clock clock;

    Digests(DigestEntries entries, MailDeliveries deliveries, Subscriptions subscriptions, DeliveryMetrics metrics,
            DigestProperties properties, MailProperties mailProperties, Clock clock) {
        this.entries = entries;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.schedule = new DigestSchedule(properties.dailyAt(), properties.weeklyOn(), properties.zone());
        this.retention = mailProperties.retention();
        this.clock = clock;
    }

    /** Makes the digest mails of the daily and weekly periods due now. */
    @Scheduled(fixedDelayString = "${gemeinsam.notifications.digests.check-interval:1m}")
    public void makeDue() {
        Instant now = clock.instant();
        make(schedule.latestDue(Frequency.DAILY, now));
        make(schedule.latestDue(Frequency.WEEKLY, now));
    }

    private void make(DigestPeriod period) {
        for (String subscriberId : entries.subscribersWaiting(period.frequency(), period.dueAt())) {
            makeFor(subscriberId, period);
        }
    }

    /** Removes the entries taken by a digest longer than {@code gemeinsam.mail.retention} ago. */
    @Scheduled(fixedDelayString = "${gemeinsam.mail.retention-check-interval:1h}")
    public void removeOld() {
        entries.removeTakenBefore(clock.instant().minus(retention));
    }

    /**
     * Entries of a subscription that ended or no longer tells by e-mail are dropped (marked taken by
     * {@link Digest#DROPPED}). A subscriber without a confirmed address gets their digest like any mail: the sender
     * suppresses it with the reason they see. The digest is written in the language of the subscription of the
     * newest entry.
     */
    private void makeFor(String subscriberId, DigestPeriod period) {
        List<DigestEntry> waiting = entries.waiting(subscriberId, period.frequency(), period.dueAt());
        Map<String, Optional<Subscription>> bySubscription = new HashMap<>();
        List<DigestEntry> told = waiting.stream().filter(entry -> bySubscription
                        .computeIfAbsent(entry.getSubscriptionId(), subscriptions::find)
                        .filter(subscription -> subscription.getChannels().contains(Channel.EMAIL)).isPresent())
                .toList();
        String language = told.stream().max(Comparator.comparing(DigestEntry::getTime))
                .flatMap(newest -> bySubscription.get(newest.getSubscriptionId()))
                .map(Subscription::getLanguage).orElse(null);
        List<String> dropped = waiting.stream().filter(entry -> !told.contains(entry)).map(DigestEntry::getId)
                .toList();
        entries.markTaken(dropped, Digest.DROPPED);
        Digest.of(subscriberId, language, period, told).ifPresent(this::add);
    }

    /**
     * Adds the digest mail and marks its entries taken. When it was there already (a repeat after a crash, or
     * another instance), only the entries the mail that is there tells of are marked: one written meanwhile waits for
     * the next period.
     */
    private void add(MailDelivery digest) {
        long added = deliveries.addMissing(List.of(digest));
        metrics.reached(Channel.EMAIL, DeliveryStatus.PENDING, added);
        List<String> taken = added > 0 ? digest.entryIds()
                : deliveries.find(digest.getId()).map(MailDelivery::entryIds).orElse(List.of());
        entries.markTaken(taken, digest.getId());
    }
}
