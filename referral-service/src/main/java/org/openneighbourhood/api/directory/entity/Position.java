package org.openneighbourhood.api.directory.entity;

/** A point on the earth in WGS84 degrees, as the ONS Postcode Directory gives a postcode's. */
public record Position(double latitude, double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Position {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Not a position on the earth");
    }
  }

  /** The great-circle distance (haversine), as the directory's search works it out in SQL. */
  public double kilometresTo(Position other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
