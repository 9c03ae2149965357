package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.notifications.feed.domain.TakenUpIdeas;
import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.notifications.mail.application.DigestEntries;
import berlin.gemeinsam.notifications.mail.application.MailDeliveries;
import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.subscriptions.application.Followers;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.SavedSearch;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.webhooks.application.WebhookFanOut;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Puts what an event tells into the feeds of its followers, and reads a subscriber's feed to them alone. */
@Service
public class Feed {

    private static final Logger log = LoggerFactory.getLogger(Feed.class);
    /**
     * Entries per bulk write. A write's entries go to the store in id order ({@code MongoNotifications}), and the
     * more entries one write holds, the more of them land next to each other in the id index: with the store
     * alone, 10,000 a write in id order took 2.6 times as many entries a second as 1,000 (the entries of one event
     * differ in their ids at random), while 1,000 in id order gained nothing. About 10 MB in the service's heap;
     * the driver splits a write larger than the store takes in one message.
     */
    private static final int BATCH_SIZE = 10_000;
    /** A live stream resumed after a reconnect catches up on at most this many entries; the list has the rest. */
    private static final int MISSED_LIMIT = 1_000;

    private final Followers followers;
    private final Notifications notifications;
    private final MailDeliveries mails;
    private final DigestEntries digestEntries;
    private final WebhookFanOut webhooks;
    private final NotificationTexts texts;
    private final FeedWatchers watchers;
    private final MeasureIdeas measureIdeas;
    private final DeliveryMetrics metrics;
    private final Access access;
    private final Clock clock;
    /**
     * Guards {@link #lastWrittenAt}, keeps the writes in the order of their times (see {@link #write}) and keeps the
     * read of what a resumed stream missed out of the middle of a write.
     */
    private final Object writing = new Object();
    private Instant lastWrittenAt = Instant.EPOCH;

    Feed(Followers followers, Notifications notifications, MailDeliveries mails, DigestEntries digestEntries,
         WebhookFanOut webhooks, NotificationTexts texts, FeedWatchers watchers, MeasureIdeas measureIdeas,
         DeliveryMetrics metrics, Access access, Clock clock) {
        this.followers = followers;
        this.notifications = notifications;
        this.mails = mails;
        this.digestEntries = digestEntries;
        this.webhooks = webhooks;
        this.texts = texts;
        this.watchers = watchers;
        this.measureIdeas = measureIdeas;
        this.metrics = metrics;
        this.access = access;
        this.clock = clock;
    }

    /** Remembers which ideas the measures take up, so that the ideas' followers hear how the measures fare. */
    public void rememberTakenUp(Collection<TakenUpIdeas> takenUp) {
        measureIdeas.remember(takenUp);
    }

    /** The ideas each of the measures takes up; a measure without any is missing. */
    public Map<String, Set<String>> ideasTakenUpBy(Collection<String> measureIds) {
        return measureIdeas.ideasOf(measureIds);
    }

    /**
     * Adds one entry per follower and piece of news, streaming the followers of all of them from one query and the
     * saved searches that may match any of their publications from another, and writing the entries batch by
     * batch. A subscriber told through several followed targets or matching searches keeps the one entry: its id is
     * the same. Safe to repeat after a failure or a redelivery: the entries that exist already are skipped, and only
     * those written now go to the watchers. A follower told by e-mail gets a pending mail per entry (or, told daily
     * or weekly, an entry for the next digest), one told by webhook a pending delivery per entry and endpoint,
     * written before the entries: a redelivery after a crash in between adds only what is missing, and the senders
     * send them apart from this consumer.
     */
    public void tell(List<News> batch) {
        Map<Target, List<News>> newsByTarget = new HashMap<>();
        // by identity: a record's hash goes over all its parts, and the texts are looked up once per follower
        Map<News, Map<String, String>> textOf = new IdentityHashMap<>();
        Map<Wording, Map<String, String>> rendered = new HashMap<>();
        List<News> published = new ArrayList<>();
        for (News news : batch) {
            news.audience().forEach(target -> newsByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(news));
            textOf.put(news, rendered.computeIfAbsent(news.wording(), texts::render));
            news.publication().ifPresent(publication -> published.add(news));
        }
        Telling telling = new Telling(textOf);
        try (Stream<Follower> following = followers.following(newsByTarget.keySet())) {
            following.forEach(follower -> newsByTarget.getOrDefault(follower.target(), List.of())
                    .forEach(news -> telling.add(follower, news)));
        }
        try (Stream<SavedSearch> searching = followers.searching(published.stream()
                .map(news -> news.publication().orElseThrow()).toList())) {
            searching.forEach(search -> published.stream()
                    .filter(news -> search.matches(news.publication().orElseThrow()))
                    .forEach(news -> telling.add(search.follower(), news)));
        }
        telling.flush();
        log.debug("Offered {} feed entries for {} events", telling.entries, batch.size());
    }

    /**
     * The entries, mails and webhook deliveries of a batch of news as its followers come up, written
     * {@value #BATCH_SIZE} entries at a time.
     */
    private final class Telling {

        private final Map<News, Map<String, String>> textOf;
        private final Map<String, Notification> pending = new LinkedHashMap<>();
        private final PendingEmails pendingMails = new PendingEmails();
        private final Map<String, WebhookFanOut.Told> pendingWebhooks = new LinkedHashMap<>();
        private long entries;

        Telling(Map<News, Map<String, String>> textOf) {
            this.textOf = textOf;
        }

