package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.events.Category;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The fields of action an idea can belong to, with both labels so that a client can show either language. */
@RestController
class CategoryController {

    @GetMapping("/api/v1/categories")
    List<CategoryView> categories() {
        return Arrays.stream(Category.values()).map(CategoryView::of).toList();
    }

    record CategoryView(Category id, Labels labels) {

        static CategoryView of(Category category) {
            return new CategoryView(category, new Labels(category.german(), category.english()));
        }
    }

    record Labels(String de, String en) {
    }
}
