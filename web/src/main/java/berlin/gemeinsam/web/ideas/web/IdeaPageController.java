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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.ideas.application.IdeaPages;
import berlin.gemeinsam.web.layout.web.Viewers;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.Viewer;

/** An idea's page, and what a signed-in person does there: support it, follow it. */
@Controller
class IdeaPageController {

    private final IdeaPages pages;

    IdeaPageController(IdeaPages pages) {
        this.pages = pages;
    }

    @GetMapping("/ideas/{id}")
    String idea(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
        if (!model.containsAttribute("support")) {
            model.addAttribute("support", new SupportForm());
        }
        model.addAttribute("page", pages.page(id, Viewers.of(user)));
        return "idea";
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
            model.addAttribute("page", pages.page(id, Viewers.of(user)));
            return "idea";
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
}
