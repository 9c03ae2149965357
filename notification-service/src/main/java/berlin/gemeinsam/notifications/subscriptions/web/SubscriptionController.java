package berlin.gemeinsam.notifications.subscriptions.web;

import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Language;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
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
        SubscriptionService.Following following = subscriptions.follow(request.subscriberId(),
                new Target(request.target().type(), request.target().canonicalId()),
                request.channels() == null ? Set.of(Channel.IN_APP) : request.channels(),
                request.language() == null ? Language.DEFAULT : request.language());
        return Creation.createdOrFound(following.created(), following.subscription().getId(),
                SubscriptionView.of(following.subscription()));
    }

    @DeleteMapping("/subscriptions/{id}")
    ResponseEntity<Void> unfollow(@PathVariable String id) {
        subscriptions.unfollow(id);
        return ResponseEntity.noContent().build();
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
            @Size(max = 2) Set<@NotNull Channel> channels,
            @Pattern(regexp = "de|en") String language) {
    }

    @FollowableTarget
    record TargetRequest(
            @NotNull TargetType type,
            @NotBlank @Size(max = 100) String id) {

        /** Ideas and measures are followed by the lower-case id their events name them by. */
        String canonicalId() {
            return type == TargetType.UNIT ? id : ResourceIds.canonical(id);
        }
    }

    record SubscriptionView(String id, String subscriberId, Target target, Instant createdAt, Set<Channel> channels,
                            String language) {

        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.getId(), subscription.getSubscriberId(),
                    subscription.getTarget(), subscription.getCreatedAt(), new TreeSet<>(subscription.getChannels()),
                    subscription.getLanguage());
        }
    }
}
