using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Almanac.Benchmarks.Baseline;

// Baseline 1 of the performance issue: what a researcher writes without Almanac. The same YAML files are read at run
// time with YamlDotNet into plain classes, and questions are answered with LINQ over List<T>. Two dictionaries by id
// (actors, places) are built once after loading, as anyone following part-of and within chains would; everything else
// is a scan. Comparisons ignore case (OrdinalIgnoreCase), which is cheaper and looser than Almanac's alias keys.

public sealed class PocoFile
{
    public PocoDatasetInfo? Dataset { get; set; }
    public List<PocoSource>? Sources { get; set; }
    public List<PocoActor>? Actors { get; set; }
    public List<PocoPlace>? Places { get; set; }
    public List<PocoEvent>? Events { get; set; }
}

public sealed class PocoDatasetInfo
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Version { get; set; } = "";
    public string License { get; set; } = "";
    public string Citation { get; set; } = "";
    public string? Description { get; set; }
    public string? Url { get; set; }
}

public sealed class PocoCitation
{
    public string Source { get; set; } = "";
    public string Quote { get; set; } = "";
}

public sealed class PocoExcluded
{
    public string Quote { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class PocoSource
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Publisher { get; set; }
    public DateOnly? Published { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
    public string? Document { get; set; }
    public List<string> Aliases { get; set; } = new();
    public List<PocoExcluded> Excluded { get; set; } = new();
    public string? Notes { get; set; }
}

public sealed class PocoAlignment
{
    public string Actor { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public string? Notes { get; set; }
}

/// <summary>The keys that actors and places share.</summary>
public abstract class PocoEntity
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Aliases { get; set; } = new();
    public string? Country { get; set; }
    public Dictionary<string, string> ExternalIds { get; set; } = new();
    public List<PocoCitation> Sources { get; set; } = new();
    public string? Notes { get; set; }
}

public sealed class PocoActor : PocoEntity
{
    public string? PartOf { get; set; }
    public List<PocoAlignment> AlignedWith { get; set; } = new();
    public DateOnly? ActiveFrom { get; set; }
    public DateOnly? ActiveUntil { get; set; }
}

public sealed class PocoLocation
{
    public double Lat { get; set; }
    public double Lon { get; set; }
}

public sealed class PocoPlace : PocoEntity
{
    public PocoLocation? Location { get; set; }
    public string? GeoPrecision { get; set; }
    public string? Within { get; set; }
}

public sealed class PocoParticipant
{
    public string Actor { get; set; } = "";
    public string Role { get; set; } = "";
}

/// <summary>A count of casualties as a low, best and high estimate.</summary>
public abstract class PocoEstimate
{
    public int? Low { get; set; }
    public int? Best { get; set; }
    public int? High { get; set; }
}

public sealed class PocoSide : PocoEstimate
{
    public string Actor { get; set; } = "";
}

public sealed class PocoCasualties : PocoEstimate
{
    public List<PocoSide> Sides { get; set; } = new();
}

public sealed class PocoMateriel
{
    public string Item { get; set; } = "";
    public int? Count { get; set; }
    public string Outcome { get; set; } = "";
    public string? Actor { get; set; }
}

public sealed class PocoEvent
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateOnly Date { get; set; }
    public DateOnly? EndDate { get; set; }
    public string TimePrecision { get; set; } = "";
    public string? Place { get; set; }
    public string? GeoPrecision { get; set; }
    public List<PocoParticipant> Participants { get; set; } = new();
    public string? ClaimedBy { get; set; }
    public PocoCasualties? Fatalities { get; set; }
    public PocoCasualties? Wounded { get; set; }
    public List<PocoMateriel> Materiel { get; set; } = new();
    public string? Summary { get; set; }
    public List<string> Tags { get; set; } = new();
    public List<PocoCitation> Sources { get; set; } = new();
    public List<string> Aliases { get; set; } = new();
    public string? Notes { get; set; }
}

/// <summary>A dataset loaded from YAML at run time, with the LINQ queries a researcher would write.</summary>
public sealed class YamlDataset
{
    public List<PocoSource> Sources { get; } = new();
    public List<PocoActor> Actors { get; } = new();
    public List<PocoPlace> Places { get; } = new();
    public List<PocoEvent> Events { get; } = new();
    public Dictionary<string, PocoActor> ActorsById { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PocoPlace> PlacesById { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads every <c>*.yaml</c> file of <paramref name="dataFolder"/> with YamlDotNet.</summary>
    public static YamlDataset Load(string dataFolder)
    {
        IDeserializer deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var dataset = new YamlDataset();
        foreach (string path in Directory.GetFiles(dataFolder, "*.yaml").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(path);
            PocoFile file = deserializer.Deserialize<PocoFile>(reader) ?? new PocoFile();
            dataset.Sources.AddRange(file.Sources ?? new());
            dataset.Actors.AddRange(file.Actors ?? new());
            dataset.Places.AddRange(file.Places ?? new());
            dataset.Events.AddRange(file.Events ?? new());
        }
        foreach (PocoActor a in dataset.Actors)
        {
            dataset.ActorsById[a.Id] = a;
        }
        foreach (PocoPlace p in dataset.Places)
        {
            dataset.PlacesById[p.Id] = p;
        }
        return dataset;
    }

    public PocoActor GetActor(string id) => Actors.First(a => a.Id == id);

    public PocoEvent GetEvent(string id) => Events.First(e => e.Id == id);

    public PocoActor? FindActor(string idOrAlias) => Actors.FirstOrDefault(a =>
        a.Id.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase) || a.Name.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase)
        || a.Aliases.Any(x => x.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase)));

