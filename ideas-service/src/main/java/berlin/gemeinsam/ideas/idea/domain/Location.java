package berlin.gemeinsam.ideas.idea.domain;

/** A WGS84 point an idea is about. */
public record Location(double latitude, double longitude) {

    /** Berlin's bounding box, a little wider than the city so that points on its border are inside. */
    public static final double MIN_LATITUDE = 52.33;
    public static final double MAX_LATITUDE = 52.68;
    public static final double MIN_LONGITUDE = 13.08;
    public static final double MAX_LONGITUDE = 13.77;

    public Location {
        if (!isInBerlin(latitude, longitude)) {
            throw new IllegalArgumentException("a location must be inside Berlin: " + latitude + ", " + longitude);
        }
    }

    public static boolean isInBerlin(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }
}
