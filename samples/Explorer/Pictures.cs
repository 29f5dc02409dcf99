using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ScottPlot;
using SkiaSharp;

namespace Almanac.Samples.Explorer;

using Alignment = ScottPlot.Alignment;

/// <summary>Families of event kinds, one colour each in the pictures.</summary>
public enum KindFamily
{
    /// <summary>Armed clashes and territory changing hands by force.</summary>
    Battles,
    /// <summary>Air and drone strikes, shelling.</summary>
    RemoteViolence,
    /// <summary>Attacks on civilians.</summary>
    ViolenceAgainstCivilians,
    /// <summary>Deployments, withdrawals, displays of force, materiel seized, military aid, transfers of territory.</summary>
    MilitaryMoves,
    /// <summary>Statements, accusations, threats, appeals, declarations, calls, interviews, agreements.</summary>
    StatementsAndDiplomacy,
    /// <summary>Discoveries and other events.</summary>
    Other,
}

/// <summary>
/// The explorer's pictures, drawn with ScottPlot and saved as SVG and PNG: a timeline (events per day by kind, and one
/// lane per actor) and a map of places and events over the Natural Earth outline of Libya and its neighbours.
/// </summary>
public static class Pictures
{
    private const string FontName = "DejaVu Sans";

    /// <summary>The colour of each family (the Okabe–Ito palette, readable with colour-vision deficiencies).</summary>
    public static Color ColorOf(KindFamily family) => family switch
    {
        KindFamily.Battles => Color.FromHex("#D55E00"),
        KindFamily.RemoteViolence => Color.FromHex("#E69F00"),
        KindFamily.ViolenceAgainstCivilians => Color.FromHex("#CC79A7"),
        KindFamily.MilitaryMoves => Color.FromHex("#0072B2"),
        KindFamily.StatementsAndDiplomacy => Color.FromHex("#009E73"),
        _ => Color.FromHex("#7F7F7F"),
    };

    /// <summary>The legend label of each family.</summary>
    public static string LabelOf(KindFamily family) => family switch
    {
        KindFamily.Battles => "Battles",
        KindFamily.RemoteViolence => "Air/drone strikes, shelling",
        KindFamily.ViolenceAgainstCivilians => "Violence against civilians",
        KindFamily.MilitaryMoves => "Military moves",
        KindFamily.StatementsAndDiplomacy => "Statements and diplomacy",
        _ => "Other",
    };

    /// <summary>The family of an event kind.</summary>
    public static KindFamily FamilyOf(EventKind kind) => kind switch
    {
        EventKind.ArmedClash or EventKind.TerritoryRegained or EventKind.TerritoryTaken => KindFamily.Battles,
        EventKind.AirStrike or EventKind.DroneStrike or EventKind.Shelling => KindFamily.RemoteViolence,
        EventKind.AttackOnCivilians => KindFamily.ViolenceAgainstCivilians,
        EventKind.TerritoryTransferred or EventKind.Withdrawal or EventKind.Deployment or EventKind.DisplayOfForce
            or EventKind.MaterielSeized or EventKind.MilitaryAid => KindFamily.MilitaryMoves,
        EventKind.Discovery or EventKind.Other => KindFamily.Other,
        _ => KindFamily.StatementsAndDiplomacy,
    };

    /// <summary>Draws every picture into <paramref name="directory"/>; returns the file names written.</summary>
    public static IReadOnlyList<string> WriteAll(Dataset dataset, string directory)
    {
        Directory.CreateDirectory(directory);
        Timeline(dataset, Path.Combine(directory, "timeline.svg"), Path.Combine(directory, "timeline.png"));
        Map(dataset, Path.Combine(directory, "map.svg"), Path.Combine(directory, "map.png"));
        return new[] { "timeline.svg", "timeline.png", "map.svg", "map.png" };
    }

    // ------------------------------------------------------------------------------------------------ timeline

