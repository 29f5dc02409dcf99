namespace Almanac;

/// <summary>The provenance of a fact: a source and the exact quote from it.</summary>
public sealed class Citation
{
    internal Citation(Source source, string quote, int? paragraph)
    {
        Source = source;
        Quote = quote;
        Paragraph = paragraph;
    }

    /// <summary>The source quoted.</summary>
    public Source Source { get; }

    /// <summary>The exact words of the source (checked against the source's document at build time when it has one).</summary>
    public string Quote { get; }

    /// <summary>The 1-based paragraph of the source document where the quote starts, or <see langword="null"/> when the source has no document.</summary>
    public int? Paragraph { get; }

    /// <summary>Returns the source id, the paragraph and the quote.</summary>
    public override string ToString() => Paragraph is int p ? $"{Source.Id} ¶{p}: \"{Quote}\"" : $"{Source.Id}: \"{Quote}\"";
}
