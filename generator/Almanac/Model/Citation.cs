namespace Almanac;

/// <summary>
/// The provenance of a fact: a source and the exact quote from it (<see cref="CitationKind.Quote"/>), or what the source
/// says in the curator's words (<see cref="CitationKind.Reference"/>), with the values of the citing entity it supports.
/// </summary>
public sealed partial class Citation
{
    /// <summary>Whether the citation quotes its source or states, in the curator's words, what the source says.</summary>
    public CitationKind Kind => Claim is null ? CitationKind.Quote : CitationKind.Reference;

    /// <summary>
    /// The exact words of the source, white space and quotation marks aside; found in the source's document when it has one
    /// (<see cref="Paragraph"/>). Empty for a reference (<see cref="Kind"/>), whose text is <see cref="Claim"/>.
    /// </summary>
    public string Quote => _quote ?? "";

    /// <summary>Returns the source id, the paragraph and the quote, or the source id and the claim of a reference.</summary>
    public override string ToString() => Kind == CitationKind.Reference
        ? $"{Source.Id} (reference): {Claim}"
        : Paragraph is int p ? $"{Source.Id} ¶{p}: \"{Quote}\"" : $"{Source.Id}: \"{Quote}\"";
}