        void add(Follower follower, News news) {
            Notification entry = Notification.of(news, follower.subscriberId(), textOf.get(news));
            pending.putIfAbsent(entry.getId(), entry);
            pendingMails.add(entry, follower, news);
            webhookFor(entry, follower, news).ifPresent(told -> pendingWebhooks.putIfAbsent(entry.getId(), told));
            if (pending.size() >= BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            addMails(pendingMails);
            webhooks.offer(pendingWebhooks.values());
            pendingWebhooks.clear();
            write(pending.values());
            entries += pending.size();
            pending.clear();
        }
    }

    private void addMails(PendingEmails pending) {
        metrics.reached(Channel.EMAIL, DeliveryStatus.PENDING, mails.addMissing(pending.mails.values()));
        digestEntries.addMissing(pending.forDigests.values());
        pending.mails.clear();
        pending.forDigests.clear();
    }

    /**
     * What goes by e-mail of a batch's entries: a pending mail per entry for a follower told at once, in the
     * follower's language, an entry for the next digest for one told daily or weekly. A subscriber told of an entry
     * through two subscriptions gets one: a mail at once wins over a digest.
     */
    private final class PendingEmails {

        private final Map<String, MailDelivery> mails = new LinkedHashMap<>();
        private final Map<String, DigestEntry> forDigests = new LinkedHashMap<>();

        void add(Notification entry, Follower follower, News news) {
            if (!follower.isToldBy(Channel.EMAIL)) {
                return;
            }
            if (follower.frequency() == Frequency.IMMEDIATELY) {
                forDigests.remove(entry.getId());
                mails.putIfAbsent(entry.getId(), MailDelivery.of(entry.getId(), follower.subscriberId(),
                        follower.subscriptionId(), follower.language(), news.eventType(), news.subject(),
                        entry.textIn(Locale.forLanguageTag(follower.language())), news.time()));
            } else if (!mails.containsKey(entry.getId())) {
                forDigests.putIfAbsent(entry.getId(), DigestEntry.of(entry.getId(), follower.subscriberId(),
                        follower.subscriptionId(), follower.target(), follower.frequency(), news.eventType(),
                        news.subject(), entry.getText(), news.time(), clock.instant()));
            }
        }
    }

    /** The feed entry of a follower told by webhook, to be posted to each of their endpoints. */
    private static Optional<WebhookFanOut.Told> webhookFor(Notification entry, Follower follower, News news) {
        if (!follower.isToldBy(Channel.WEBHOOK)) {
            return Optional.empty();
        }
        return Optional.of(new WebhookFanOut.Told(entry, news, follower.subscriptionId(), follower.target()));
    }

    /**
     * Puts news meant for one person into their feed alone, whether or not they follow anything. Safe to repeat: the
     * entry that exists already is skipped.
     */
    public void tellSubscriber(String subscriberId, News news) {
        write(List.of(Notification.of(news, subscriberId, texts.render(news.wording()))));
    }

    /**
     * Writes the entries with a time after every earlier write's and hands them to the watchers, one write at a
     * time (the ideas and the measures consumers write concurrently). So the times order the entries as they were
     * written and handed over, and a live stream resumed from its last entry misses none and repeats none. An
     * entry written is an in-app delivery sent.
     */
    private void write(Collection<Notification> entries) {
        synchronized (writing) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            lastWrittenAt = now.isAfter(lastWrittenAt) ? now : lastWrittenAt.plusMillis(1);
            Instant writtenAt = lastWrittenAt;
            List<Notification> written = notifications.insertNew(entries.stream()
                    .map(entry -> entry.writtenAt(writtenAt)).toList());
            metrics.reached(Channel.IN_APP, DeliveryStatus.SENT, written.size());
            watchers.written(written);
        }
    }

    /**
     * The subscriber's own feed, for them alone. A subscriber nobody has told anything yet has an empty feed, not a
     * missing one.
     */
    public Page<Notification> feedOf(String subscriberId, int page, int size) {
        checkCallerMayRead(subscriberId);
        return notifications.feedOf(subscriberId, page, size);
    }

    /**
     * A feed, listed or watched live, is its subscriber's alone: for anybody else the subscriber does not exist, so
     * nobody learns whom another follows.
     */
    public void checkCallerMayRead(String subscriberId) {
        access.personOwning(subscriberId, "subscriber");
    }

    /**
     * The subscriber's own feed from a cursor on, newest first, only the unread entries if asked; for them alone.
     *
     * @param cursor as the previous page answered it, null for the first page
     */
    public CursorPage<Notification> feedOf(String subscriberId, boolean unreadOnly, String cursor, int size) {
        checkCallerMayRead(subscriberId);
        Optional<Cursor> after = cursor == null ? Optional.empty() : Optional.of(Cursor.parse(cursor, 2));
        return notifications.feedOf(subscriberId, unreadOnly, after, size);
    }

    /** Marks one of the subscriber's entries read; marking it again changes nothing. */
    public void markRead(String subscriberId, String notificationId) {
        checkCallerMayRead(subscriberId);
        if (!notifications.markRead(subscriberId, notificationId, clock.instant())) {
            throw new NotFoundException("notification", notificationId);
        }
    }

    /** Marks every unread entry of the subscriber read and returns how many there were. */
    public long markAllRead(String subscriberId) {
        checkCallerMayRead(subscriberId);
        return notifications.markAllRead(subscriberId, clock.instant());
    }

    /**
     * What a live stream missed since the entry {@code lastEntryId} it received last, in the order it was written,
     * at most {@value #MISSED_LIMIT} entries. Nothing when the subscriber has no such entry: the stream starts
     * afresh. Read between two writes, never during one, so that every write is either read whole or comes later.
     */
    public List<Notification> missedSince(String subscriberId, String lastEntryId) {
        synchronized (writing) {
            return notifications.find(subscriberId, lastEntryId)
                    .map(last -> notifications.writtenAfter(last, MISSED_LIMIT))
                    .orElse(List.of());
        }
    }
}
