package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most {@code concurrent-writes} writes (POST, PUT, PATCH, DELETE on {@code /api/}) of all clients work at
 * once; a write that finds no room within {@code write-wait} is answered 503 with {@code Retry-After} before it
 * touched anything, so an overloaded service refuses clearly and stores nothing instead of letting calls queue until
 * the client's timeout, when nobody knows what happened. Reads are never held back.
 */
class WriteAdmission extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Problems problems;
    private final Semaphore room;
    private final long waitNanos;

    WriteAdmission(Problems problems, int concurrentWrites, Duration wait) {
        this.problems = problems;
        this.room = new Semaphore(concurrentWrites, true);
        this.waitNanos = wait.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isApiWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = room.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            room.release();
        }
    }
}
