package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A point on the map in WGS 84 degrees.
 *
 * @param latitude degrees north, in {@code [-90, 90]}
 * @param longitude degrees east, in {@code [-180, 180]}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Place(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param latitude degrees north, in {@code [-90, 90]}
     * @param longitude degrees east, in {@code [-180, 180]}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Place {
        Checks.inRange(latitude, -90, 90, "Place.latitude");
        Checks.inRange(longitude, -180, 180, "Place.longitude");
    }

    /**
     * Computes the great-circle distance by the haversine formula on a sphere of the mean Earth
     * radius (6371.0088 km). Accurate to about 0.5 % against the ellipsoid.
     *
     * @param other the other place; never {@code null}
     * @return the distance in kilometres
     */
    public double distanceKm(Place other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h =
                Math.sin(dLat / 2) * Math.sin(dLat / 2)
                        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
