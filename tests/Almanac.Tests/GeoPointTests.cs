namespace Almanac.Tests;

public class GeoPointTests
{
    private static readonly GeoPoint Tripoli = new(32.8967, 13.1778);
    private static readonly GeoPoint Tarhuna = new(32.4346, 13.6351);

    [Fact]
    public void Distance_Tripoli_to_Tarhuna_is_about_67_km()
    {
        // Haversine on the IUGG mean radius; an ellipsoidal (Vincenty) figure differs by well under 0.5 %.
        Assert.Equal(66.9, Tripoli.DistanceKm(Tarhuna), 1);
    }

    [Theory]
    [InlineData(0, 0, 0, 1, 111.195)]                 // one degree of longitude on the equator = 2πR/360
    [InlineData(0, 0, 1, 0, 111.195)]                 // one degree of latitude
    [InlineData(90, 0, -90, 0, 20015.115)]            // pole to pole = πR
    [InlineData(0, 0, 0, 180, 20015.115)]             // antipodes on the equator
    [InlineData(51.5007, -0.1246, 40.6892, -74.0445, 5574.8)] // Big Ben to the Statue of Liberty (commonly quoted 5,575 km)
    [InlineData(0, 179.5, 0, -179.5, 111.195)]        // across the antimeridian
    public void Distance_matches_known_values(double lat1, double lon1, double lat2, double lon2, double km) =>
        Assert.Equal(km, new GeoPoint(lat1, lon1).DistanceKm(new GeoPoint(lat2, lon2)), 0.5);

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        Assert.Equal(Tripoli.DistanceKm(Tarhuna), Tarhuna.DistanceKm(Tripoli), 9);
        Assert.Equal(0, Tripoli.DistanceKm(Tripoli));
    }

    [Theory]
    [InlineData(0, 0, 1, 0, 0)]
    [InlineData(0, 0, 0, 1, 90)]
    [InlineData(0, 0, -1, 0, 180)]
    [InlineData(0, 0, 0, -1, 270)]
    [InlineData(32.8967, 13.1778, 32.4346, 13.6351, 140.1)]   // Tarhuna lies south-east of Tripoli
    public void Bearing_matches_known_values(double lat1, double lon1, double lat2, double lon2, double degrees) =>
        Assert.Equal(degrees, new GeoPoint(lat1, lon1).BearingTo(new GeoPoint(lat2, lon2)), 0.1);

    [Theory]
    [InlineData(90.0001, 0)]
    [InlineData(-90.0001, 0)]
    [InlineData(0, 180.0001)]
    [InlineData(0, -180.0001)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.NaN)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(0, double.NegativeInfinity)]
    public void Out_of_range_coordinates_throw(double lat, double lon)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(lat, lon));
        Assert.Equal(double.IsNaN(lat) || Math.Abs(lat) > 90 ? "latitude" : "longitude", e.ParamName);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void Boundary_coordinates_are_accepted(double lat, double lon)
    {
        var p = new GeoPoint(lat, lon);
        Assert.Equal(lat, p.Latitude);
        Assert.Equal(lon, p.Longitude);
    }

    [Fact]
    public void ToString_is_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("32.4346, 13.6351", Tarhuna.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
