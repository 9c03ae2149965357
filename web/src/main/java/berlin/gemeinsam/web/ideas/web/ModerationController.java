package berlin.gemeinsam.web.ideas.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.ideas.application.Moderation;

/** The unit's moderation queue and the publication of an idea; rejecting, merging and the rest come later. */
@Controller
class ModerationController {

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/moderation")
    String queue(Model model) {
        model.addAttribute("queue", moderation.queue());
        return "moderation";
    }

    @PostMapping("/moderation/{id}/publish")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        moderation.publish(id);
        redirect.addFlashAttribute("notice", "moderation.published");
        return "redirect:/moderation";
    }
}
