using System;
using System.Collections.Generic;
using System.IO;

namespace Almanac.Benchmarks;

/// <summary>Touches every field of every entity, so that each is decoded; returns a checksum of what it read.</summary>
public static class Materialise
{
    public static long All(Dataset dataset)
    {
        long sum = 0;
        foreach (Source s in dataset.Sources)
        {
            sum += s.Id.Length + s.Name.Length + (int)s.Kind + (s.Publisher?.Length ?? 0) + (s.Published?.DayNumber ?? 0) + (s.Language?.Length ?? 0)
                + (s.Url?.OriginalString.Length ?? 0) + (s.Document?.Length ?? 0) + s.Aliases.Count + s.Excluded.Count + (s.Notes?.Length ?? 0);
        }
        foreach (Actor a in dataset.Actors)
        {
            sum += a.Id.Length + a.Name.Length + (int)a.Kind + (a.Country?.Length ?? 0) + (a.PartOf?.Id.Length ?? 0) + a.AlignedWith.Count
                + (a.ActiveFrom?.DayNumber ?? 0) + (a.ActiveUntil?.DayNumber ?? 0) + (a.ExternalIds.Wikidata?.Length ?? 0) + Strings(a) + (a.Notes?.Length ?? 0);
        }
        foreach (Place p in dataset.Places)
        {
            sum += p.Id.Length + p.Name.Length + (int)p.Kind + (p.Location is GeoPoint l ? (long)(l.Latitude + l.Longitude) : 0) + (int)(p.GeoPrecision ?? 0)
                + (p.Within?.Id.Length ?? 0) + (p.Country?.Length ?? 0) + (p.ExternalIds.GeoNames?.Length ?? 0) + Strings(p) + (p.Notes?.Length ?? 0);
        }
        foreach (Event e in dataset.Events)
        {
            sum += e.Id.Length + e.Name.Length + (int)e.Kind + e.Date.DayNumber + (e.EndDate?.DayNumber ?? 0) + (int)e.TimePrecision
                + (e.Place?.Id.Length ?? 0) + (int)(e.GeoPrecision ?? 0) + (e.ClaimedBy?.Id.Length ?? 0) + (e.Summary?.Length ?? 0) + Strings(e) + (e.Notes?.Length ?? 0);
            foreach (Participant p in e.Participants)
            {
                sum += p.Actor.Id.Length + (int)p.Role;
            }
            sum += e.Actors.Count + Casualties(e.Fatalities) + Casualties(e.Wounded);
            foreach (Materiel m in e.Materiel)
            {
                sum += m.Item.Length + (m.Count ?? 0) + (int)m.Outcome + (m.Owner?.Id.Length ?? 0);
            }
            foreach (string tag in e.Tags)
            {
                sum += tag.Length;
            }
        }
        return sum;
    }

    /// <summary>
    /// Reads what a researcher reads of each event of an answer: its date, its kind, its place (the name) and its
    /// participants (each actor's name and role), as <c>YamlDataset.Read</c> does for the baseline.
    /// </summary>
    public static long Read(EventList events)
    {
        long sum = 0;
        for (int i = 0; i < events.Count; i++)
        {
            Event e = events[i];
            sum += e.Date.DayNumber + (int)e.Kind + (e.Place?.Name.Length ?? 0);
            IReadOnlyList<Participant> participants = e.Participants;
            for (int k = 0; k < participants.Count; k++)
            {
                sum += participants[k].Actor.Name.Length + (int)participants[k].Role;
            }
        }
        return sum;
    }

    private static long Strings(Entity entity)
    {
        long sum = 0;
        foreach (string alias in entity.Aliases)
        {
            sum += alias.Length;
        }
        foreach (Citation c in entity.Citations)
        {
            sum += c.Source.Id.Length + c.Quote.Length + (c.Paragraph ?? 0);
        }
        return sum;
    }

    private static long Casualties(Casualties? c)
    {
        if (c is null)
        {
            return 0;
        }
        long sum = (c.Low ?? 0) + (c.Best ?? 0) + (c.High ?? 0);
        foreach (SideCasualties side in c.Sides)
        {
            sum += side.Actor.Id.Length + (side.Best ?? 0);
        }
        return sum;
    }
}

/// <summary>The memory a process holds: the managed heap after a full collection, and the peak and current resident set.</summary>
public static class Memory
{
    public static string Report()
    {
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, rss = 0;
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
        }
        return $"gc_heap_mb={heap / 1048576.0:0.0} peak_rss_mb={peak / 1024.0:0.0} rss_mb={rss / 1024.0:0.0}";
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
