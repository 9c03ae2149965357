package berlin.gemeinsam.ideas.search.application;

import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finding ideas in the index, each reader only those they may list. */
@Service
public class IdeaSearch {

    /** How many similar ideas a submission is shown. */
    public static final int SIMILAR_IDEAS = 5;
    /** The ideas a submission is compared with: those still open to supports. */
    private static final Set<String> SUPPORTABLE = Set.of(IdeaStatus.PUBLISHED.name(), IdeaStatus.SHORTLISTED.name());
    private static final Set<String> PUBLIC = IdeaStatus.PUBLIC.stream().map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> ALL = Arrays.stream(IdeaStatus.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final IdeaIndex index;
    private final OwningUnit owner;

    IdeaSearch(IdeaIndex index, OwningUnit owner) {
        this.index = index;
        this.owner = owner;
    }

    /**
     * The ideas matching the query that the reader may list, as {@code IdeaVisibility} lists them: the unit's staff
     * and the central office every status, everybody else the public ones. {@code query.statuses()} are the
     * statuses asked for, empty for all.
     */
    public SearchResults search(IdeaSearchQuery query, Optional<Caller> reader) {
        boolean staff = reader.filter(caller -> caller.mayReadInternalsOf(owner.id())).isPresent();
        Set<String> visible = staff ? ALL : PUBLIC;
        Set<String> wanted = query.statuses().isEmpty() ? visible
                : query.statuses().stream().filter(visible::contains).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return new SearchResults(List.of(), null);
        }
        return index.search(new IdeaSearchQuery(query.text(), wanted, query.category(), query.principle(),
                query.unit(), query.hasLocation(), query.area(), query.order(), query.after(), query.size()));
    }

    /** Published ideas like a new one, so that its author may support one of them instead of repeating it. */
    public List<SearchableIdea> similarTo(String id, String title, String problem) {
        return index.similarTo(title, problem, SUPPORTABLE, id, SIMILAR_IDEAS);
    }
}
