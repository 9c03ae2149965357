package berlin.gemeinsam.web.ideas.application;

import java.util.List;

import org.springframework.stereotype.Service;

/** The moderators' work on the unit's ideas; ideas-service checks that the caller moderates this unit. */
@Service
public class Moderation {

    private final Ideas ideas;

    Moderation(Ideas ideas) {
        this.ideas = ideas;
    }

    public List<Idea> queue() {
        return ideas.moderationQueue();
    }

    public void publish(String id) {
        ideas.publish(id);
    }
}
