package berlin.gemeinsam.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

/**
 * The answer to a POST that creates a resource: 201 with its {@code Location}, or 200 with the same
 * {@code Location} when an idempotent repeat found the resource the first request created.
 */
public final class Creation {

    private Creation() {
    }

    public static <T> ResponseEntity<T> created(String id, T body) {
        return createdOrFound(true, id, body);
    }

    public static <T> ResponseEntity<T> createdOrFound(boolean created, String id, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(location).body(body);
    }
}
