package berlin.gemeinsam.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as an event of the published language. The name is the CloudEvents {@code type}:
 * reverse-DNS and versioned, so that a changed contract gets a new name and old consumers keep working.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** CloudEvents type, e.g. {@code berlin.gemeinsam.idea.published.v1}. */
    String value();

    /** The stream (and so the topic of the owning unit) that carries the event. */
    EventStream stream();
}
