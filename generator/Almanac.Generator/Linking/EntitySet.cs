using Almanac.Storage;

namespace Almanac.Generator.Linking;

/// <summary>
/// The entities of all files, each id once, in their stored order (sources, actors and places by id; events by date,
/// then id), and the one dataset section. Collecting reports a missing or repeated dataset section (ALM013) and
/// repeated ids (ALM005).
/// </summary>
internal sealed record EntitySet(DatasetSpec Dataset, List<SourceSpec> Sources, List<ActorSpec> Actors, List<PlaceSpec> Places, List<EventSpec> Events)
{
    /// <summary>Collects the entities of <paramref name="files"/> (in ordinal path order); null when there is no dataset section.</summary>
    public static EntitySet? Collect(List<ParsedFile> files, LinkContext context)
    {
        DatasetSpec? dataset = DatasetSection(files, context);
        if (dataset is null)
        {
            return null;
        }
        return new EntitySet(
            dataset,
            Unique(files.SelectMany(f => f.Sources), s => s.Id, DataFormat.Kind.Source, context).OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToList(),
            Unique(files.SelectMany(f => f.Actors), a => a.Id, DataFormat.Kind.Actor, context).OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToList(),
            Unique(files.SelectMany(f => f.Places), p => p.Id, DataFormat.Kind.Place, context).OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToList(),
            Unique(files.SelectMany(f => f.Events), e => e.Id, DataFormat.Kind.Event, context)
                .OrderBy(e => e.Date).ThenBy(e => e.Id.Value, StringComparer.Ordinal).ToList());
    }

    private static DatasetSpec? DatasetSection(List<ParsedFile> files, LinkContext context)
    {
        var datasets = files.SelectMany(f => f.Datasets).ToList();
        if (datasets.Count == 0)
        {
            // A dataset section that is present but invalid, or a file that could not be read, has already been reported.
            if (!files.Any(f => f.MayDeclareDataset))
            {
                context.Report(Diagnostics.DatasetSection, Common.LocationInfo.FileStart(files[0].Path),
                    "No file has a 'dataset' section; add one (id, title, version, license, citation) to one of the dataset's YAML files");
            }
            return null;
        }
        foreach (DatasetSpec extra in datasets.Skip(1))
        {
            context.Report(Diagnostics.DatasetSection, extra.Location,
                $"The 'dataset' section appears again (first at {LinkContext.Where(datasets[0].Location)}); a dataset has exactly one");
        }
        return datasets[0];
    }

    private static List<T> Unique<T>(IEnumerable<T> items, Func<T, Located> id, string kind, LinkContext context)
    {
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (T item in items)
        {
            context.ThrowIfCancellationRequested();
            Located located = id(item);
            if (seen.TryGetValue(located.Value, out Located? first))
            {
                context.Report(Diagnostics.DuplicateId, located.Location, kind, located.Value, LinkContext.Where(first.Location));
                continue;
            }
            seen.Add(located.Value, located);
            result.Add(item);
        }
        return result;
    }
}
