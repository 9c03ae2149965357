package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of action and guiding principles a measure can serve, the same lists as the ideas', with both labels
 * so that a client can show either language.
 */
@RestController
class StrategyListsController {

    @GetMapping("/api/v1/categories")
    List<Entry<Category>> categories() {
        return Arrays.stream(Category.values())
                .map(category -> new Entry<>(category, new Labels(category.german(), category.english()))).toList();
    }

    @GetMapping("/api/v1/principles")
    List<Entry<GuidingPrinciple>> principles() {
        return Arrays.stream(GuidingPrinciple.values())
                .map(principle -> new Entry<>(principle, new Labels(principle.german(), principle.english()))).toList();
    }

    record Entry<T extends Enum<T>>(T id, Labels labels) {
    }

    record Labels(String de, String en) {
    }
}
