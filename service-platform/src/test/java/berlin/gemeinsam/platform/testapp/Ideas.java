package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The ideas of the test application, stored with their events through the platform's outbox. */
@Service
public class Ideas {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    private final OwningUnit owner;
    private final Clock clock;
    private final HeldWrites held;

    Ideas(MongoTemplate mongo, EventOutbox outbox, OwningUnit owner, Clock clock, HeldWrites held) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.owner = owner;
        this.clock = clock;
        this.held = held;
    }

    /** A new idea, published at once under its title. */
    public Idea publishNew(String title, String problem) {
        held.pass(title);
        Idea idea = Idea.draft(UUID.randomUUID().toString(), owner.id(), title, problem);
        outbox.insert(idea, List.of(idea.publish(title, clock.instant())));
        return idea;
    }

    /** Publishes the idea again under a new title. */
    public void republish(String id, String title) {
        ConcurrentChanges.retry(() -> {
            Idea idea = find(id);
            outbox.update(idea, List.of(idea.publish(title, clock.instant())));
            return idea;
        });
    }

    /** Publishes the idea under one title and at once under another, in one change: two events of one version. */
    public void republishTwice(String id, String first, String second) {
        ConcurrentChanges.retry(() -> {
            Idea idea = find(id);
            outbox.update(idea, List.of(idea.publish(first, clock.instant()), idea.publish(second, clock.instant())));
            return idea;
        });
    }

    public Idea find(String id) {
        Idea idea = mongo.findById(id, Idea.class);
        if (idea == null) {
            throw new NotFoundException("idea", id);
        }
        return idea;
    }
}
