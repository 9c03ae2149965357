package berlin.gemeinsam.web.ideas.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import berlin.gemeinsam.web.ideas.application.IdeaPages;
import berlin.gemeinsam.web.ideas.application.SearchQuery;
import berlin.gemeinsam.web.ideas.application.SearchResults;
import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/** The search with the filters of ideas-service's search; a filter it refuses is marked with its message. */
@Controller
class SearchController {

    private static final int PAGE = 20;

    private final IdeaPages pages;

    SearchController(IdeaPages pages) {
        this.pages = pages;
    }

    @GetMapping("/ideas")
    String search(@ModelAttribute("search") SearchForm form, BindingResult binding, Model model) {
        SearchQuery query = new SearchQuery(form.getQ(), form.getStatus(), form.getCategory(), form.getPrinciple(),
                form.getUnit(), form.isHasLocation() ? Boolean.TRUE : null, form.getNear(), form.getRadius(),
                order(form), form.getCursor(), PAGE);
        try {
            SearchResults results = pages.search(query);
            model.addAttribute("results", results);
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, SearchForm.FIELDS);
        }
        return "search";
    }

    /** Without words and order the newest come first, as the search orders them; relevance needs words. */
    private static String order(SearchForm form) {
        boolean noWords = form.getQ() == null || form.getQ().isBlank();
        boolean noOrder = form.getSort() == null || form.getSort().isBlank();
        return noWords && noOrder ? "newest" : form.getSort();
    }
}
