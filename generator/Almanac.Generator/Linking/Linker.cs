using System.Collections.Immutable;
using System.Threading;
using Almanac.Generator.Project;
using Almanac.Generator.Referencing;
using Almanac.Storage;

namespace Almanac.Generator.Linking;

/// <summary>
/// Links the parsed files into one dataset and checks it, pass by pass: one dataset section and unique ids
/// (<see cref="EntitySet"/>), documents and quotes (<see cref="Quotes"/>), references (<see cref="Resolver"/>), cycles
/// (<see cref="Cycles"/>), retired ids (<see cref="Retirements"/>), events without a place, aliases (<see cref="Aliases"/>) and member names (<see cref="MemberNames"/>). Produces the
/// linked dataset and the located diagnostics. References may name the entities of the datasets the project references
/// (<see cref="ReferencedIds"/>). Never throws except for cancellation.
/// </summary>
internal static class Linker
{
    /// <summary>Links a dataset that refers to no other dataset.</summary>
    /// <param name="options">The validated settings; null when the project checks failed, and nothing is linked.</param>
    public static LinkResult Link(ImmutableArray<ParsedFile> files, ImmutableArray<IndexedDocument> documents, GeneratorOptions? options,
        CancellationToken cancellationToken) =>
        Link(files, documents, options, EquatableArray<ReferencedDataset>.Empty, cancellationToken);

    /// <summary>Links a dataset whose references may name the entities of <paramref name="referenced"/>.</summary>
    /// <param name="options">The validated settings; null when the project checks failed, and nothing is linked.</param>
    /// <param name="referenced">The datasets the project references, ordered by id.</param>
    public static LinkResult Link(ImmutableArray<ParsedFile> files, ImmutableArray<IndexedDocument> documents, GeneratorOptions? options,
        EquatableArray<ReferencedDataset> referenced, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty || options is null)
        {
            return LinkResult.Empty;
        }
        var context = new LinkContext(cancellationToken);
        // Paths decide which of two duplicates is "first"; the emitted code never depends on the order of the files.
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        LinkedDataset? dataset = null;
        try
        {
            if (EntitySet.Collect(ordered, context) is { } entities)
            {
                dataset = Link(context, entities, documents.IsDefault ? ImmutableArray<IndexedDocument>.Empty : documents, options, ordered, referenced);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.Report(Diagnostics.InternalError, LocationInfo.FileStart(ordered[0].Path), ex.GetType().Name, ex.Message);
            dataset = null;
        }
        return new LinkResult(dataset, context.Diagnostics.ToEquatableArray());
    }

