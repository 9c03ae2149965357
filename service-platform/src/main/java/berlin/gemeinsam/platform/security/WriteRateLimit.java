package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.problems.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Limits the writes (POST, PUT, PATCH, DELETE on {@code /api/}) one client makes: per token subject, or per
 * address for a caller without a token. A client over its limit gets 429 with {@code Retry-After}; reads are
 * never limited. Token buckets (Bucket4j) refill evenly, so a client may burst up to its minute's allowance.
 */
class WriteRateLimit extends OncePerRequestFilter {

    /** Clients remembered at most; the least recently seen are forgotten first, which only resets their bucket. */
    private static final int CLIENTS = 100_000;

    private final Access access;
    private final Problems problems;
    private final int writesPerMinute;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > CLIENTS;
        }
    });

    WriteRateLimit(Access access, Problems problems, int writesPerMinute) {
        this.access = access;
        this.problems = problems;
        this.writesPerMinute = writesPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isApiWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = access.caller();
        String client = caller.map(known -> "sub:" + known.subject()).orElse("addr:" + request.getRemoteAddr());
        ConsumptionProbe probe = buckets.computeIfAbsent(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", String.valueOf(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(writesPerMinute)
                        .refillGreedy(writesPerMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
