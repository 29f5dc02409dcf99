using Almanac.Generator.Referencing;
using Almanac.Storage;
using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// Turns the specs into linked records (the per-mapping methods are derived from the schema in Resolver.g.cs): resolves
/// each reference to its entity's index (ALM006 for an unknown id, with the closest ids of the dataset and of the datasets
/// it references) and finds each quote's paragraph in its source's document. A reference names the dataset's own entity
/// first; else an entity of a referenced dataset (<see cref="ReferencedIds"/>), whose index is past the dataset's own.
/// </summary>
internal sealed partial class Resolver
{
    private readonly LinkContext _context;
    private readonly EntitySet _entities;
    private readonly Quotes _quotes;
    private readonly Retirements _retired;
    private readonly ReferencedIds _referenced;
    private readonly Dictionary<string, int> _sources, _actors, _places;
    private readonly Dictionary<(string Kind, string Value), string> _suggested = new();

    public Resolver(LinkContext context, EntitySet entities, Quotes quotes, Retirements retired, ReferencedIds referenced)
    {
        _retired = retired;
        _referenced = referenced;
        _context = context;
        _entities = entities;
        _quotes = quotes;
        _sources = IndexOf(entities.Sources, s => s.Id.Value);
        _actors = IndexOf(entities.Actors, a => a.Id.Value);
        _places = IndexOf(entities.Places, p => p.Id.Value);
    }

    /// <summary>The linked sources; a source that lists excluded passages must have a document.</summary>
    public List<LinkedSource> Sources()
    {
        var linked = new List<LinkedSource>(_entities.Sources.Count);
        for (int i = 0; i < _entities.Sources.Count; i++)
        {
            _context.ThrowIfCancellationRequested();
            SourceSpec s = _entities.Sources[i];
            if (s.Excluded.Count > 0 && s.Document is null)
            {
                _context.Report(Diagnostics.MissingField, s.Excluded[0].Quote.Location, $"source '{s.Id.Value}' (it lists excluded passages)", "document");
            }
            linked.Add(LinkSource(s, i));
        }
        return linked;
    }

    /// <summary>The linked entities of one kind, in their stored order.</summary>
    public List<TLinked> All<TSpec, TLinked>(List<TSpec> specs, Func<TSpec, int, TLinked> link)
    {
        var linked = new List<TLinked>(specs.Count);
        for (int i = 0; i < specs.Count; i++)
        {
            _context.ThrowIfCancellationRequested();
            linked.Add(link(specs[i], i));
        }
        return linked;
    }

    private EquatableArray<TLinked> LinkAll<TSpec, TLinked>(EquatableArray<TSpec> specs, Func<TSpec, TLinked?> link)
        where TSpec : IEquatable<TSpec> where TLinked : class, IEquatable<TLinked>
    {
        if (specs.Count == 0)
        {
            return EquatableArray<TLinked>.Empty;
        }
        var linked = new List<TLinked>(specs.Count);
        foreach (TSpec spec in specs)
        {
            _context.ThrowIfCancellationRequested();
            if (link(spec) is { } value)
            {
                linked.Add(value);
            }
        }
        return linked.ToEquatableArray();
    }

    private static EquatableArray<string> Values(EquatableArray<Located> items)
    {
        var values = new List<string>(items.Count);
        foreach (Located item in items)
        {
            values.Add(item.Value);
        }
        return values.ToEquatableArray();
    }

    private int? Paragraph(int source, Located quote) => _quotes.Check(source, quote);

    /// <summary>
    /// The paragraph where a citation's quote starts in the document of its source; none for a citation without a quote
    /// (a claim). A quote of a source without a document cannot be checked: ALM027, at the quote.
    /// </summary>
    private int? CitedParagraph(int source, Located? quote)
    {
        if (quote is null)
        {
            return null;
        }
        if (source >= _entities.Sources.Count)
        {
            // A referenced dataset's source: its document, if it has one, is not part of this project.
            LinkedImport import = _referenced.Imports(DataFormat.Kind.Source)[source - _entities.Sources.Count];
            _context.Report(Diagnostics.UncheckedQuote, quote.Location, _referenced.Datasets[import.Dataset].Id + ReferencedIds.Qualifier + import.Id);
            return null;
        }
        SourceSpec spec = _entities.Sources[source];
        if (spec.Document is null)
        {
            _context.Report(Diagnostics.UncheckedQuote, quote.Location, spec.Id.Value);
            return null;
        }
        return Paragraph(source, quote);
    }

