// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

public sealed partial class Citation
{
    private readonly string? _quote;

    internal Citation(Source source, string? quote, string? claim, IReadOnlyList<string> supports, int? paragraph)
    {
        Source = source;
        _quote = quote;
        Claim = claim;
        Supports = supports;
        Paragraph = paragraph;
    }

    /// <summary>The cited source.</summary>
    public Source Source { get; }

    /// <summary>What the source says, in the curator's words: for a source without a local document (a gazetteer, a database, an outlet's page), or a paraphrase of a long passage. <see langword="null"/> when not given.</summary>
    public string? Claim { get; }

    /// <summary>The keys of the values of the citing entity that this citation supports (<c>date</c>, <c>location</c>, <c>wikidata</c>).</summary>
    public IReadOnlyList<string> Supports { get; }

    /// <summary>The 1-based paragraph of the source's document where the quote starts; none for a claim, or when the source has no document. <see langword="null"/> when not given.</summary>
    public int? Paragraph { get; }
}
