package berlin.gemeinsam.web.measures.application;

/** A measure with the entity tag of the version read ({@code "3"}), for a change meant for that version only. */
public record VersionedMeasure(Measure measure, String version) {
}
