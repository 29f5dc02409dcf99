using Almanac.Storage;
using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// Links the retired ids of a dataset: each retirement names one retired id of a kind and, unless the id was removed, the
/// entity it was renamed to or merged into. Reports a retired id that is used again (ALM022), a retirement that is
/// repeated or dated after the dataset's version (ALM023), a successor that is unknown (ALM006, with the closest id) and
/// a chain of successors that makes a cycle (ALM011); follows each chain to the live entity at its end.
/// </summary>
internal sealed class Retirements
{
    private readonly Dictionary<(string Kind, string Id), LinkedRetirement> _byId;

    private Retirements(List<LinkedRetirement> all)
    {
        All = all;
        _byId = all.ToDictionary(r => (r.Kind, r.Id));
    }

    /// <summary>Every linked retirement, ordered by kind, then id.</summary>
    public List<LinkedRetirement> All { get; }

    /// <summary>The retirement of <paramref name="id"/> among the ids of <paramref name="kind"/>, if it was retired.</summary>
    public LinkedRetirement? Find(string kind, string id) => _byId.TryGetValue((kind, id), out LinkedRetirement? r) ? r : null;

    /// <summary>Links the retirements of <paramref name="files"/> (in ordinal path order) against the live entities.</summary>
    public static Retirements Link(LinkContext context, List<ParsedFile> files, EntitySet entities)
    {
        var live = new Dictionary<string, Dictionary<string, (int Index, Located Id)>>(StringComparer.Ordinal)
        {
            [DataFormat.Kind.Actor] = Index(entities.Actors.Select(a => a.Id)),
            [DataFormat.Kind.Event] = Index(entities.Events.Select(e => e.Id)),
            [DataFormat.Kind.Place] = Index(entities.Places.Select(p => p.Id)),
            [DataFormat.Kind.Source] = Index(entities.Sources.Select(s => s.Id)),
        };
        bool datasetVersioned = SemanticVersion.TryParse(entities.Dataset.Version, out SemanticVersion datasetVersion);

        var all = new List<LinkedRetirement>();
        foreach (string kind in DataFormat.RetiredKinds)
        {
            var entries = new List<Entry>();
            var seen = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (RetirementSpec spec in files.SelectMany(f => f.Retired))
            {
                context.ThrowIfCancellationRequested();
                if (RetiredId(spec, kind) is not { } id)
                {
                    continue;
                }
                var entry = new Entry(spec, id);
                if (seen.TryGetValue(id.Value, out Entry? first))
                {
                    context.Report(Diagnostics.InvalidRetirement, id.Location,
                        $"The {kind} id '{id.Value}' is retired twice (first at {LinkContext.Where(first.Id.Location)}); keep one retirement");
                    continue;
                }
                if (live[kind].TryGetValue(id.Value, out var reused))
                {
                    context.Report(Diagnostics.RetiredIdReused, reused.Id.Location, kind, id.Value, spec.Since!, How(spec));
                    continue;
                }
                if (datasetVersioned && SemanticVersion.TryParse(spec.Since!, out SemanticVersion since) && since.CompareTo(datasetVersion) > 0)
                {
                    context.Report(Diagnostics.InvalidRetirement, id.Location,
                        $"The {kind} id '{id.Value}' is retired since {spec.Since}, which is later than the dataset's version {entities.Dataset.Version}");
                }
                seen.Add(id.Value, entry);
                entries.Add(entry);
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
            all.AddRange(LinkKind(context, kind, entries, live[kind]));
        }
        return new Retirements(all);
    }

    /// <summary>Resolves the successors of one kind's retirements, reporting unknown successors and cycles.</summary>
    private static IEnumerable<LinkedRetirement> LinkKind(LinkContext context, string kind, List<Entry> entries,
        Dictionary<string, (int Index, Located Id)> live)
    {
        var retiredIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            retiredIndex.Add(entries[i].Id.Value, i);
        }
        // Per retirement: the retirement its target names (a chain), or None.
        var next = new int[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            next[i] = DataFormat.None;
            if (entries[i].Target is not { } target || live.ContainsKey(target.Value))
            {
                continue;
            }
            if (retiredIndex.TryGetValue(target.Value, out int chained))
            {
                next[i] = chained;
                continue;
            }
            string? closest = EditDistance.Closest(target.Value, live.Keys);
            context.Report(Diagnostics.UnknownReference, target.Location, kind, target.Value,
                closest is null ? $"; the dataset has no live {kind}s to succeed '{entries[i].Id.Value}'" : $"; did you mean '{closest}'?");
            entries[i] = entries[i] with { Target = null, Unknown = true };
        }
        Cycles.Cut(context, next, entries.Select(e => e.Id).ToList(), entries.Select(e => e.Target).ToList(), "replaced-by/merged-into", "retired " + kind);

        for (int i = 0; i < entries.Count; i++)
        {
            Entry entry = entries[i];
            int at = i;
            while (next[at] != DataFormat.None)
            {
                at = next[at];
            }
            int successor = entries[at].Target is { } end && live.TryGetValue(end.Value, out var found) ? found.Index : DataFormat.None;
            if (entry.Unknown)
            {
                // Reported above: the retirement is kept as a removal so that references to the id are not reported again.
                successor = DataFormat.None;
            }
            RetirementSpec spec = entry.Spec;
            yield return new LinkedRetirement(kind, entry.Id.Value, entry.Id.Location, entry.How, entry.Target?.Value ?? "", successor,
                spec.Since!, spec.Reason!, spec.Name ?? entry.Id.Value);
        }
    }

    private static Located? RetiredId(RetirementSpec spec, string kind) => kind switch
    {
        DataFormat.Kind.Actor => spec.Actor,
        DataFormat.Kind.Event => spec.Event,
        DataFormat.Kind.Place => spec.Place,
        _ => spec.Source,
    };

    private static string How(RetirementSpec spec) =>
        spec.ReplacedBy is { } renamed ? $"renamed to '{renamed.Value}'"
        : spec.MergedInto is { } merged ? $"merged into '{merged.Value}'"
        : "removed";

    private static Dictionary<string, (int Index, Located Id)> Index(IEnumerable<Located> ids)
    {
        var index = new Dictionary<string, (int, Located)>(StringComparer.Ordinal);
        int i = 0;
        foreach (Located id in ids)
        {
            index[id.Value] = (i++, id);
        }
        return index;
    }

    /// <summary>One retirement of the kind being linked.</summary>
    private sealed record Entry(RetirementSpec Spec, Located Id)
    {
        public Located? Target { get; init; } = Spec.ReplacedBy ?? Spec.MergedInto;

        public bool Unknown { get; init; }

        public int How => Spec.ReplacedBy is not null ? LinkedRetirement.Renamed : Spec.MergedInto is not null ? LinkedRetirement.Merged : LinkedRetirement.Removed;
    }
}
