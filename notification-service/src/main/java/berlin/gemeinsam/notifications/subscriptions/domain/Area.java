package berlin.gemeinsam.notifications.subscriptions.domain;

/**
 * The circle of a saved search: a centre and a radius in metres. The box around it ({@code south} to {@code north},
 * {@code west} to {@code east}, in degrees) is stored with it, so that the store finds the profiles whose box holds a
 * point by index; the exact distance is checked after.
 */
public record Area(GeoPoint center, int radiusMeters, double south, double north, double west, double east) {

    public static final int MIN_RADIUS_METERS = 500;
    public static final int MAX_RADIUS_METERS = 3_000;
    /** Widens the box by a tenth, so that rounding never puts a point of the circle outside it. */
    private static final double MARGIN = 1.1;

    public static Area around(GeoPoint center, int radiusMeters) {
        double latitudeDegrees = Math.toDegrees(radiusMeters / GeoPoint.EARTH_RADIUS_METERS) * MARGIN;
        double longitudeDegrees = latitudeDegrees / Math.cos(Math.toRadians(center.latitude()));
        return new Area(center, radiusMeters, center.latitude() - latitudeDegrees,
                center.latitude() + latitudeDegrees, center.longitude() - longitudeDegrees,
                center.longitude() + longitudeDegrees);
    }

    /** The edge belongs to the circle: a point exactly {@code radiusMeters} away is inside. */
    public boolean contains(GeoPoint point) {
        return center.metersTo(point) <= radiusMeters;
    }
}