    private static LinkedDataset? Link(LinkContext context, EntitySet entities, ImmutableArray<IndexedDocument> documents, GeneratorOptions options,
        System.Collections.Generic.List<ParsedFile> files, EquatableArray<ReferencedDataset> referenced)
    {
        var quotes = new Quotes(context, entities.Sources, documents);
        var retired = Retirements.Link(context, files, entities);
        var referencedIds = new ReferencedIds(entities.Dataset.Id.Value, referenced);
        ReportRedefinitions(context, referencedIds, DataFormat.Kind.Source, entities.Sources.Select(s => s.Id));
        ReportRedefinitions(context, referencedIds, DataFormat.Kind.Actor, entities.Actors.Select(a => a.Id));
        ReportRedefinitions(context, referencedIds, DataFormat.Kind.Place, entities.Places.Select(p => p.Id));
        var resolver = new Resolver(context, entities, quotes, retired, referencedIds);

        var sources = resolver.Sources();

        // Part-of and within chains are cut where they form a cycle (reported), so that queries over them end.
        var actors = resolver.All(entities.Actors, resolver.LinkActor);
        int[] partOf = actors.Select(a => a.PartOf).ToArray();
        Cycles.Cut(context, partOf, entities.Actors.Select(a => a.Id).ToList(), entities.Actors.Select(a => a.PartOf).ToList(), "part-of", DataFormat.Kind.Actor);
        actors = actors.Select((a, i) => a.PartOf == partOf[i] ? a : a with { PartOf = partOf[i] }).ToList();

        var places = resolver.All(entities.Places, resolver.LinkPlace);
        int[] within = places.Select(p => p.Within).ToArray();
        Cycles.Cut(context, within, entities.Places.Select(p => p.Id).ToList(), entities.Places.Select(p => p.Within).ToList(), "within", DataFormat.Kind.Place);
        places = places.Select((p, i) => p.Within == within[i] ? p : p with { Within = within[i] }).ToList();

        var events = LinkedEventCache.Link(context, entities, documents, referenced.Count > 0, resolver);
        ReportEventsWithoutPlace(context, entities.Events);

        var extensions = resolver.LinkExtensions(files.SelectMany(f => f.Extensions));
        List<Aliases.Extended> Extended(string kind) =>
            extensions.Where(x => x.Kind == kind).Select(x => new Aliases.Extended(x.Index, x.Reference, x.Aliases)).ToList();
        var aliases = ImmutableArray.Create(
            Aliases.Table(context, entities.Sources.Select(s => (s.Id, s.Name, s.Aliases, NoScoped)).ToList(), DataFormat.Kind.Source, Extended(DataFormat.Kind.Source)),
            Aliases.Table(context, entities.Actors.Select(a => (a.Id, a.Name, a.Aliases, Scoped(a.ScopedAliases))).ToList(), DataFormat.Kind.Actor, Extended(DataFormat.Kind.Actor)),
            Aliases.Table(context, entities.Places.Select(p => (p.Id, p.Name, p.Aliases, Scoped(p.ScopedAliases))).ToList(), DataFormat.Kind.Place, Extended(DataFormat.Kind.Place)),
            Aliases.Table(context, entities.Events.Select(e => (e.Id, e.Name, e.Aliases)).ToList(), DataFormat.Kind.Event));

        LinkedNames? names = MemberNames.Name(context, entities, options, retired.All);
        if (names is null)
        {
            return null;
        }
        var (references, imports) = referencedIds.Used();
        return new LinkedDataset(entities.Dataset, files.Select(f => f.ContentHash).OrderBy(h => h, StringComparer.Ordinal).ToEquatableArray(),
            sources.ToEquatableArray(), actors.ToEquatableArray(), places.ToEquatableArray(), events.ToEquatableArray(), aliases.ToEquatableArray(), names,
            retired.All.ToEquatableArray(), references, imports);
    }

    /// <summary>
    /// Reports each entity of the dataset whose id a referenced dataset has for an entity of the same kind (ALM032): the
    /// dataset refers to that entity, it does not define it again.
    /// </summary>
    private static void ReportRedefinitions(LinkContext context, ReferencedIds referenced, string kind, IEnumerable<Located> ids)
    {
        if (referenced.Datasets.Count == 0)
        {
            return;
        }
        foreach (Located id in ids)
        {
            IReadOnlyList<int> datasets = referenced.LiveIn(kind, id.Value);
            if (datasets.Count > 0)
            {
                context.Report(Diagnostics.RedefinedReferencedEntity, id.Location, kind, id.Value,
                    string.Join(", ", datasets.Select(d => $"'{referenced.Datasets[d].Id}'")),
                    string.Join("', '", datasets.Select(d => referenced.Datasets[d].Id + ReferencedIds.Qualifier + id.Value)));
            }
        }
    }

    /// <summary>
    /// Reports each event without a <c>place</c> at its id (ALM030, a warning): ACLED and UCDP rows need a location, so an
    /// export has to drop such an event or invent one. An event whose place does not resolve is reported as that (ALM006, ALM025).
    /// </summary>
    private static void ReportEventsWithoutPlace(LinkContext context, System.Collections.Generic.List<EventSpec> events)
    {
        foreach (EventSpec e in events)
        {
            if (e.Place is null)
            {
                context.Report(Diagnostics.EventWithoutPlace, e.Id.Location, e.Id.Value);
            }
        }
    }

    /// <summary>No scoped aliases (sources have none).</summary>
    private static readonly IReadOnlyList<Aliases.Scoped> NoScoped = Array.Empty<Aliases.Scoped>();

    /// <summary>The scoped aliases of an entity as the alias table takes them.</summary>
    private static IReadOnlyList<Aliases.Scoped> Scoped(EquatableArray<ScopedAliasSpec> aliases) =>
        aliases.Select(a => new Aliases.Scoped(a.Name, a.Source.Value, a.Source.Location)).ToList();
}
