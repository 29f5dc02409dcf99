using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Almanac.Export;
using Almanac.Libya;

namespace Almanac.Samples.Explorer;

/// <summary>
/// The explorer's tour of the Libya dataset: an overview, then real questions answered with typed queries (each
/// printed as a small table), then the exports and pictures written to a folder.
/// </summary>
public static class Tour
{
    /// <summary>
    /// Prints the tour to <paramref name="output"/> and writes exports, pictures and the explorer site into
    /// <paramref name="outputDirectory"/>; the site shows the sources' documents from <paramref name="documentsDirectory"/>
    /// when given (the dataset records their paths, not their text).
    /// </summary>
    /// <returns>The files written, relative to <paramref name="outputDirectory"/> (the site as its <c>site/index.html</c>).</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, string outputDirectory, string? documentsDirectory = null)
    {
        Overview(output);
        TarhunaCampaign(output);
        WhoFoughtWhom(output);
        ClaimedVersusReported(output);
        NearTripoli(output);
        ForeignStatements(output);
        PantsirByPlace(output);
        Spellings(output);
        return await WriteFilesAsync(output, outputDirectory, documentsDirectory);
    }

    private static void Overview(TextWriter output)
    {
        DatasetInfo info = LibyaDataset.Dataset.Info;
        output.WriteLine(info.Title);
        output.WriteLine(new string('=', info.Title.Length));
        output.WriteLine($"Version {info.Version} · licence {info.License} · content hash {info.ContentHash?[..12]}");
        // The citation of exactly this version (its content hash included); info.Cite also renders BibTeX, CSL-JSON and CFF.
        output.WriteLine($"Cite as: {info.Cite(CitationFormat.Apa).TrimEnd('\n')}");
        output.WriteLine($"Provenance: {info.Citation}");
        output.WriteLine("BibTeX, CSL-JSON or CITATION.cff: info.Cite(CitationFormat.BibTeX) or almanac cite --dataset <Almanac.Libya> --format bibtex|csl-json|cff");

        IReadOnlyList<Event> all = Events.All;
        DateOnly first = all.Min(e => e.Date), last = all.Max(e => e.LastDate);
        output.WriteLine();
        output.WriteLine($"{Sources.All.Count} sources, {Actors.All.Count} actors, {Places.All.Count} places and {all.Count} events, " +
                         $"from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}; " +
                         $"{all.Count(e => e.Date >= new DateOnly(2020, 5, 18))} of them from 18 May 2020 on.");

        Section(output, "What the dataset holds");
        var kinds = new TextTable("entities", "count", "by kind");
        kinds.Add("sources", Sources.All.Count, Breakdown(Sources.All.Select(s => Word(s.Kind))));
        kinds.Add("actors", Actors.All.Count, Breakdown(Actors.All.Select(a => Word(a.Kind))));
        kinds.Add("places", Places.All.Count, Breakdown(Places.All.Select(p => Word(p.Kind))));
        kinds.Add("events", all.Count, Breakdown(all.Select(e => Word(e.Kind))));
        kinds.Write(output, maxCellWidth: 100);

        Section(output, "Events by kind, with the ACLED and CAMEO codes they export as");
        var byKind = new TextTable("kind", "events", "ACLED event type / sub-event type", "CAMEO");
        foreach (var group in all.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            EventKindStandards codes = group.Key.Standards();
            byKind.Add(Word(group.Key), group.Count(), $"{codes.AcledEventType} / {codes.AcledSubEventType}", codes.CameoCode);
        }
        byKind.Write(output);

        Section(output, "Sources");
        var sources = new TextTable("source", "kind", "publisher", "published", "citations");
        var citations = Events.All.SelectMany(e => e.Citations)
            .Concat(Actors.All.SelectMany(a => a.Citations))
            .Concat(Places.All.SelectMany(p => p.Citations))
            .GroupBy(c => c.Source)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (Source source in Sources.All)
        {
            sources.Add(source.Id, Word(source.Kind), source.Publisher, source.Published, citations.GetValueOrDefault(source));
        }
        sources.Write(output, maxCellWidth: 48);
    }

