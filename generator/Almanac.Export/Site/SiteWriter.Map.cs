using System.Text;

namespace Almanac.Export.Site;

internal sealed partial class SiteWriter
{
    /// <summary>Located places beyond which the map draws clusters instead of one marker per place.</summary>
    internal const int ClusterThreshold = 400;

    /// <summary>
    /// The map: the located places over the Natural Earth country outlines, one marker per place sized by the events at it,
    /// a filled dot for a point placement (exact or near) and a dashed ring for an area-level one (district, province,
    /// region, country). The main map frames where most events are; places far from it are drawn on a world map below.
    /// A table lists every place with its precision and events, as the pictures' text alternative.
    /// </summary>
    private void WriteMap()
    {
        var located = _scope.Places.Where(p => p.Location is not null).ToList();
        var counts = located.ToDictionary(p => p, p => AtExactly(p).Count);
        (List<Place> core, List<Place> far) = Frame(located, counts);
        WritePage("map.html", "Map", "map", page =>
        {
            Html h = page.Html;
            h.Element("h1", "Map").Line();
            int unplaced = _dataset.Events.Count(e => e.Place?.Location is null);
            h.Open("p").Text($"{located.Count} located places and the events at them. A filled dot is a place located at a point (exact or near); a dashed ring is an area-level placement (district, province, region or country), drawn at the area's reference point. Dots grow with the number of events. ")
                .Text(unplaced > 0 ? $"{unplaced} events have no located place and are not drawn." : "").Close("p").Line();
            if (core.Count > 0)
            {
                WriteMapFigure(page, core, counts, "map-main", "Where the events are", cluster: core.Count > ClusterThreshold);
            }
            if (far.Count > 0)
            {
                WriteMapFigure(page, far, counts, "map-world", "Places elsewhere in the world", cluster: far.Count > ClusterThreshold, world: true);
            }
            h.Open("table", "class", "places", "id", "places-list").Line().Element("caption", "Located places").Line()
                .Open("thead").Open("tr").Element("th", "Place", "scope", "col").Element("th", "Precision", "scope", "col").Element("th", "Latitude, longitude", "scope", "col")
                .Element("th", "Events at it", "scope", "col").Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (Place p in located)
            {
                GeoPoint point = p.Location!.Value;
                h.Open("tr").Open("td").Link(page.To(p), p.Name);
                WriteFrom(h, p);
                h.Close("td").Element("td", p.GeoPrecision?.ToYamlWord() ?? "unknown")
                    .Element("td", point.Latitude.ToString("0.####", CultureInfo.InvariantCulture) + ", " + point.Longitude.ToString("0.####", CultureInfo.InvariantCulture))
                    .Element("td", Count(counts[p]), "class", "number").Close("tr").Line();
            }
            h.Close("tbody").Line().Close("table").Line();
        });
    }

    /// <summary>
    /// Splits the located places into those the main map frames and those drawn on the world map: the main map holds
    /// the places within the smallest of 500, 1,000, 2,000 and 4,000 km of the events' weighted centre that holds 85% of
    /// the events (a place without events weighs a quarter of one), or every place when none does.
    /// </summary>
    private static (List<Place> Core, List<Place> Far) Frame(List<Place> located, Dictionary<Place, int> counts)
    {
        if (located.Count == 0)
        {
            return (located, new List<Place>());
        }
        double Weight(Place p) => counts[p] == 0 ? 0.25 : counts[p];
        double Median(Func<GeoPoint, double> value)
        {
            var ordered = located.OrderBy(p => value(p.Location!.Value)).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
            double total = ordered.Sum(Weight), sum = 0;
            foreach (Place p in ordered)
            {
                sum += Weight(p);
                if (sum >= total / 2)
                {
                    return value(p.Location!.Value);
                }
            }
            return value(ordered[^1].Location!.Value);
        }
        var centre = new GeoPoint(Median(g => g.Latitude), Median(g => g.Longitude));
        double all = located.Sum(Weight);
        foreach (double radius in new[] { 500.0, 1000, 2000, 4000 })
        {
            var core = located.Where(p => p.Location!.Value.DistanceKm(centre) <= radius).ToList();
            if (core.Sum(Weight) >= 0.85 * all)
            {
                return (core, located.Except(core).ToList());
            }
        }
        return (located, new List<Place>());
    }