    /// <summary>
    /// The timeline: on top, events per day (by first day) stacked by kind family; below, one lane per actor (the actors
    /// taking part in most events, up to 14) with a dot for each one-day event and a bar for each span of days, in the
    /// colour of the event's family, each on its own track so that none hides another. The window starts the day before the
    /// first event of the data's last two weeks; spans that began earlier enter from the left edge, marked with their
    /// first day, and earlier one-day events are listed in a note.
    /// </summary>
    public static void Timeline(Dataset dataset, string svgPath, string pngPath)
    {
        string title = dataset.Info.Title;
        IReadOnlyList<Event> events = dataset.Events;
        int end = events.Max(e => e.LastDate.DayNumber);
        int start = events.Where(e => e.Date.DayNumber >= end - 14).Min(e => e.Date.DayNumber) - 1;
        var families = Enum.GetValues<KindFamily>();

        // Top: events per day, stacked by family.
        var top = NewPlot();
        var bars = new List<Bar>();
        int maxPerDay = 1;
        for (int day = start; day <= end; day++)
        {
            double baseValue = 0;
            foreach (KindFamily f in families)
            {
                int count = events.Count(e => e.Date.DayNumber == day && FamilyOf(e.Kind) == f);
                if (count == 0)
                {
                    continue;
                }
                bars.Add(new Bar { Position = day, ValueBase = baseValue, Value = baseValue + count, FillColor = ColorOf(f), LineWidth = 0, Size = 0.7 });
                baseValue += count;
            }
            maxPerDay = Math.Max(maxPerDay, (int)baseValue);
        }
        top.Add.Bars(bars);
        top.Title($"Events per day, by kind — {title}", 15);
        top.Axes.Left.Label.Text = "events (by first day)";
        top.Axes.Left.Label.FontSize = 13;
        top.Axes.SetLimits(start - 0.5, end + 0.5, 0, maxPerDay * 1.6 + 0.5);
        top.Axes.Left.TickGenerator = IntegerTicks(maxPerDay);
        top.Axes.Bottom.TickGenerator = DayTicks(start, end, labels: true);
        foreach (KindFamily f in families.Where(f => events.Any(e => FamilyOf(e.Kind) == f)))
        {
            top.Legend.ManualItems.Add(new LegendItem { LabelText = LabelOf(f), FillColor = ColorOf(f), LineWidth = 0 });
        }
        top.Legend.Alignment = Alignment.UpperLeft;
        top.Legend.FontSize = 12;
        top.Legend.FontName = FontName;
        top.ShowLegend();
        var earlier = events.Where(e => e.Date.DayNumber < start).ToList();
        if (earlier.Count > 0)
        {
            string list = string.Join("\n", earlier.Take(6).Select(e => $"{e.Date:yyyy-MM-dd}  {Shorten(e.Name, 60)}"));
            var note = top.Add.Annotation($"Begun before {Date(start)}, not counted here:\n{list}{(earlier.Count > 6 ? "\n…" : "")}", Alignment.UpperRight);
            note.LabelFontSize = 11;
            note.LabelFontName = FontName;
            note.LabelBackgroundColor = Colors.White.WithAlpha(230);
            note.LabelBorderColor = Color.FromHex("#BBBBBB");
        }

        // Bottom: actor lanes, each event of the actor on the first track that is free on its days.
        var lanes = events.SelectMany(e => e.Actors.Select(a => (Actor: a, Event: e)))
            .GroupBy(x => x.Actor)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Take(14)
            .Select(g => g.Key)
            .ToList();
        var bottom = NewPlot();
        const double trackHeight = 1, lanePadding = 0.9;
        double y = 0;
        var tickPositions = new List<double>();
        var tickLabels = new List<string>();
        for (int lane = 0; lane < lanes.Count; lane++)
        {
            Actor actor = lanes[lane];
            var tracks = new List<double>(); // the right edge (in days) of what each track holds so far
            var items = new List<(Event Event, int Track)>();
            foreach (Event e in events.Where(e => e.Actors.Contains(actor) && e.LastDate.DayNumber >= start).OrderBy(e => e.Date).ThenByDescending(e => e.LastDate).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                double from = Math.Max(e.Date.DayNumber, start) - 0.45, to = e.LastDate.DayNumber + 0.45;
                int track = tracks.FindIndex(right => right < from);
                if (track < 0)
                {
                    tracks.Add(to);
                    track = tracks.Count - 1;
                }
                else
                {
                    tracks[track] = to;
                }
                items.Add((e, track));
            }
            double laneTop = y, laneBottom = y - (tracks.Count - 1) * trackHeight - 2 * lanePadding;
            if (lane % 2 == 0)
            {
                var band = bottom.Add.Rectangle(start - 0.5, end + 0.5, laneBottom, laneTop);
                band.FillColor = Color.FromHex("#F1F1F1");
                band.LineWidth = 0;
            }
            foreach (var (e, track) in items)
            {
                double yy = laneTop - lanePadding - track * trackHeight;
                Color color = ColorOf(FamilyOf(e.Kind));
                if (e.EndDate is null && e.Date.DayNumber >= start)
                {
                    var dot = bottom.Add.Marker(e.Date.DayNumber, yy, MarkerShape.FilledCircle, 10, color);
                    dot.MarkerLineColor = Colors.White;
                    dot.MarkerLineWidth = 1;
                }
                else
                {
                    double x1 = Math.Max(e.Date.DayNumber, start - 0.5) - (e.Date.DayNumber >= start ? 0.3 : 0);
                    var span = bottom.Add.Line(x1, yy, e.LastDate.DayNumber + 0.3, yy);
                    span.LineWidth = 7;
                    span.LineColor = color.WithAlpha(200);
                    span.MarkerSize = 0;
                    if (e.Date.DayNumber < start)
                    {
                        var since = bottom.Add.Text($"◀ since {e.Date:yyyy-MM-dd}", start - 0.45, yy);
                        Style(since, 10, Color.FromHex("#333333"));
                        since.Alignment = Alignment.MiddleLeft;
                        since.LabelBackgroundColor = Colors.White.WithAlpha(170);
                    }
                }
            }
            tickPositions.Add((laneTop + laneBottom) / 2);
            tickLabels.Add(Shorten(actor.Name, 34));
            y = laneBottom;
        }
        bottom.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(tickPositions.ToArray(), tickLabels.ToArray());
        bottom.Axes.Left.MajorTickStyle.Length = 0;
        bottom.Axes.Bottom.TickGenerator = DayTicks(start, end, labels: true);
        bottom.Axes.Bottom.Label.Text = "one lane per actor (the 14 taking part in most events) · dot: one day · bar: a span of days · colour: kind, as above";
        bottom.Axes.Bottom.Label.FontSize = 13;
        bottom.Axes.SetLimits(start - 0.5, end + 0.5, y, 0);
        bottom.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        const int width = 1500, topHeight = 330;
        int lanesHeight = 75 + (int)Math.Round(-y * 15);
        int height = topHeight + lanesHeight;
        top.Layout.Fixed(new PixelPadding(290, 30, 35, 45));
        bottom.Layout.Fixed(new PixelPadding(290, 30, 65, 10));
        Save(svgPath, pngPath, width, height,
            (top, new PixelRect(0, width, topHeight, 0)),
            (bottom, new PixelRect(0, width, height, topHeight)));
    }