    /// <summary>An entry of <c>extends</c>, linked: the kind, the index of the referenced entity it extends (past the
    /// dataset's own) and the aliases it adds, for the kind's alias table.</summary>
    public readonly record struct Extension(string Kind, int Index, Located Reference, EquatableArray<Located> Aliases);

    /// <summary>
    /// Links the entries of <c>extends</c>: each names an entity of a referenced dataset (an unknown one is ALM006; one of
    /// the dataset's own, or one extended twice, is ALM033), whose import gets the entry's aliases and notes.
    /// </summary>
    public List<Extension> LinkExtensions(IEnumerable<ExtensionSpec> specs)
    {
        var linked = new List<Extension>();
        var first = new Dictionary<(string Kind, int Index), Located>();
        foreach (ExtensionSpec spec in specs)
        {
            _context.ThrowIfCancellationRequested();
            var (kind, reference) = spec.Actor is { } actor ? (DataFormat.Kind.Actor, actor)
                : spec.Place is { } place ? (DataFormat.Kind.Place, place)
                : (DataFormat.Kind.Source, spec.Source!);
            int index = Resolve(reference, kind);
            int own = Index(kind).Count;
            if (index == DataFormat.None)
            {
                continue;
            }
            if (index < own)
            {
                _context.Report(Diagnostics.InvalidExtension, reference.Location,
                    $"The {kind} '{reference.Value}' is this dataset's own; 'extends' adds to an entity of a referenced dataset: give these aliases and notes in the {kind}'s own entry");
                continue;
            }
            if (first.TryGetValue((kind, index), out Located? earlier))
            {
                _context.Report(Diagnostics.InvalidExtension, reference.Location,
                    $"The {kind} '{reference.Value}' is extended again (first at {LinkContext.Where(earlier.Location)}); keep one entry for it");
                continue;
            }
            first.Add((kind, index), reference);
            _referenced.Extend(kind, index - own, Values(spec.Aliases), spec.Notes);
            linked.Add(new Extension(kind, index, reference, spec.Aliases));
        }
        return linked;
    }

    private Dictionary<string, int> Index(string kind) => kind switch
    {
        DataFormat.Kind.Source => _sources,
        DataFormat.Kind.Actor => _actors,
        DataFormat.Kind.Place => _places,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No entities of this kind are referenced."),
    };

    private int Resolve(Located? reference, string kind)
    {
        if (reference is null)
        {
            return DataFormat.None;
        }
        Dictionary<string, int> index = Index(kind);
        var (dataset, id) = ReferencedIds.Split(reference.Value);
        if (_referenced.IsOwn(dataset))
        {
            if (index.TryGetValue(id, out int found))
            {
                return found;
            }
            if (_retired.Find(kind, id) is { } retirement)
            {
                return Redirect(reference, retirement);
            }
        }
        if ((dataset is null || !_referenced.IsOwn(dataset)) && ResolveReferenced(reference, kind, dataset, id, index) is { } referenced)
        {
            return referenced;
        }
        ReportUnknown(reference, kind, index);
        return DataFormat.None;
    }

    /// <summary>
    /// A reference to an entity of a referenced dataset: its index (past the dataset's own), <see cref="DataFormat.None"/>
    /// when the reference is reported here (a bare id that several referenced datasets have, ALM031; an unknown dataset,
    /// ALM006; a removed id, ALM025), or null when no referenced dataset has the id (the caller reports it as unknown).
    /// A renamed or merged id is linked to its successor (ALM024).
    /// </summary>
    private int? ResolveReferenced(Located reference, string kind, string? dataset, string id, Dictionary<string, int> own)
    {
        IReadOnlyList<int> live = _referenced.LiveIn(kind, id);
        IReadOnlyList<(int Dataset, ReferencedRetirement Retirement)> retired = _referenced.RetiredIn(kind, id);
        if (dataset is not null)
        {
            int d = _referenced.DatasetIndex(dataset);
            if (d < 0)
            {
                string referencedIds = _referenced.Datasets.Count == 0 ? "none" : string.Join(", ", _referenced.Datasets.Select(x => x.Id));
                _context.Report(Diagnostics.UnknownReference, reference.Location, kind, reference.Value,
                    $"; '{dataset}' is neither this dataset nor a referenced one (referenced datasets: {referencedIds})");
                return DataFormat.None;
            }
            live = live.Contains(d) ? new[] { d } : Array.Empty<int>();
            retired = retired.Where(r => r.Dataset == d).ToList();
        }
        if (live.Count == 1)
        {
            return _referenced.Import(kind, live[0], id, own.Count);
        }
        if (live.Count > 1 || (live.Count == 0 && retired.Count > 1))
        {
            IEnumerable<int> among = live.Count > 1 ? live : retired.Select(r => r.Dataset);
            _context.Report(Diagnostics.AmbiguousReference, reference.Location, kind, id,
                string.Join(", ", among.Select(d => $"'{_referenced.Datasets[d].Id}{ReferencedIds.Qualifier}{id}'")));
            return DataFormat.None;
        }
        if (retired.Count == 1)
        {
            return RedirectReferenced(reference, kind, retired[0].Dataset, retired[0].Retirement, dataset is not null, own);
        }
        return null;
    }

