package berlin.gemeinsam.web.ideas.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import berlin.gemeinsam.web.ideas.application.IdeaPages;
import berlin.gemeinsam.web.ideas.application.NewIdea;
import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.layout.web.Viewers;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * A citizen submits an idea: the form asks for the problem before the proposal. ideas-service checks it; what it
 * refuses is shown beside the field it names, and listed at the top of the form.
 */
@Controller
class SubmitIdeaController {

    private final IdeaPages pages;

    SubmitIdeaController(IdeaPages pages) {
        this.pages = pages;
    }

    @GetMapping("/ideas/new")
    String form(@ModelAttribute("idea") IdeaForm form) {
        return "submit";
    }

    @PostMapping("/ideas")
    String submit(@ModelAttribute("idea") IdeaForm form, BindingResult binding, @AuthenticationPrincipal OidcUser user,
                  Locale locale, RedirectAttributes redirect) {
        String id;
        try {
            id = pages.submit(new NewIdea(form.getTitle(), form.getProblem(), form.getProposal(), form.getCategory(),
                    "en".equals(locale.getLanguage()) ? "en" : "de"), Viewers.required(user));
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, IdeaForm.FIELDS);
            return "submit";
        }
        redirect.addFlashAttribute("notice", "idea.submitted");
        return "redirect:/ideas/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