    public PocoPlace? FindPlace(string idOrAlias) => Places.FirstOrDefault(p =>
        p.Id.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase) || p.Name.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase)
        || p.Aliases.Any(x => x.Equals(idOrAlias, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Events with a participant that is <paramref name="actorId"/> or part of it through its part-of chain.</summary>
    public List<PocoEvent> Involving(string actorId)
    {
        var family = Actors.Where(a => IsPartOf(a, actorId)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return Events.Where(e => e.Participants.Any(p => family.Contains(p.Actor))).ToList();
    }

    /// <summary>Events at <paramref name="placeId"/> or at a place within it through its within chain.</summary>
    public List<PocoEvent> At(string placeId)
    {
        var area = Places.Where(p => IsWithin(p, placeId)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return Events.Where(e => e.Place is not null && area.Contains(e.Place)).ToList();
    }

    /// <summary>Events whose days overlap <paramref name="from"/>…<paramref name="to"/>.</summary>
    public List<PocoEvent> Between(DateOnly from, DateOnly to) =>
        Events.Where(e => e.Date <= to && (e.EndDate ?? e.Date) >= from).ToList();

    /// <summary>Events at places within <paramref name="radiusKm"/> of the point (haversine).</summary>
    public List<PocoEvent> Near(double lat, double lon, double radiusKm) =>
        Events.Where(e => e.Place is not null && PlacesById[e.Place].Location is PocoLocation l && DistanceKm(l.Lat, l.Lon, lat, lon) <= radiusKm).ToList();

    /// <summary>
    /// Reads what a researcher reads of each event of an answer: its date, its kind, its place (the name, through the
    /// dictionary of places) and its participants (each actor's name, through the dictionary of actors, and role).
    /// </summary>
    public long Read(IEnumerable<PocoEvent> events)
    {
        long sum = 0;
        foreach (PocoEvent e in events)
        {
            sum += e.Date.DayNumber + e.Kind.Length + (e.Place is null ? 0 : PlacesById[e.Place].Name.Length);
            foreach (PocoParticipant p in e.Participants)
            {
                sum += ActorsById[p.Actor].Name.Length + p.Role.Length;
            }
        }
        return sum;
    }

    private bool IsPartOf(PocoActor actor, string ancestorId)
    {
        for (PocoActor? a = actor; a is not null; a = a.PartOf is null ? null : ActorsById[a.PartOf])
        {
            if (a.Id == ancestorId)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsWithin(PocoPlace place, string ancestorId)
    {
        for (PocoPlace? p = place; p is not null; p = p.Within is null ? null : PlacesById[p.Within])
        {
            if (p.Id == ancestorId)
            {
                return true;
            }
        }
        return false;
    }

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088, rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

/// <summary>The ids, names, dates and point that the benchmarks query, written by the synthetic generator as <c>probe.txt</c>.</summary>
public sealed class Probe
{
    private readonly Dictionary<string, string> _values;

    private Probe(Dictionary<string, string> values) => _values = values;

    public static Probe Read(string path) => new(File.ReadAllLines(path)
        .Where(l => l.Contains('=', StringComparison.Ordinal))
        .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal));

    public string this[string key] => _values[key];

    public DateOnly Date(string key) => DateOnly.ParseExact(_values[key], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public double Number(string key) => double.Parse(_values[key], CultureInfo.InvariantCulture);
}
