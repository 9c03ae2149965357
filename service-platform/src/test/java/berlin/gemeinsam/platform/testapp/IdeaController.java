package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.platform.web.Creation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A write and a read, behind the platform's security, rate limit and size limit like any service's. */
@RestController
@RequestMapping("/api/v1/ideas")
class IdeaController {

    private final Ideas ideas;

    IdeaController(Ideas ideas) {
        this.ideas = ideas;
    }

    @PostMapping
    ResponseEntity<IdeaView> publish(@RequestBody PublishIdeaRequest request) {
        Idea idea = ideas.publishNew(request.title(), request.problem());
        return Creation.created(idea.id(), IdeaView.of(idea));
    }

    @GetMapping("/{id}")
    IdeaView read(@PathVariable String id) {
        return IdeaView.of(ideas.find(id));
    }

    record PublishIdeaRequest(String title, String problem) {
    }

    record IdeaView(String id, String title) {

        static IdeaView of(Idea idea) {
            return new IdeaView(idea.id(), idea.title());
        }
    }
}