    private static ScottPlot.TickGenerators.NumericManual DayTicks(int start, int end, bool labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        int step = end - start <= 16 ? 1 : end - start <= 32 ? 2 : 3;
        for (int day = end; day >= start; day--)
        {
            if ((end - day) % step == 0)
            {
                ticks.AddMajor(day, labels ? Date(day) : "");
            }
            else
            {
                ticks.AddMinor(day);
            }
        }
        return ticks;
    }

    private static ScottPlot.TickGenerators.NumericManual IntegerTicks(int max)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        int step = max <= 8 ? 1 : max <= 20 ? 2 : 5;
        for (int i = 0; i <= max; i += step)
        {
            ticks.AddMajor(i, i.ToString(CultureInfo.InvariantCulture));
        }
        return ticks;
    }

    private static string Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("d MMM", CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------------------------------------ map

    /// <summary>
    /// The map: the places of the dataset's home country located to a point, each a circle sized by the square root of the number
    /// of events there and coloured by the family of most of them (places without events are small hollow circles),
    /// labelled with name and count, over the Natural Earth outline of Libya and its neighbours; the 100 km circle of
    /// <c>Events.Near(Tripoli, 100)</c> is dashed. Events elsewhere or without a place are listed in the corner.
    /// </summary>
    public static void Map(Dataset dataset, string svgPath, string pngPath)
    {
        string title = dataset.Info.Title;
        IReadOnlyList<Event> events = dataset.Events;
        var direct = events.Where(e => e.Place is not null).GroupBy(e => e.Place!).ToDictionary(g => g.Key, g => g.ToList());
        string? home = dataset.Places.Where(p => p.Kind == PlaceKind.Country)
            .Select(p => p.Country)
            .FirstOrDefault(c => c is not null && events.Any(e => e.Place?.Country == c));
        // Only a location that is a point on the ground is drawn: a country's centroid, a mountain range's summit or the
        // representative point of a front (geo-precision region or coarser) would put a circle where nothing happened.
        bool IsPoint(Place p) => p.Location is not null && p.GeoPrecision is (GeoPrecision.Exact or GeoPrecision.Near);
        var shown = dataset.Places.Where(p => IsPoint(p) && (home is null || p.Country == home)).ToList();

        // The frame: the shown places with a margin, widened to the aspect of an equirectangular map at its middle latitude.
        double minLat = shown.Min(p => p.Location!.Value.Latitude) - 0.55, maxLat = shown.Max(p => p.Location!.Value.Latitude) + 0.45;
        double minLon = shown.Min(p => p.Location!.Value.Longitude) - 0.7, maxLon = shown.Max(p => p.Location!.Value.Longitude) + 1.1;
        double cosLat = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        const int width = 1500;
        var padding = new PixelPadding(70, 30, 55, 45);
        double dataWidth = width - padding.Left - padding.Right;
        double dataHeight = dataWidth * (maxLat - minLat) / ((maxLon - minLon) * cosLat);
        if (dataHeight < 560)
        {
            double extra = (560 / dataWidth * (maxLon - minLon) * cosLat - (maxLat - minLat)) / 2;
            minLat -= extra;
            maxLat += extra;
            dataHeight = 560;
        }
        int height = (int)Math.Round(dataHeight + padding.Top + padding.Bottom);

        var plot = NewPlot();
        plot.DataBackground.Color = Color.FromHex("#DCEBF5");
        foreach (var (name, iso, rings) in Outlines())
        {
            foreach (Coordinates[] ring in rings)
            {
                var polygon = plot.Add.Polygon(ring);
                polygon.FillColor = iso == home ? Color.FromHex("#FBF6E9") : Color.FromHex("#ECECEC");
                polygon.LineColor = Color.FromHex("#9A9A9A");
                polygon.LineWidth = 1;
            }
            if (iso != home)
            {
                // Name a neighbour where its outline enters the frame.
                var inside = rings.SelectMany(r => r).Where(c => c.X > minLon + 0.2 && c.X < maxLon - 0.2 && c.Y > minLat + 0.2 && c.Y < maxLat - 0.2).ToList();
                if (inside.Count > 3)
                {
                    var label = plot.Add.Text(name.ToUpperInvariant(), inside.Min(c => c.X) + 0.15, inside.Average(c => c.Y));
                    Style(label, 13, Color.FromHex("#8A8A8A"), bold: true);
                    label.Alignment = Alignment.MiddleRight;
                }
            }
        }

        // The 100 km circle around Tripoli, the radius of the explorer's Events.Near question.
        Place? capital = dataset.Places.Find("tripoli");
        if (capital?.Location is GeoPoint tripoli)
        {
            // Drawn as dashes by hand: SVG output has no dash effect for curves.
            double rx = 100 / (111.32 * Math.Cos(tripoli.Latitude * Math.PI / 180)), ry = 100 / 110.57;
            for (int dash = 0; dash < 72; dash += 2)
            {
                var points = Enumerable.Range(0, 4)
                    .Select(k => (dash + k / 3.0) * Math.PI * 2 / 72)
                    .Select(a => new Coordinates(tripoli.Longitude + rx * Math.Cos(a), tripoli.Latitude + ry * Math.Sin(a)))
                    .ToArray();
                var segment = plot.Add.ScatterLine(points, Color.FromHex("#555555"));
                segment.LineWidth = 1.5f;
                segment.MarkerSize = 0;
            }
            var label = plot.Add.Text("100 km from Tripoli", tripoli.Longitude - rx - 0.04, tripoli.Latitude - 0.1);
            Style(label, 11, Color.FromHex("#444444"));
            label.Alignment = Alignment.MiddleRight;
            label.LabelBackgroundColor = Colors.White.WithAlpha(150);
        }

        // Places: largest first so that small circles stay on top.
        double PixelX(double lon) => padding.Left + (lon - minLon) / (maxLon - minLon) * dataWidth;
        double PixelY(double lat) => padding.Top + (maxLat - lat) / (maxLat - minLat) * dataHeight;
        var placed = new List<(double Left, double Top, double Right, double Bottom)>();
        foreach (Place place in shown.OrderByDescending(p => direct.GetValueOrDefault(p)?.Count ?? 0).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            GeoPoint at = place.Location!.Value;
            int count = direct.GetValueOrDefault(place)?.Count ?? 0;
            float size = count == 0 ? 7 : (float)(11 * Math.Sqrt(count));
            placed.Add((PixelX(at.Longitude) - size / 2, PixelY(at.Latitude) - size / 2, PixelX(at.Longitude) + size / 2, PixelY(at.Latitude) + size / 2));
        }
        foreach (Place place in shown.OrderByDescending(p => direct.GetValueOrDefault(p)?.Count ?? 0).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            GeoPoint at = place.Location!.Value;
            var here = direct.GetValueOrDefault(place) ?? new List<Event>();
            float size = here.Count == 0 ? 7 : (float)(11 * Math.Sqrt(here.Count));
            if (here.Count == 0)
            {
                var marker = plot.Add.Marker(at.Longitude, at.Latitude, MarkerShape.OpenCircle, size, Color.FromHex("#6B6B6B"));
                marker.MarkerLineWidth = 1.5f;
            }
            else
            {
                KindFamily main = Dominant(here);
                var marker = plot.Add.Marker(at.Longitude, at.Latitude, MarkerShape.FilledCircle, size, ColorOf(main).WithAlpha(215));
                marker.MarkerLineColor = Colors.White;
                marker.MarkerLineWidth = 1.5f;
            }
            string text = here.Count == 0 ? place.Name : $"{place.Name} ({here.Count})";
            PlaceLabel(plot, text, at, size, here.Count > 0, PixelX(at.Longitude), PixelY(at.Latitude), placed);
        }

        var families = shown.Where(direct.ContainsKey).Select(p => Dominant(direct[p])).Distinct().OrderBy(f => f).ToList();
        foreach (KindFamily f in families)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = LabelOf(f), MarkerShape = MarkerShape.FilledCircle, MarkerSize = 12, MarkerFillColor = ColorOf(f), MarkerLineColor = ColorOf(f), LineWidth = 0 });
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "no event at the place itself", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 8, MarkerLineColor = Color.FromHex("#6B6B6B"), LineWidth = 0 });
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.FontSize = 12;
        plot.Legend.FontName = FontName;
        plot.ShowLegend();

        // What the frame cannot show.
        var notes = new List<string>();
        var elsewhere = direct.Where(kv => !shown.Contains(kv.Key)).OrderBy(kv => kv.Key.Id, StringComparer.Ordinal).ToList();
        foreach (var group in elsewhere.GroupBy(kv => kv.Key.Location is null ? "no location" : kv.Key.Country == home ? "not a point" : "abroad"))
        {
            notes.Add($"{group.Key}: " + string.Join(", ", group.Select(kv => $"{kv.Key.Name} ({kv.Value.Count})")));
        }
        int unplaced = events.Count(e => e.Place is null);
        if (unplaced > 0)
        {
            notes.Add($"no place: {unplaced} events");
        }
        notes.Add("Circle area ∝ events at the place itself; colour: the kind of most of them. Outline: Natural Earth 1:50m (public domain).");
        var caption = plot.Add.Annotation(string.Join("\n", notes), Alignment.LowerLeft);
        caption.LabelFontSize = 11;
        caption.LabelFontName = FontName;
        caption.LabelBackgroundColor = Colors.White.WithAlpha(220);
        caption.LabelBorderColor = Color.FromHex("#BBBBBB");

        plot.Title($"Places and events — {title}", 15);
        plot.Axes.SetLimits(minLon, maxLon, minLat, maxLat);
        plot.Axes.Bottom.TickGenerator = DegreeTicks(minLon, maxLon, "E", "W");
        plot.Axes.Left.TickGenerator = DegreeTicks(minLat, maxLat, "N", "S");
        plot.Grid.MajorLineColor = Color.FromHex("#FFFFFF").WithAlpha(120);
        plot.Layout.Fixed(padding);
        Save(svgPath, pngPath, width, height, (plot, new PixelRect(0, width, height, 0)));
    }

    /// <summary>The family of most of <paramref name="events"/> (ties: the first in <see cref="KindFamily"/> order).</summary>
    private static KindFamily Dominant(IEnumerable<Event> events) =>
        events.GroupBy(e => FamilyOf(e.Kind)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>Places a label beside its circle: right, left, above or below, whichever is first free of the circles and labels already placed.</summary>
    private static void PlaceLabel(Plot plot, string text, GeoPoint at, float size, bool strong, double px, double py, List<(double Left, double Top, double Right, double Bottom)> placed)
    {
        float fontSize = strong ? 13 : 11;
        double w = text.Length * fontSize * 0.6, h = fontSize * 1.3, gap = size / 2 + 4;
        var candidates = new (Alignment Alignment, double Dx, double Dy, double Left, double Top)[]
        {
            (Alignment.MiddleLeft, gap, 0, px + gap, py - h / 2),
            (Alignment.MiddleRight, -gap, 0, px - gap - w, py - h / 2),
            (Alignment.LowerCenter, 0, -gap, px - w / 2, py - gap - h),
            (Alignment.UpperCenter, 0, gap, px - w / 2, py + gap),
            (Alignment.LowerLeft, gap * 0.7, -gap * 0.7, px + gap * 0.7, py - gap * 0.7 - h),
            (Alignment.UpperLeft, gap * 0.7, gap * 0.7, px + gap * 0.7, py + gap * 0.7),
        };
        var choice = candidates[0];
        foreach (var candidate in candidates)
        {
            bool free = placed.All(r => candidate.Left + w < r.Left || candidate.Left > r.Right || candidate.Top + h < r.Top || candidate.Top > r.Bottom
                || (Math.Abs((r.Left + r.Right) / 2 - px) < 0.5 && Math.Abs((r.Top + r.Bottom) / 2 - py) < 0.5));
            if (free)
            {
                choice = candidate;
                break;
            }
        }
        placed.Add((choice.Left, choice.Top, choice.Left + w, choice.Top + h));
        var label = plot.Add.Text(text, at.Longitude, at.Latitude);
        Style(label, fontSize, Color.FromHex(strong ? "#1A1A1A" : "#555555"), bold: strong);
        label.Alignment = choice.Alignment;
        label.OffsetX = (float)choice.Dx;
        label.OffsetY = (float)choice.Dy;
        label.LabelBackgroundColor = Colors.White.WithAlpha(150);
    }

    /// <summary>The outlines shipped in <c>Data/natural-earth-libya-and-neighbours.geojson</c>: name, ISO alpha-2 and rings.</summary>
    private static IEnumerable<(string Name, string Iso, List<Coordinates[]> Rings)> Outlines()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "natural-earth-libya-and-neighbours.geojson");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new List<(string, string, List<Coordinates[]>)>();
        foreach (JsonElement feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement properties = feature.GetProperty("properties");
            var rings = new List<Coordinates[]>();
            foreach (JsonElement polygon in feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
            {
                // Outer rings only: none of these countries has a hole at this scale.
                JsonElement outer = polygon[0];
                rings.Add(outer.EnumerateArray().Select(p => new Coordinates(p[0].GetDouble(), p[1].GetDouble())).ToArray());
            }
            result.Add((properties.GetProperty("name").GetString()!, properties.GetProperty("iso_a2").GetString()!, rings));
        }
        return result;
    }

    private static ScottPlot.TickGenerators.NumericManual DegreeTicks(double min, double max, string positive, string negative)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (double v = Math.Ceiling(min * 4) / 4; v <= max; v += 0.25)
        {
            if (Math.Abs(v * 2 - Math.Round(v * 2)) < 1e-9)
            {
                ticks.AddMajor(v, Degrees(v, positive, negative));
            }
            else
            {
                ticks.AddMinor(v);
            }
        }
        return ticks;
    }

    private static string Degrees(double value, string positive, string negative) =>
        Math.Abs(value).ToString("0.#", CultureInfo.InvariantCulture) + "°" + (value >= 0 ? positive : negative);

    private static void Style(ScottPlot.Plottables.Text text, float size, Color color, bool bold = false)
    {
        text.LabelFontSize = size;
        text.LabelFontName = FontName;
        text.LabelFontColor = color;
        text.LabelBold = bold;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // ------------------------------------------------------------------------------------------------ output

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        return plot;
    }

    /// <summary>Renders each plot clipped to its rectangle (a plot clears its whole canvas before drawing).</summary>
    private static void Draw(SKCanvas canvas, (Plot Plot, PixelRect Rect)[] parts)
    {
        foreach (var (plot, rect) in parts)
        {
            canvas.Save();
            canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
            plot.Render(canvas, rect);
            canvas.Restore();
        }
    }

    /// <summary>Renders the plots, each into its rectangle of one canvas, to an SVG file and a PNG file.</summary>
    private static void Save(string svgPath, string pngPath, int width, int height, params (Plot Plot, PixelRect Rect)[] parts)
    {
        using (var stream = new FileStream(svgPath, FileMode.Create, FileAccess.Write))
        {
            using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            {
                canvas.Clear(SKColors.White);
                Draw(canvas, parts);
            }
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, parts);
        using SKImage image = surface.Snapshot();
        using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var output = new FileStream(pngPath, FileMode.Create, FileAccess.Write);
        png.SaveTo(output);
    }
}
