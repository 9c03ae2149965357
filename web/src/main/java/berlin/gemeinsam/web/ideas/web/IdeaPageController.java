package berlin.gemeinsam.web.ideas.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.ideas.application.IdeaPages;
import berlin.gemeinsam.web.layout.web.Viewers;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.Viewer;

/**
 * An idea's page, and what a signed-in person does there: support it, follow it, comment on it; a moderator of the
 * unit hides a comment there too. The comments are read in pages by the cursor participation-service hands out.
 */
@Controller
class IdeaPageController {

    private final IdeaPages pages;

    IdeaPageController(IdeaPages pages) {
        this.pages = pages;
    }

    @GetMapping("/ideas/{id}")
    String idea(@PathVariable String id, @RequestParam(required = false) String cursor,
                @AuthenticationPrincipal OidcUser user, Model model) {
        return page(id, cursor, user, model);
    }

    /** Supports the idea by the helix group the person chooses; a second support is refused by the service (409). */
    @PostMapping("/ideas/{id}/supports")
    String support(@PathVariable String id, @ModelAttribute("support") SupportForm form, BindingResult binding,
                   @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Viewer supporter = Viewers.required(user);
        try {
            pages.support(id, supporter, form.getHelixGroup());
        } catch (ServiceProblem problem) {
            if (problem.status() == 409) {
                redirect.addFlashAttribute("notice", "idea.support.already");
                return "redirect:/ideas/{id}";
            }
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, Set.of("helixGroup"));
            return page(id, null, user, model);
        }
        redirect.addFlashAttribute("notice", "idea.support.done");
        return "redirect:/ideas/{id}";
    }

    @PostMapping("/ideas/{id}/follow")
    String follow(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Locale locale,
                  RedirectAttributes redirect) {
        pages.follow(id, Viewers.required(user), "en".equals(locale.getLanguage()) ? "en" : "de");
        redirect.addFlashAttribute("notice", "idea.follow.done");
        return "redirect:/ideas/{id}";
    }

    /** A comment as typed; what participation-service refuses (markup, too long, empty) stands beside the field. */
    @PostMapping("/ideas/{id}/comments")
    String comment(@PathVariable String id, @ModelAttribute("newComment") CommentForm form, BindingResult binding,
                   @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        try {
            pages.comment(id, form.getText());
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, Set.of("text"));
            return page(id, null, user, model);
        }
        redirect.addFlashAttribute("notice", "idea.comment.done");
        return "redirect:/ideas/{id}";
    }

    /** A moderator hides a comment for a reason; a refused reason stands beside that comment's field. */
    @PostMapping("/ideas/{id}/comments/{commentId}/hide")
    String hide(@PathVariable String id, @PathVariable String commentId,
                @RequestParam(required = false) String reason, @AuthenticationPrincipal OidcUser user, Model model,
                RedirectAttributes redirect) {
        try {
            pages.hide(commentId, reason);
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            model.addAttribute("hideRefused", HideRefusal.of(commentId, reason, problem));
            return page(id, null, user, model);
        }
        redirect.addFlashAttribute("notice", "idea.comment.hide.done");
        return "redirect:/ideas/{id}";
    }

    /** The page with its forms as they were sent, or empty ones. */
    private String page(String id, String cursor, OidcUser user, Model model) {
        if (!model.containsAttribute("support")) {
            model.addAttribute("support", new SupportForm());
        }
        if (!model.containsAttribute("newComment")) {
            model.addAttribute("newComment", new CommentForm());
        }
        model.addAttribute("page", pages.page(id, Viewers.of(user), cursor));
        return "idea";
    }
}
