using Almanac.Storage;
using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// Turns the specs into linked records (the per-mapping methods are derived from the schema in Resolver.g.cs): resolves
/// each reference to its entity's index (ALM006 for an unknown id, with the closest ids) and finds each quote's paragraph
/// in its source's document.
/// </summary>
internal sealed partial class Resolver
{
    private readonly LinkContext _context;
    private readonly EntitySet _entities;
    private readonly Quotes _quotes;
    private readonly Retirements _retired;
    private readonly Dictionary<string, int> _sources, _actors, _places;
    private readonly Dictionary<(string Kind, string Value), string> _suggested = new();

    public Resolver(LinkContext context, EntitySet entities, Quotes quotes, Retirements retired)
    {
        _retired = retired;
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
        SourceSpec spec = _entities.Sources[source];
        if (spec.Document is null)
        {
            _context.Report(Diagnostics.UncheckedQuote, quote.Location, spec.Id.Value);
            return null;
        }
        return Paragraph(source, quote);
    }

    private int Resolve(Located? reference, string kind)
    {
        if (reference is null)
        {
            return DataFormat.None;
        }
        Dictionary<string, int> index = kind switch
        {
            DataFormat.Kind.Source => _sources,
            DataFormat.Kind.Actor => _actors,
            DataFormat.Kind.Place => _places,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No entities of this kind are referenced."),
        };
        if (index.TryGetValue(reference.Value, out int found))
        {
            return found;
        }
        if (_retired.Find(kind, reference.Value) is { } retirement)
        {
            return Redirect(reference, retirement);
        }
        if (!_suggested.TryGetValue((kind, reference.Value), out string? suggestion))
        {
            suggestion = index.Count == 0 ? $"; the dataset has no {kind}s"
                : _context.Spend(index.Count) ? $"; closest ids: {string.Join(", ", EditDistance.Nearest(reference.Value, index.Keys))}"
                : "; too many unknown references to search for the closest ids";
            _suggested.Add((kind, reference.Value), suggestion);
        }
        _context.Report(Diagnostics.UnknownReference, reference.Location, kind, reference.Value, suggestion);
        return DataFormat.None;
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