    private static void WriteMapFigure(Page page, List<Place> places, Dictionary<Place, int> counts, string id, string caption, bool cluster, bool world = false)
    {
        // An equirectangular projection scaled by the cosine of the middle latitude, in degrees; y grows southwards.
        double west = places.Min(p => p.Location!.Value.Longitude), east = places.Max(p => p.Location!.Value.Longitude);
        double south = places.Min(p => p.Location!.Value.Latitude), north = places.Max(p => p.Location!.Value.Latitude);
        if (world)
        {
            (west, east, south, north) = (-180, 180, -60, 85);
        }
        else
        {
            double padX = Math.Max(1.5, (east - west) * 0.15), padY = Math.Max(1.5, (north - south) * 0.15);
            (west, east, south, north) = (Math.Max(-180, west - padX), Math.Min(180, east + padX), Math.Max(-85, south - padY), Math.Min(85, north + padY));
        }
        double k = Math.Cos((north + south) / 2 * Math.PI / 180);
        double X(double lon) => lon * k;
        double Y(double lat) => -lat;
        double width = X(east) - X(west), height = north - south;
        double unit = Math.Max(width, height) / (world ? 220 : 100);
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        Html h = page.Html;
        h.Open("figure", "class", "map", "id", id).Line()
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", $"{F(X(west))} {F(Y(north))} {F(width)} {F(height)}", "role", "group", "aria-labelledby", id + "-title")
            .Element("title", caption, "id", id + "-title").Line();
        h.Open("rect", "class", "sea", "x", F(X(west)), "y", F(Y(north)), "width", F(width), "height", F(height)).Close("rect").Line();
        h.Open("g", "class", "land", "aria-hidden", "true").Line();
        double step = world ? 0.5 : 0.0;
        foreach (WorldOutline.Country country in WorldOutline.Countries)
        {
            if (country.East < west || country.West > east || country.North < south || country.South > north)
            {
                continue;
            }
            var d = new StringBuilder();
            foreach (var ring in country.Rings)
            {
                AppendRing(d, ring, step, F, X, Y);
            }
            if (d.Length > 0)
            {
                h.Open("path", "d", d.ToString()).Element("title", country.Name).Close("path").Line();
            }
        }
        h.Close("g").Line();
        h.Open("g", "class", "markers").Line();
        int most = Math.Max(1, places.Max(p => counts[p]));
        if (cluster)
        {
            double cell = Math.Max(width, height) / 24;
            int largest = places.GroupBy(p => ((int)Math.Floor(X(p.Location!.Value.Longitude) / cell), (int)Math.Floor(Y(p.Location!.Value.Latitude) / cell))).Max(g => g.Count());
            foreach (var group in places.GroupBy(p => ((int)Math.Floor(X(p.Location!.Value.Longitude) / cell), (int)Math.Floor(Y(p.Location!.Value.Latitude) / cell))).OrderBy(g => g.Key))
            {
                var list = group.ToList();
                if (list.Count == 1)
                {
                    Marker(page, list[0], counts[list[0]], most, unit, F, X, Y);
                    continue;
                }
                double cx = list.Average(p => X(p.Location!.Value.Longitude)), cy = list.Average(p => Y(p.Location!.Value.Latitude));
                int events = list.Sum(p => counts[p]);
                string label = $"{list.Count} places with {events} events: {string.Join(", ", list.Take(8).Select(p => p.Name))}{(list.Count > 8 ? ", …" : "")}";
                h.Open("a", "href", "#places-list", "class", "cluster", "aria-label", label)
                    .Open("circle", "cx", F(cx), "cy", F(cy), "r", F(unit * (1.2 + 1.6 * Math.Sqrt(list.Count / (double)largest)))).Element("title", label).Close("circle")
                    .Element("text", Count(list.Count), "x", F(cx), "y", F(cy), "font-size", F(unit * 1.1), "text-anchor", "middle", "dominant-baseline", "central")
                    .Close("a").Line();
            }
        }
        else
        {
            foreach (Place p in places.OrderByDescending(p => counts[p]).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                Marker(page, p, counts[p], most, unit, F, X, Y);
            }
            // Labels for the places with the most events, drawn over every marker, leaving out those that would overlap one already drawn.
            var drawn = new List<(double X0, double Y0, double X1, double Y1)>();
            double size = unit * 1.5;
            foreach (Place p in places.Where(p => counts[p] > 0).OrderByDescending(p => counts[p]).ThenBy(p => p.Id, StringComparer.Ordinal).Take(24))
            {
                GeoPoint g = p.Location!.Value;
                double x0 = X(g.Longitude) + unit * 1.5, y1 = Y(g.Latitude) + size * 0.3;
                var box = (x0, y1 - size, x0 + p.Name.Length * size * 0.55, y1);
                if (drawn.Any(b => b.X0 < box.Item3 && box.x0 < b.X1 && b.Y0 < box.y1 && box.Item2 < b.Y1) || drawn.Count == 12)
                {
                    continue;
                }
                drawn.Add(box);
                h.Element("text", p.Name, "class", "label", "x", F(x0), "y", F(y1), "font-size", F(size), "aria-hidden", "true").Line();
            }
        }
        h.Close("g").Line().Close("svg").Line()
            .Element("figcaption", caption + (cluster ? " (nearby places drawn together; the table below lists each)" : "")).Line()
            .Close("figure").Line();
    }

