package berlin.gemeinsam.web.ideas.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import berlin.gemeinsam.web.ideas.application.IdeaPages;

/** The unit's home: its newest and its most supported ideas. */
@Controller
class HomeController {

    private final IdeaPages pages;

    HomeController(IdeaPages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", pages.home());
        return "home";
    }
}
