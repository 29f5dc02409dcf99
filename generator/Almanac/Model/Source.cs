using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>A document that facts in the dataset are quoted from: an article, a report, a gazetteer.</summary>
public sealed class Source : Entity
{
    internal Source(DatasetStore store, int index, string id, string name, IReadOnlyList<string> aliases, string? notes,
        SourceKind kind, string? publisher, DateOnly? published, string? language, Uri? url, string? document, IReadOnlyList<ExcludedPassage> excluded)
        : base(store, index, id, name, aliases, Array.Empty<Citation>(), notes)
    {
        Kind = kind;
        Publisher = publisher;
        Published = published;
        Language = language;
        Url = url;
        Document = document;
        Excluded = excluded;
    }

    /// <summary>The title of the source (same as <see cref="Entity.Name"/>).</summary>
    public string Title => Name;

    /// <summary>What kind of document it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Who published it, or <see langword="null"/> when not recorded.</summary>
    public string? Publisher { get; }

    /// <summary>The publication date, or <see langword="null"/> when not recorded.</summary>
    public DateOnly? Published { get; }

    /// <summary>The BCP 47 language tag of the text quoted (<c>en</c>, <c>ar</c>), or <see langword="null"/>.</summary>
    public string? Language { get; }

    /// <summary>Where the source can be read, or <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>The path of the local text that quotes were checked against at build time, or <see langword="null"/> when quotes from this source are not checked.</summary>
    public string? Document { get; }

    /// <summary>Passages of the document that hold no fact (page furniture, captions), with the reason.</summary>
    public IReadOnlyList<ExcludedPassage> Excluded { get; }
}

/// <summary>A passage of a source document that the curators decided holds no fact.</summary>
/// <param name="Quote">The passage, as it stands in the document.</param>
/// <param name="Paragraph">The 1-based paragraph of the document where the passage starts, or <see langword="null"/> when unknown.</param>
/// <param name="Reason">Why it holds no fact.</param>
public sealed record ExcludedPassage(string Quote, int? Paragraph, string Reason);
