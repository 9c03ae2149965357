package berlin.gemeinsam.web.ideas.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import berlin.gemeinsam.web.ideas.application.Decision;
import berlin.gemeinsam.web.ideas.application.Moderation;
import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * The unit's moderation queue, and the decision page of one idea: publish, reject with a reason, shortlist, archive,
 * merge into a surviving idea. Each change is meant for the version the page read; when the idea changed meanwhile
 * (412) the page shows it as it is now and says so. A field ideas-service refuses is named beside its form's field.
 */
@Controller
class ModerationController {

    /** The field of each action's form that ideas-service's field of the same request stands for. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "reject", Map.of("reason", "rejectReason"),
            "archive", Map.of("reason", "archiveReason"),
            "merge", Map.of("into", "into"));

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/moderation")
    String queue(Model model) {
        model.addAttribute("queue", moderation.queue());
        return "moderation";
    }

    @GetMapping("/moderation/{id}")
    String decision(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, Model model) {
        return decisionPage(id, form, model);
    }

    /** From the queue without a version (the queue lists no ETags), from the decision page with the one it read. */
    @PostMapping("/moderation/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(required = false) String version,
                   RedirectAttributes redirect) {
        moderation.publish(id, version);
        redirect.addFlashAttribute("notice", "moderation.published");
        return "redirect:/moderation";
    }

    @PostMapping("/moderation/{id}/reject")
    String reject(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return decide("reject", id, form, binding, model, redirect,
                () -> moderation.reject(id, form.getVersion(), form.getRejectReason()));
    }

    @PostMapping("/moderation/{id}/shortlist")
    String shortlist(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        return decide("shortlist", id, form, binding, model, redirect,
                () -> moderation.shortlist(id, form.getVersion()));
    }

    @PostMapping("/moderation/{id}/archive")
    String archive(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return decide("archive", id, form, binding, model, redirect,
                () -> moderation.archive(id, form.getVersion(), form.getArchiveReason()));
    }

    @PostMapping("/moderation/{id}/merge")
    String merge(@PathVariable String id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        return decide("merge", id, form, binding, model, redirect,
                () -> moderation.merge(id, form.getVersion(), form.getInto()));
    }

    private String decide(String action, String id, DecisionForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (ServiceProblem problem) {
            if (problem.status() == 412) {
                binding.reject("moderation.changed");
                form.setVersion(null);
                return decisionPage(id, form, model);
            }
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, FIELDS.getOrDefault(action, Map.of()));
            return decisionPage(id, form, model);
        }
        redirect.addFlashAttribute("notice", "moderation.decided." + action);
        return "redirect:/ideas/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** The idea as it is now; the form keeps what was typed, and takes the version just read when it has none. */
    private String decisionPage(String id, DecisionForm form, Model model) {
        Decision decision = moderation.decision(id);
        if (form.getVersion() == null) {
            form.setVersion(decision.version());
        }
        model.addAttribute("page", decision);
        return "decision";
    }
}