    private static void TarhunaCampaign(TextWriter output)
    {
        Section(output, "The Tarhuna campaign: Events.At(Places.Tarhuna)");
        var table = new TextTable("date", "kind", "event", "claimed by");
        foreach (Event e in Events.At(Places.Tarhuna))
        {
            table.Add(Dates(e), Word(e.Kind), e.Name, e.ClaimedBy?.Name);
        }
        table.Write(output);
    }

    private static void WhoFoughtWhom(TextWriter output)
    {
        Section(output, "Who fought whom: attacker → target in violent events (UCDP-codable kinds)");
        var pairs = Events.All
            .Where(e => e.Kind.Standards().UcdpViolence is not null)
            .SelectMany(e => e.Participants.Where(p => p.Role == ParticipantRole.Attacker)
                .SelectMany(a => e.Participants.Where(p => p.Role is ParticipantRole.Target or ParticipantRole.Victim)
                    .Select(t => (Attacker: a.Actor, Target: t.Actor, Event: e))))
            .GroupBy(x => (x.Attacker, x.Target))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Attacker.Id, StringComparer.Ordinal).ThenBy(g => g.Key.Target.Id, StringComparer.Ordinal);
        var table = new TextTable("attacker", "target", "events", "kinds", "first", "last");
        foreach (var pair in pairs)
        {
            table.Add(pair.Key.Attacker.Name, pair.Key.Target.Name, pair.Count(),
                Breakdown(pair.Select(x => Word(x.Event.Kind))), pair.Min(x => x.Event.Date), pair.Max(x => x.Event.LastDate));
        }
        table.Write(output);
    }

    private static void ClaimedVersusReported(TextWriter output)
    {
        Section(output, "Claimed by one side (Event.ClaimedBy) versus reported by the outlet (no claimant)");
        var claimed = Events.All.Where(e => e.ClaimedBy is not null).ToList();
        var bySide = new TextTable("side (top of the part-of chain)", "claims", "claimed through");
        foreach (var side in claimed.GroupBy(e => Top(e.ClaimedBy!)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            bySide.Add(side.Key.Name, side.Count(), string.Join(", ", side.Select(e => e.ClaimedBy!.Name).Distinct()));
        }
        bySide.Write(output);

        output.WriteLine();
        output.WriteLine($"  Claimed by the GNA side (ClaimedBy.IsPartOf(Actors.Gna)):");
        var gna = new TextTable("date", "kind", "event", "claimed by");
        foreach (Event e in claimed.Where(e => e.ClaimedBy!.IsPartOf(Actors.Gna)))
        {
            gna.Add(Dates(e), Word(e.Kind), e.Name, e.ClaimedBy!.Name);
        }
        gna.Write(output);

        output.WriteLine();
        var reported = Events.All.Where(e => e.ClaimedBy is null).ToList();
        string outlets = string.Join(", ", reported.SelectMany(e => e.Citations).Select(c => c.Source.Publisher ?? c.Source.Title).Distinct());
        output.WriteLine($"  Reported by the outlet in its own voice ({outlets}), {reported.Count} events:");
        var own = new TextTable("date", "kind", "event");
        foreach (Event e in reported)
        {
            own.Add(Dates(e), Word(e.Kind), e.Name);
        }
        own.Write(output);
    }

    private static void NearTripoli(TextWriter output)
    {
        GeoPoint tripoli = Places.Tripoli.Location!.Value;
        Section(output, "Within 100 km of Tripoli: Events.Near(Places.Tripoli.Location, radiusKm: 100)");
        var table = new TextTable("km", "bearing", "place", "date", "event");
        foreach (Event e in Events.Near(tripoli, radiusKm: 100))
        {
            GeoPoint at = e.Place!.Location!.Value;
            table.Add(at.DistanceKm(tripoli), Compass(tripoli.BearingTo(at)), e.Place.Name, Dates(e), e.Name);
        }
        table.Write(output);
    }

    private static void ForeignStatements(TextWriter output)
    {
        Section(output, "Statements by foreign states and organisations");
        string home = Places.Libya.Country!;
        var verbal = new HashSet<EventKind>
        {
            EventKind.Statement, EventKind.Accusation, EventKind.Threat, EventKind.Appeal, EventKind.DeEscalationAppeal,
            EventKind.DeclarationOfSupport, EventKind.TelephoneCall, EventKind.Interview, EventKind.Agreement,
        };
        var table = new TextTable("date", "kind", "speaker", "on behalf of", "event");
        foreach (Event e in Events.All.Where(e => verbal.Contains(e.Kind)))
        {
            foreach (Participant p in e.Participants.Where(p => p.Role is ParticipantRole.Speaker or ParticipantRole.Participant or ParticipantRole.Supporter))
            {
                Actor top = Top(p.Actor);
                bool foreignState = top.Kind == ActorKind.State && top.Country is { } country && country != home;
                if (foreignState || top.Kind == ActorKind.InternationalOrganization)
                {
                    table.Add(Dates(e), Word(e.Kind), p.Actor.Name, ReferenceEquals(top, p.Actor) ? "" : top.Name, e.Name);
                }
            }
        }
        table.Write(output, maxCellWidth: 56);
    }

    private static void PantsirByPlace(TextWriter output)
    {
        Section(output, "Pantsir systems claimed destroyed, by place (Event.Materiel)");
        var destroyed = Events.All
            .SelectMany(e => e.Materiel
                .Where(m => m.Outcome == MaterielOutcome.Destroyed && m.Item.Contains("Pantsir", StringComparison.OrdinalIgnoreCase))
                .Select(m => (Event: e, Materiel: m)))
            .ToList();
        var table = new TextTable("place", "systems", "events", "dates", "claimed by");
        foreach (var place in destroyed.GroupBy(x => x.Event.Place).OrderByDescending(g => g.Sum(x => x.Materiel.Count ?? 0)).ThenBy(g => g.Key?.Id, StringComparer.Ordinal))
        {
            table.Add(place.Key?.Name ?? "(no place)", place.Sum(x => x.Materiel.Count ?? 0), place.Select(x => x.Event).Distinct().Count(),
                string.Join(", ", place.Select(x => Dates(x.Event)).Distinct()),
                string.Join(", ", place.Select(x => x.Event.ClaimedBy?.Name ?? "(the outlet)").Distinct()));
        }
        table.Add("total", destroyed.Sum(x => x.Materiel.Count ?? 0), destroyed.Select(x => x.Event).Distinct().Count(), null, null);
        table.Write(output);
        foreach (Event e in Events.All.Where(e => e.Tags.Contains("pantsir") && e.Materiel.Count == 0))
        {
            output.WriteLine($"  Also tagged pantsir, without located materiel: {e.Name} ({Dates(e)}).");
            foreach (ReportedCount c in e.Counts.Where(c => c.Scope == CountScope.Cumulative))
            {
                // A running tally includes systems counted above: it is shown, never added to the total.
                output.WriteLine($"    a cumulative tally, not added to the total: {c.Best?.ToString(CultureInfo.InvariantCulture) ?? "some"} {c.What}.");
            }
        }
        foreach (Event e in Events.All.Where(e => e.Materiel.Any(m => m.Item.Contains("Pantsir", StringComparison.OrdinalIgnoreCase) && m.Outcome != MaterielOutcome.Destroyed)))
        {
            foreach (Materiel m in e.Materiel)
            {
                output.WriteLine($"  Not destroyed but {Word(m.Outcome)}: {m.Count?.ToString(CultureInfo.InvariantCulture) ?? "some"} × {m.Item}, {e.Name} ({Dates(e)}).");
            }
        }
    }

    private static void Spellings(TextWriter output)
    {
        Section(output, "Spellings from the sources resolve to one actor: Actors.Find(…)");
        var table = new TextTable("spelling", "actor", "kind", "part of");
        foreach (string spelling in new[] { "Al-Wefaq", "Hifter", "Mohamed Kanounou", "Borkan Rage", "Anger Volcano", "بركان الغضب" })
        {
            Actor? actor = Actors.Find(spelling);
            table.Add(spelling, actor?.Name ?? "(unknown)", actor is null ? null : Word(actor.Kind), actor?.PartOf?.Name);
        }
        table.Write(output);

        Event pantsir = Events._2020_05_20PantsirStrikesTarhuna;
        output.WriteLine();
        output.WriteLine($"  Provenance of “{pantsir.Name}”:");
        foreach (Citation citation in pantsir.Citations)
        {
            output.WriteLine(citation.Kind == CitationKind.Quote
                ? $"    {citation.Source.Title}, paragraph {citation.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "–"}: “{citation.Quote}”"
                : $"    {citation.Source.Title} (reference): {citation.Claim}");
        }
    }

    private static async Task<IReadOnlyList<string>> WriteFilesAsync(TextWriter output, string outputDirectory, string? documentsDirectory)
    {
        Section(output, "Exports and pictures");
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        var exported = await DatasetExport.WriteAsync(LibyaDataset.Dataset, outputDirectory, DatasetExport.AllFormats);
        var table = new TextTable("file", "rows", "format");
        foreach (ExportedFile file in exported)
        {
            table.Add(file.RelativePath, file.Rows, file.RelativePath == DataPackage.FileName ? "Frictionless descriptor (resources)" : Describe(file.Format));
            files.Add(file.RelativePath);
        }
        foreach (string picture in Pictures.WriteAll(LibyaDataset.Dataset, outputDirectory))
        {
            table.Add(picture, null, picture.EndsWith(".svg", StringComparison.Ordinal) ? "SVG picture" : "PNG picture");
            files.Add(picture);
        }
        // The explorer site: an overview, a timeline, a map and a page for every entity and source, opened in a browser from the files.
        SiteResult site = DatasetSite.Write(LibyaDataset.Dataset, Path.Combine(outputDirectory, "site"), new SiteOptions { DocumentsDirectory = documentsDirectory });
        table.Add("site/", site.Files.Count, "explorer site: HTML pages, search index");
        files.Add("site/index.html");
        table.Write(output);
        output.WriteLine();
        output.WriteLine($"Wrote {files.Count} files in {stopwatch.Elapsed.TotalSeconds:0.0} s to {Path.GetFullPath(outputDirectory)}");
        output.WriteLine($"Open the explorer site in a browser: {site.IndexPath}");
        output.WriteLine("Try: duckdb -c \"SELECT actor_id, count(*) FROM '" + Path.Combine(Path.GetFullPath(outputDirectory), "parquet", "participants.parquet") + "' GROUP BY ALL ORDER BY 2 DESC\"");
        return files;
    }

    private static string Describe(ExportFormat format) => format switch
    {
        ExportFormat.AcledCsv => "CSV, ACLED columns",
        ExportFormat.Csv => "CSV, Almanac table",
        ExportFormat.GeoJson => "GeoJSON (RFC 7946)",
        ExportFormat.Parquet => "Parquet",
        _ => "JSON, whole dataset",
    };

    /// <summary>The top of an actor's part-of chain (the state, government or organisation it belongs to).</summary>
    private static Actor Top(Actor actor)
    {
        Actor top = actor;
        while (top.PartOf is Actor parent)
        {
            top = parent;
        }
        return top;
    }

    private static string Compass(double bearing)
    {
        string[] points = { "N", "NE", "E", "SE", "S", "SW", "W", "NW" };
        return points[(int)Math.Round(bearing / 45.0) % 8];
    }

    private static string Breakdown(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));

    /// <summary>The day, or the span of days, of an event.</summary>
    public static string Dates(Event e) =>
        e.EndDate is { } end
            ? e.Date.Year == end.Year ? $"{e.Date:yyyy-MM-dd}…{end:MM-dd}" : $"{e.Date:yyyy-MM-dd}…{end:yyyy-MM-dd}"
            : $"{e.Date:yyyy-MM-dd}";

    /// <summary>The YAML word of a vocabulary value (<c>ArmedForces</c> → <c>armed-forces</c>).</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(new string('-', title.Length));
    }
}
