package berlin.gemeinsam.notifications.deliveries.web;

import berlin.gemeinsam.notifications.deliveries.application.Deliveries;
import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.CursorLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RestController
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * What the subscriber was told on which channel and how it went (pending, sent, failed or suppressed, with the
     * reason), newest first, of one {@code channel} or {@code status} if asked, read on page by page with
     * {@code cursor} (the {@code nextCursor} of the page before, also as the link {@code next}; both null after the
     * last page). For the subscriber alone.
     */
    @GetMapping("/api/v1/subscribers/{subscriberId}/deliveries")
    DeliveryPage deliveriesOf(@PathVariable @Size(max = 100) String subscriberId,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            HttpServletRequest request) {
        CursorPage<Delivery> page = deliveries.of(subscriberId, Optional.ofNullable(channel),
                Optional.ofNullable(status), cursor, size);
        String nextCursor = page.next().map(next -> next.encoded()).orElse(null);
        return new DeliveryPage(page.items().stream().map(DeliveryView::of).toList(), size, nextCursor,
                nextCursor == null ? null : CursorLinks.next(request, nextCursor));
    }


    /**
     * @param time    when what the notification tells of happened
     * @param reason  why it failed or was suppressed
     */
    record DeliveryView(String id, Channel channel, String eventType, String subject, Instant time,
                        DeliveryStatus status, String reason, int attempts, Instant lastAttemptAt,
                        Instant settledAt) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.channel(), delivery.eventType(), delivery.subject(),
                    delivery.time(), delivery.status(), delivery.reason(), delivery.attempts(),
                    delivery.lastAttemptAt(), delivery.settledAt());
        }
    }

    record DeliveryPage(List<DeliveryView> items, int size, String nextCursor, String next) {
    }
}
