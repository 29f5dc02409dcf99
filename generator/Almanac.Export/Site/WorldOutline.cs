namespace Almanac.Export.Site;

/// <summary>
/// The country outlines drawn under a site's map: Natural Earth 1:50m Admin 0 countries (public domain), carried as the
/// embedded resource <c>natural-earth-countries-50m.txt</c> (provenance in <c>Site/Assets/README.md</c>). Each line is a
/// country: its ISO 3166-1 numeric code, its name and its rings, separated by tabs; rings are separated by <c>;</c> and
/// hold points in hundredths of a degree (<c>lon,lat</c>), the first absolute and the rest as differences.
/// </summary>
internal static class WorldOutline
{
    /// <summary>A country's outline: its name and rings of (longitude, latitude) points.</summary>
    internal sealed record Country(string Code, string Name, IReadOnlyList<(double Lon, double Lat)[]> Rings, double West, double South, double East, double North);

    private static readonly Lazy<IReadOnlyList<Country>> s_countries = new(Load);

    /// <summary>Every country, ordered by code.</summary>
    public static IReadOnlyList<Country> Countries => s_countries.Value;

    private static IReadOnlyList<Country> Load()
    {
        using Stream stream = typeof(WorldOutline).Assembly.GetManifestResourceStream("Almanac.Export.Site.natural-earth-countries-50m.txt")
            ?? throw new InvalidOperationException("The world outline resource is missing from Almanac.Export.");
        using var reader = new StreamReader(stream);
        var countries = new List<Country>();
        while (reader.ReadLine() is string line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            string[] columns = line.Split('\t');
            var rings = new List<(double, double)[]>();
            double west = 180, south = 90, east = -180, north = -90;
            foreach (string ring in columns[2].Split(';'))
            {
                string[] points = ring.Split(' ');
                var list = new (double, double)[points.Length];
                int x = 0, y = 0;
                for (int i = 0; i < points.Length; i++)
                {
                    int comma = points[i].IndexOf(',', StringComparison.Ordinal);
                    x += int.Parse(points[i].AsSpan(0, comma), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    y += int.Parse(points[i].AsSpan(comma + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    double lon = x / 100.0, lat = y / 100.0;
                    list[i] = (lon, lat);
                    west = Math.Min(west, lon);
                    east = Math.Max(east, lon);
                    south = Math.Min(south, lat);
                    north = Math.Max(north, lat);
                }
                rings.Add(list);
            }
            countries.Add(new Country(columns[0], columns[1], rings, west, south, east, north));
        }
        return countries;
    }
}
