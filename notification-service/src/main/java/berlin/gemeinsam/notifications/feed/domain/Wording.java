package berlin.gemeinsam.notifications.feed.domain;

/**
 * The words of a feed entry before they are put into a language: a message code whose text gets the name of
 * the unit ({0}) and the title of the idea or measure ({1}).
 */
public record Wording(String code, String unitId, String title) {
}
