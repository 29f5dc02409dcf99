using System.Collections.Immutable;

namespace Almanac.Generator.Linking;

/// <summary>
/// Checks quotes against the documents of their sources: finds each source's document among those given to the compiler
/// (ALM008 when it is not there) and each quote in it (ALM007 when it is not found), with the paragraph it starts in.
/// A document that was not valid UTF-8 (ALM020) is not searched.
/// </summary>
internal sealed class Quotes
{
    private readonly LinkContext _context;
    private readonly List<SourceSpec> _sources;
    private readonly IndexedDocument?[] _documents;
    private readonly Dictionary<string, QuoteIndex> _indexes = new();

    public Quotes(LinkContext context, List<SourceSpec> sources, ImmutableArray<IndexedDocument> documents)
    {
        _context = context;
        _sources = sources;
        _documents = new IndexedDocument?[sources.Count];
        var resolver = new DocumentResolver(documents);
        for (int i = 0; i < sources.Count; i++)
        {
            context.ThrowIfCancellationRequested();
            if (sources[i].Document is not { } document)
            {
                continue;
            }
            IndexedDocument? found = resolver.Find(document.Value);
            // A document that was not valid UTF-8 (ALM020, reported with the document) is not searched for quotes.
            _documents[i] = found is { Diagnostics.Count: 0 } ? found : null;
            if (found is null)
            {
                string? closest = context.Spend(resolver.Count) ? resolver.Closest(document.Value) : null;
                context.Report(Diagnostics.DocumentNotFound, document.Location, document.Value, sources[i].Id.Value,
                    closest is null ? "" : $"; did you mean '{closest}'?");
            }
        }
    }

    /// <summary>The 1-based paragraph of the document of source <paramref name="source"/> where <paramref name="quote"/> starts;
    /// null when the source has no document given to the compiler, or when the quote is not in it (reported).</summary>
    public int? Check(int source, Located quote)
    {
        if (_documents[source] is not { } document)
        {
            return null;
        }
        if (!_indexes.TryGetValue(document.Path, out QuoteIndex? index))
        {
            _indexes.Add(document.Path, index = new QuoteIndex(document));
        }
        int? paragraph = index.Find(quote.Value);
        if (paragraph is null)
        {
            SourceSpec spec = _sources[source];
            _context.Report(Diagnostics.QuoteNotFound, quote.Location, spec.Id.Value, spec.Document!.Value, Escape(index.Closest(quote.Value)));
        }
        return paragraph;
    }

    private static string Escape(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
