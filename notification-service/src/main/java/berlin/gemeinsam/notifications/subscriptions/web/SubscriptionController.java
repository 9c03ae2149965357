package berlin.gemeinsam.notifications.subscriptions.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.notifications.subscriptions.domain.Area;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.GeoPoint;
import berlin.gemeinsam.notifications.subscriptions.domain.Language;
import berlin.gemeinsam.notifications.subscriptions.domain.SearchProfile;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.PageResponse;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RestController
@RequestMapping("/api/v1")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/subscriptions")
    ResponseEntity<SubscriptionView> follow(@Valid @RequestBody FollowRequest request) {
        Set<Channel> channels = request.channels() == null ? Set.of(Channel.IN_APP) : request.channels();
        String language = request.language() == null ? Language.DEFAULT : request.language();
        Frequency frequency = request.frequency() == null ? Frequency.IMMEDIATELY : request.frequency();
        SubscriptionService.Following following = request.target().type() == TargetType.SEARCH
                ? subscriptions.saveSearch(request.subscriberId(), request.target().profile().toProfile(),
                channels, language, frequency)
                : subscriptions.follow(request.subscriberId(),
                new Target(request.target().type(), request.target().canonicalId()), channels, language, frequency);
        return Creation.createdOrFound(following.created(), following.subscription().getId(),
                SubscriptionView.of(following.subscription()));
    }

    @DeleteMapping("/subscriptions/{id}")
    ResponseEntity<Void> unfollow(@PathVariable String id) {
        subscriptions.unfollow(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Changes where a subscription of the caller tells ({@code channels}, at least one), the language of its mails
     * and how often they go out ({@code frequency}: at once or in a daily or weekly digest); what the body leaves out
     * stays as it is. Mails still pending on a channel taken off are suppressed
     * ({@code CHANNEL_REMOVED}). Another's subscription or none: 404.
     */
    @PatchMapping(path = "/subscriptions/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    SubscriptionView change(@PathVariable @Size(max = 100) String id,
                            @Valid @RequestBody SubscriptionChangeRequest request) {
        return SubscriptionView.of(subscriptions.change(id, Optional.ofNullable(request.channels()),
                Optional.ofNullable(request.language()), Optional.ofNullable(request.frequency())));
    }

    @GetMapping("/subscribers/{subscriberId}/subscriptions")
    PageResponse<SubscriptionView> listOf(@PathVariable @Size(max = 100) String subscriberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(subscriptions.listOf(subscriberId, page, size), SubscriptionView::of);
    }

    record FollowRequest(
            @NotBlank @Size(max = 100) @Text String subscriberId,
            @NotNull @Valid TargetRequest target,
            @Size(max = 3) Set<@NotNull Channel> channels,
            @Pattern(regexp = "de|en") String language,
            Frequency frequency) {
    }

    record SubscriptionChangeRequest(
            @Size(min = 1, max = 3) Set<@NotNull Channel> channels,
            @Pattern(regexp = "de|en") String language,
            Frequency frequency) {
    }

    /**
     * A saved search ({@code type} SEARCH) has a {@code profile} and no {@code id}; every other target an {@code id}
     * (for a CATEGORY the name of a field of action).
     */
    @FollowableTarget
    record TargetRequest(
            @NotNull TargetType type,
            @Size(max = 100) String id,
            @Valid ProfileRequest profile) {

        /**
         * Ideas and measures are followed by the lower-case id their events name them by, a field of action by its
         * name.
         */
        String canonicalId() {
            return switch (type) {
                case UNIT -> id;
                case CATEGORY -> Category.ofLabel(id).orElseThrow().name();
                default -> ResourceIds.canonical(id);
            };
        }
    }

    /**
     * What a saved search looks for; every part is optional. A point needs a radius and a radius a point.
     *
     * @param keywords   found as part of a word, ignoring case
     * @param units      ids of the unit registry
     * @param categories fields of action, by name
     */
    @SearchableProfile
    record ProfileRequest(
            @Size(max = SearchProfile.MAX_KEYWORDS) List<@NotBlank @Size(min = SearchProfile.MIN_KEYWORD_LENGTH,
                    max = SearchProfile.MAX_KEYWORD_LENGTH) String> keywords,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> units,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> categories,
            @Valid PointRequest point,
            @Min(Area.MIN_RADIUS_METERS) @Max(Area.MAX_RADIUS_METERS) Integer radiusMeters) {

        SearchProfile toProfile() {
            return SearchProfile.of(listOf(keywords), listOf(units), listOf(categories).stream()
                            .map(category -> Category.ofLabel(category).orElseThrow().name()).toList(),
                    point == null ? null : Area.around(new GeoPoint(point.latitude(), point.longitude()),
                            radiusMeters));
        }

        private static List<String> listOf(List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    /** A WGS84 point inside Berlin. */
    record PointRequest(@NotNull Double latitude, @NotNull Double longitude) {
    }

    /** @param profile a saved search's, without what the store keeps only to find it */
    record SubscriptionView(String id, String subscriberId, Target target, Instant createdAt, ProfileView profile,
                            Set<Channel> channels, String language, Frequency frequency) {

        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.getId(), subscription.getSubscriberId(),
                    subscription.getTarget(), subscription.getCreatedAt(), ProfileView.of(subscription.getProfile()),
                    new TreeSet<>(subscription.getChannels()), subscription.getLanguage(),
                    subscription.getFrequency());
        }
    }

    record ProfileView(List<String> keywords, List<String> units, List<String> categories, PointRequest point,
                       Integer radiusMeters) {

        static ProfileView of(SearchProfile profile) {
            if (profile == null) {
                return null;
            }
            Area area = profile.area();
            return new ProfileView(profile.keywords(), profile.units(), profile.categories(),
                    area == null ? null : new PointRequest(area.center().latitude(), area.center().longitude()),
                    area == null ? null : area.radiusMeters());
        }
    }
}
