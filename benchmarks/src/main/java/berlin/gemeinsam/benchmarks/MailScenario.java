package berlin.gemeinsam.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 10: one event told by e-mail to many subscribers, through the local stack's mail server (GreenMail
 * standalone, started as deploy/local/run.sh starts it). Each mail subscriber follows an idea with the channels
 * {@code IN_APP} and {@code EMAIL} and confirms their address through the real double opt-in: gives it, reads the
 * confirmation mail from GreenMail and opens its link. As many in-app followers follow the idea as well. After a
 * warm-up publication to the in-app followers, two publications, each to the same number of feed entries:
 * <ol>
 *     <li>without mail: another idea, followed by the same people in the feed only;</li>
 *     <li>with mail: the idea the mail subscribers follow by e-mail.</li>
 * </ol>
 * Each is timed from the publish call's return until all its feed entries are written (notification-service's
 * {@code gemeinsam.notifications.deliveries{channel=IN_APP,status=SENT}}) and until one in-app follower's live
 * stream shows it; with mail, meanwhile, until every mail arrived in GreenMail (the number of its mailboxes, which it
 * makes for each address it takes a mail for, emptied before). Then every address must hold exactly one mail: nothing
 * lost, nothing sent twice.
 */
final class MailScenario {

    static final String SCENARIO = "10 mail";
    private static final Logger log = LoggerFactory.getLogger(MailScenario.class);
    private static final int OPT_IN_CLIENTS = 8;
    private static final int CHECK_CLIENTS = 4;
    private static final int INSERT_BATCH = 1_000;
    private static final long IN_APP_POLL_MILLIS = 25;
    private static final long MAIL_POLL_MILLIS = 250;
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("email-confirmations/([A-Za-z0-9_-]+)");
    private static final String IN_APP_FOLLOWER = "mail-scale-reader-";
    private static final String MAIL_SUBSCRIBER = "mail-scale-subscriber-";

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi ideas;
    private final ServiceApi notifications;
    private final MailServer mail;

    MailScenario(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.ideas = stack.api("ideas-service");
        this.notifications = stack.api("notification-service");
        this.mail = stack.mailServer();
    }

    void run() {
        int subscribers = plan.mailSubscribers();
        int entries = 2 * subscribers;
        String warmUp = ideas.submitIdea();
        String withoutMail = ideas.submitIdea();
        String withMail = ideas.submitIdea();

        long optInStart = System.nanoTime();
        Workers.times(OPT_IN_CLIENTS, subscribers, i -> optIn(MAIL_SUBSCRIBER + i, withMail));
        double optInSeconds = (System.nanoTime() - optInStart) / 1e9;
        report.rate(SCENARIO, "set-up: mail subscribers through the double opt-in", subscribers / optInSeconds,
                "subscribers/s", null, null, null, String.format(Locale.ROOT, "%,d in %s s, %d clients: follow with"
                                + " IN_APP+EMAIL, PUT the address (sends the confirmation mail), read the link from"
                                + " GreenMail's API, POST it", subscribers, Report.format(optInSeconds),
                        OPT_IN_CLIENTS));
        followInTheFeedOnly(warmUp, withoutMail, withMail, subscribers);
        mail.reset();
        if (mail.mailboxes() != 0) {
            throw new IllegalStateException("the mail server still has mailboxes after its reset");
        }

        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        try (LiveStream live = notifications.openLiveStream(IN_APP_FOLLOWER + 0,
                event -> arrivals.putIfAbsent(event.subject(), event.arrivedNanos()))) {
            publish(warmUp, subscribers, 0, arrivals);
            InApp alone = publish(withoutMail, entries, 0, arrivals);
            report.rate(SCENARIO, "in-app without mail: one idea to " + entries + " followers, publish returned ->"
                            + " all entries written", alone.allWrittenSeconds(), "s", null, null, null,
                    "all followers in the feed only; one follower's live stream " + alone.live());
            InApp withMails = publish(withMail, entries, subscribers, arrivals);
            report.rate(SCENARIO, "in-app with " + subscribers + " mail subscribers: the same fan-out, half of them"
                            + " also by e-mail, publish returned -> all entries written",
                    withMails.allWrittenSeconds(), "s", null, null, null, String.format(Locale.ROOT,
                            "%.0f %% of the time without mail; one follower's live stream %s (without mail %s)",
                            100 * withMails.allWrittenSeconds() / alone.allWrittenSeconds(), withMails.live(),
                            alone.live()));
            Mails mails = withMails.mails();
            report.rate(SCENARIO, subscribers + " mails: publish returned -> all arrived in GreenMail",
                    mails.lastSeconds(), "s", null, null, null, String.format(Locale.ROOT,
                            "first seen after %s s; GreenMail's mailboxes polled every %d ms", Report.format(
                                    mails.firstSeconds()), MAIL_POLL_MILLIS));
            report.rate(SCENARIO, subscribers + " mails: arriving in GreenMail, first seen -> all",
                    mails.steadyRate(), "mails/s", null, null, null, String.format(Locale.ROOT,
                            "%s mails/s from the publish call's return", Report.format(
                                    subscribers / mails.lastSeconds())));
        }
        checkEachGotOne(subscribers, withMail);
    }

    /**
     * Follows the idea by e-mail and in the feed, and confirms the address through the confirmation mail's link,
     * as a person does.
     */
    private void optIn(String subscriber, String idea) {
        notifications.follow(subscriber, "IDEA", idea, List.of("IN_APP", "EMAIL"));
        String address = addressOf(subscriber);
        notifications.giveEmail(subscriber, address);
        notifications.confirmEmail(confirmationToken(address));
    }

