package berlin.gemeinsam.web.cockpit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import berlin.gemeinsam.web.cockpit.application.Portfolio;

/** The central office's cockpit: the portfolio of every unit's measures, read from central measures-service. */
@Controller
class CockpitController {

    private final Portfolio portfolio;

    CockpitController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/cockpit")
    String cockpit(Model model) {
        model.addAttribute("portfolio", portfolio.summary());
        return "cockpit";
    }
}