    /// <summary>A reference to a retired id of a referenced dataset: linked to its successor (ALM024, a warning that names
    /// it), or reported when the id was removed (ALM025).</summary>
    private int RedirectReferenced(Located reference, string kind, int dataset, ReferencedRetirement retirement, bool qualified, Dictionary<string, int> own)
    {
        ReferencedDataset from = _referenced.Datasets[dataset];
        if (retirement.Successor is not { } successor || !_referenced.LiveIn(kind, successor).Contains(dataset))
        {
            _context.Report(Diagnostics.ReferenceToRemoved, reference.Location, kind, reference.Value, retirement.Since,
                $"by the referenced dataset '{from.Id}' {from.Version}" + (retirement.Reason is { } reason ? ": " + reason : ""));
            return DataFormat.None;
        }
        string written = qualified ? from.Id + ReferencedIds.Qualifier + successor : _referenced.Written(kind, dataset, successor, own.ContainsKey);
        _context.Report(Diagnostics.ReferenceToRetired, reference.Location, kind, reference.Value,
            retirement.How == "merged" ? "merged into" : "renamed to", written, $"{from.Id} {retirement.Since}");
        return _referenced.Import(kind, dataset, successor, own.Count);
    }

    /// <summary>An unknown id (ALM006), with the closest ids of the dataset and of the referenced datasets.</summary>
    private void ReportUnknown(Located reference, string kind, Dictionary<string, int> index)
    {
        if (!_suggested.TryGetValue((kind, reference.Value), out string? suggestion))
        {
            IReadOnlyList<string> referenced = _referenced.Candidates(kind, index.ContainsKey);
            int candidates = index.Count + referenced.Count;
            suggestion = candidates == 0 ? $"; the dataset has no {kind}s"
                : _context.Spend(candidates)
                    ? $"; closest ids: {string.Join(", ", EditDistance.Nearest(ReferencedIds.Unqualified(reference.Value), index.Keys.Concat(referenced), comparedAs: ReferencedIds.Unqualified))}"
                : "; too many unknown references to search for the closest ids";
            _suggested.Add((kind, reference.Value), suggestion);
        }
        _context.Report(Diagnostics.UnknownReference, reference.Location, kind, reference.Value, suggestion);
    }

    /// <summary>A reference to a retired id: linked to its successor (ALM024), or reported when the id was removed (ALM025).</summary>
    private int Redirect(Located reference, LinkedRetirement retirement)
    {
        if (retirement.Successor == DataFormat.None)
        {
            _context.Report(Diagnostics.ReferenceToRemoved, reference.Location, retirement.Kind, retirement.Id, retirement.Since, retirement.Reason);
            return DataFormat.None;
        }
        string successor = retirement.Kind switch
        {
            DataFormat.Kind.Source => _entities.Sources[retirement.Successor].Id.Value,
            DataFormat.Kind.Actor => _entities.Actors[retirement.Successor].Id.Value,
            DataFormat.Kind.Place => _entities.Places[retirement.Successor].Id.Value,
            _ => _entities.Events[retirement.Successor].Id.Value,
        };
        _context.Report(Diagnostics.ReferenceToRetired, reference.Location, retirement.Kind, retirement.Id,
            retirement.How == LinkedRetirement.Merged ? "merged into" : "renamed to", successor, retirement.Since);
        return retirement.Successor;
    }

    private static Dictionary<string, int> IndexOf<T>(List<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            index.Add(id(items[i]), i);
        }
        return index;
    }
}
