namespace Almanac;

/// <summary>
/// What a <see cref="Citation"/> gives: the exact words of its source, checked against the source's document, or what the
/// source says in the curator's words. Words (in exports) are the kebab-case names.
/// </summary>
public enum CitationKind
{
    /// <summary>A quote: the exact words of the source (<see cref="Citation.Quote"/>), found in its document when it has one (<c>quote</c>).</summary>
    Quote,
    /// <summary>A reference: what the source says, in the curator's words (<see cref="Citation.Claim"/>), for a source without a local document (<c>reference</c>).</summary>
    Reference,
}
