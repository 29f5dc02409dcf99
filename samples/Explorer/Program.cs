// Explores the Almanac.Libya dataset with typed, compile-time-checked queries.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Almanac;
using Almanac.Libya;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine($"{LibyaDataset.Title}");
Console.WriteLine($"Version {LibyaDataset.Version} · licence {LibyaDataset.License} · content hash {LibyaDataset.ContentHash[..12]}");
Console.WriteLine($"Cite as: {LibyaDataset.Citation}");
Console.WriteLine();

IReadOnlyList<Event> all = Events.All;
Console.WriteLine($"{Sources.All.Count} sources, {Actors.All.Count} actors, {Places.All.Count} places, {all.Count} events " +
                  $"from {all.Min(e => e.Date):yyyy-MM-dd} to {all.Max(e => e.LastDate):yyyy-MM-dd}.");
Console.WriteLine();

Section("Events by kind");
foreach (var group in all.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
{
    EventKindStandards codes = group.Key.Standards();
    Console.WriteLine($"  {group.Count(),3}  {group.Key,-22} ACLED {codes.AcledSubEventType}; CAMEO {codes.CameoCode}");
}

Section("The Tarhuna campaign (events at Tarhuna or within it)");
foreach (Event e in Events.At(Places.Tarhuna))
{
    Console.WriteLine($"  {Dates(e),-23} {e.Kind,-20} {e.Name}");
}

Section("Events involving the GNA (with its forces and operations)");
foreach (Event e in Events.Involving(Actors.Gna))
{
    string claim = e.ClaimedBy is { } by ? $" [claimed by {by.Name}]" : "";
    Console.WriteLine($"  {Dates(e),-23} {e.Name}{claim}");
}

Section("Events within 100 km of Tripoli");
GeoPoint tripoli = Places.Tripoli.Location!.Value;
foreach (Event e in Events.Near(tripoli, radiusKm: 100))
{
    double km = e.Place!.Location!.Value.DistanceKm(tripoli);
    Console.WriteLine($"  {km,6:0.0} km  {e.Place.Name,-18} {e.Name}");
}

Section("18–24 May 2020");
Console.WriteLine($"  {Events.Between(new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 24)).Count} events overlap the week.");

Section("Spellings resolve to one actor");
foreach (string spelling in new[] { "Al-Wefaq", "Hifter", "Mohamed Kanounou", "Borkan Rage", "Anger Volcano" })
{
    Actor? actor = Actors.Find(spelling);
    Console.WriteLine($"  {spelling,-18} → {actor?.ToString() ?? "(unknown)"}");
}

Section("Provenance of the first event");
Event first = all[0];
Console.WriteLine($"  {first.Name}");
foreach (Citation citation in first.Citations)
{
    Console.WriteLine($"    {citation.Source.Title} (paragraph {citation.Paragraph?.ToString() ?? "–"}): “{citation.Quote}”");
}

static string Dates(Event e) => e.EndDate is { } end ? $"{e.Date:yyyy-MM-dd}…{end:MM-dd}" : $"{e.Date:yyyy-MM-dd}";

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('-', title.Length));
}
