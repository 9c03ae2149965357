package berlin.gemeinsam.notifications.subscriptions.domain;

/** A WGS84 point inside Berlin, the centre of a saved search's radius or the place of an idea. */
public record GeoPoint(double latitude, double longitude) {

    /** Berlin's bounding box as ideas-service checks an idea's location, a little wider than the city. */
    public static final double MIN_LATITUDE = 52.33;
    public static final double MAX_LATITUDE = 52.68;
    public static final double MIN_LONGITUDE = 13.08;
    public static final double MAX_LONGITUDE = 13.77;
    /** The earth's mean radius (IUGG), in metres: the sphere the distances are measured on. */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public static boolean isInBerlin(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    /** The great-circle distance by the haversine formula, exact to well under a metre over a few kilometres. */
    public double metersTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(other.longitude - longitude) / 2;
        double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
