using System;
using System.Globalization;

namespace Almanac;

/// <summary>A point on the WGS 84 ellipsoid in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    /// <summary>Mean radius of the Earth in kilometres (IUGG), used for great-circle distances.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Creates a point.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The latitude is outside −90…90 or the longitude outside −180…180.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude >= -90 && latitude <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }
        if (!(longitude >= -180 && longitude <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees, positive north.</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees, positive east.</summary>
    public double Longitude { get; }

    /// <summary>The great-circle (haversine) distance to <paramref name="other"/> in kilometres.</summary>
    public double DistanceKm(GeoPoint other)
    {
        double lat1 = Latitude * (Math.PI / 180), lat2 = other.Latitude * (Math.PI / 180);
        double dLat = lat2 - lat1;
        double dLon = (other.Longitude - Longitude) * (Math.PI / 180);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The initial bearing towards <paramref name="other"/> in degrees clockwise from north (0–360).</summary>
    public double BearingTo(GeoPoint other)
    {
        double lat1 = Latitude * (Math.PI / 180), lat2 = other.Latitude * (Math.PI / 180);
        double dLon = (other.Longitude - Longitude) * (Math.PI / 180);
        double y = Math.Sin(dLon) * Math.Cos(lat2);
        double x = Math.Cos(lat1) * Math.Sin(lat2) - Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon);
        return (Math.Atan2(y, x) * (180 / Math.PI) + 360) % 360;
    }

    /// <summary>Returns <c>lat, lon</c> in invariant culture, e.g. <c>32.4346, 13.6351</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}");
}
