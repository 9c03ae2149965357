package berlin.gemeinsam.notifications.mail.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a subscriber's waiting entries of one period into one digest mail, a section per followed item. Without
 * entries there is no digest: a digest is never empty.
 */
public final class Digest {

    /** The event type a digest mail is listed with among the subscriber's deliveries. */
    public static final String EVENT_TYPE = "digest";
    /** What marks entries taken that no digest tells: their subscription stopped mailing, or the address is gone. */
    public static final String DROPPED = "DROPPED";

    private Digest() {
    }

    /**
     * The digest mail of the entries, written in the language; its id follows from subscriber and period, so a
     * second run of the period, on this instance or another, makes the same mail. Sections come in the order of
     * their oldest entry, the entries of a section oldest first.
     */
    public static Optional<MailDelivery> of(String subscriberId, String language, DigestPeriod period,
                                            List<DigestEntry> entries) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<DigestEntry>> bySubscription = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(DigestEntry::getTime).thenComparing(DigestEntry::getId))
                .forEach(entry -> bySubscription.computeIfAbsent(entry.getSubscriptionId(), id -> new ArrayList<>())
                        .add(entry));
        List<DigestSection> sections = bySubscription.entrySet().stream()
                .map(section -> new DigestSection(section.getKey(), section.getValue().get(0).getTarget(),
                        section.getValue().stream().map(entry -> new DigestSection.Item(entry.getId(),
                                entry.textIn(language), entry.getEventType(), entry.getSubject(), entry.getTime()))
                                .toList()))
                .toList();
        return Optional.of(MailDelivery.digest(idOf(subscriberId, period), subscriberId, language, period, sections));
    }

    /** The subscriber id is free text, so its length is part of the name to keep every pair's name apart. */
    static String idOf(String subscriberId, DigestPeriod period) {
        String name = subscriberId.length() + ":" + subscriberId + "|" + period.key();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