    private String confirmationToken(String address) {
        for (MailServer.Mail each : mail.mailsOf(address)) {
            Matcher link = CONFIRMATION_LINK.matcher(each.unfolded());
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new IllegalStateException("no confirmation mail for " + address + " in GreenMail");
    }

    private static String addressOf(String subscriber) {
        return subscriber + "@example.org";
    }

    /**
     * The in-app followers follow all three ideas, the mail subscribers the idea without mail in the feed only (the
     * first idea warms the fan-out up, so that neither measured one runs on a cold service): written
     * straight into notification-service's store in the shape of a subscription made before channels could be
     * chosen (told in the feed only), as the fan-out scenario does.
     */
    private void followInTheFeedOnly(String warmUp, String withoutMail, String withMail, int count) {
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            MongoCollection<Document> subscriptions = client.getDatabase("gemeinsam-" + SampleIdea.UNIT
                    + "-notification-service").getCollection("subscription");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(inFeed(IN_APP_FOLLOWER + i, warmUp));
                batch.add(inFeed(IN_APP_FOLLOWER + i, withoutMail));
                batch.add(inFeed(IN_APP_FOLLOWER + i, withMail));
                batch.add(inFeed(MAIL_SUBSCRIBER + i, withoutMail));
                if (batch.size() >= INSERT_BATCH || i == count - 1) {
                    subscriptions.insertMany(batch);
                    batch.clear();
                }
            }
        }
        log.info("{} in-app followers of all three ideas and {} mail subscribers of {} in the feed only", count, count,
                withoutMail);
    }

    private static Document inFeed(String subscriber, String idea) {
        return new Document("_id", "benchmark-" + subscriber + "-" + idea)
                .append("subscriberId", subscriber)
                .append("target", new Document("type", "IDEA").append("_id", idea))
                .append("createdAt", new Date());
    }

    /**
     * Publishes the idea and waits until its {@code entries} feed entries are written and, when {@code mails} is
     * more than none, as many mails arrived; both watched at once.
     */
    private InApp publish(String idea, int entries, int mails, Map<String, Long> arrivals) {
        double writtenBefore = inAppWritten();
        ideas.publishIdea(idea);
        long published = System.nanoTime();
        long deadline = published + timeout(mails).toNanos();
        long allWritten = 0;
        long firstMail = 0;
        long lastMail = 0;
        int mailsSeen = 0;
        int mailsAtFirst = 0;
        long nextMailPoll = published;
        while ((allWritten == 0 || mailsSeen < mails) && System.nanoTime() < deadline) {
            if (allWritten == 0 && inAppWritten() - writtenBefore >= entries) {
                allWritten = System.nanoTime();
            }
            if (mails > 0 && mailsSeen < mails && System.nanoTime() >= nextMailPoll) {
                nextMailPoll = System.nanoTime() + Duration.ofMillis(MAIL_POLL_MILLIS).toNanos();
                mailsSeen = mail.mailboxes();
                if (mailsSeen > 0 && firstMail == 0) {
                    firstMail = System.nanoTime();
                    mailsAtFirst = mailsSeen;
                }
                if (mailsSeen >= mails) {
                    lastMail = System.nanoTime();
                }
            }
            Pause.millis(IN_APP_POLL_MILLIS);
        }
        if (allWritten == 0) {
            throw new IllegalStateException("the " + entries + " feed entries of idea " + idea + " were not all"
                    + " written within " + timeout(mails).toSeconds() + " s");
        }
        if (mailsSeen < mails) {
            throw new IllegalStateException("only " + mailsSeen + " of " + mails + " mails arrived within "
                    + timeout(mails).toSeconds() + " s");
        }
        Long live = arrivals.get(idea);
        return new InApp((allWritten - published) / 1e9,
                live == null ? "did not show it" : "after " + (live - published) / 1_000_000 + " ms",
                new Mails((firstMail - published) / 1e9, (lastMail - published) / 1e9, mails - mailsAtFirst,
                        (lastMail - firstMail) / 1e9));
    }

    /** Generous: at 20 mails/s the mails of the full plan take over eight minutes. */
    private static Duration timeout(int mails) {
        return Duration.ofSeconds(120 + mails / 20);
    }

    private double inAppWritten() {
        return notifications.count("gemeinsam.notifications.deliveries", "channel:IN_APP", "status:SENT");
    }

    /** Every mail subscriber's mailbox holds exactly the one mail about the idea, with its Message-ID. */
    private void checkEachGotOne(int subscribers, String idea) {
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger twice = new AtomicInteger();
        Workers.times(CHECK_CLIENTS, subscribers, i -> {
            List<MailServer.Mail> mails = mail.mailsOf(addressOf(MAIL_SUBSCRIBER + i));
            if (mails.isEmpty()) {
                missing.incrementAndGet();
            } else if (mails.size() > 1) {
                twice.incrementAndGet();
            }
            if (!mails.isEmpty() && !mails.get(0).unfolded().contains(idea)) {
                throw new IllegalStateException("the mail to " + MAIL_SUBSCRIBER + i + " is not about idea " + idea);
            }
        });
        if (missing.get() > 0 || twice.get() > 0) {
            throw new IllegalStateException(missing.get() + " mail subscribers got no mail, " + twice.get()
                    + " more than one");
        }
        log.info("each of the {} mail subscribers got exactly one mail", subscribers);
    }

    /** A publication as the feed and the mail server saw it, in seconds; when one follower's live stream showed it. */
    private record InApp(double allWrittenSeconds, String live, Mails mails) {
    }

    private record Mails(double firstSeconds, double lastSeconds, int afterFirst, double firstToLastSeconds) {

        /** The mails that arrived after the first poll that saw any, over the time until the last. */
        double steadyRate() {
            return firstToLastSeconds > 0 ? afterFirst / firstToLastSeconds : Double.NaN;
        }
    }
}