    /// <summary>One place's marker: its area grows with its events, up to that of the place with the <paramref name="most"/> events.</summary>
    private static void Marker(Page page, Place p, int events, int most, double unit, Func<double, string> f, Func<double, double> x, Func<double, double> y)
    {
        GeoPoint g = p.Location!.Value;
        bool area = p.GeoPrecision is GeoPrecision precision && precision >= GeoPrecision.District;
        double r = unit * (0.6 + 1.6 * Math.Sqrt(events / (double)most));
        string label = $"{p.Name}: {events} event{(events == 1 ? "" : "s")}, {(area ? "area-level placement (" + p.GeoPrecision!.Value.ToYamlWord() + ")" : "located at a point")}";
        page.Html.Open("a", "href", page.To(p), "class", area ? "marker area" : "marker point", "aria-label", label, "data-place", p.Id)
            .Open("circle", "cx", f(x(g.Longitude)), "cy", f(y(g.Latitude)), "r", f(area ? Math.Max(r, unit * 2.5) : r)).Element("title", label).Close("circle")
            .Close("a").Line();
    }

    /// <summary>Appends one ring as SVG path data; with <paramref name="step"/> &gt; 0, points are snapped to that grid (in degrees) and repeats dropped.</summary>
    private static void AppendRing(StringBuilder d, (double Lon, double Lat)[] ring, double step, Func<double, string> f, Func<double, double> x, Func<double, double> y)
    {
        var points = new List<(double, double)>(ring.Length);
        foreach (var (lon, lat) in ring)
        {
            var p = step > 0 ? (Math.Round(lon / step) * step, Math.Round(lat / step) * step) : (lon, lat);
            if (points.Count == 0 || points[^1] != p)
            {
                points.Add(p);
            }
        }
        if (points.Count < 4 || (step > 0 && points.Max(p => p.Item1) - points.Min(p => p.Item1) < 4 * step && points.Max(p => p.Item2) - points.Min(p => p.Item2) < 4 * step))
        {
            return;
        }
        d.Append('M');
        bool closed = true;
        for (int i = 0; i < points.Count; i++)
        {
            // A ring that crosses the antimeridian is drawn as pieces rather than with a line across the world.
            bool jump = i > 0 && Math.Abs(points[i].Item1 - points[i - 1].Item1) > 180;
            closed &= !jump;
            d.Append(i == 0 ? "" : jump ? "M" : " ").Append(f(x(points[i].Item1))).Append(',').Append(f(y(points[i].Item2)));
        }
        d.Append(closed ? "Z" : "");
    }
}
