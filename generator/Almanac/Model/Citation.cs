namespace Almanac;

/// <summary>The provenance of a fact: a source and the exact quote from it.</summary>
public sealed partial class Citation
{
    /// <summary>Returns the source id, the paragraph and the quote.</summary>
    public override string ToString() => Paragraph is int p ? $"{Source.Id} ¶{p}: \"{Quote}\"" : $"{Source.Id}: \"{Quote}\"";
}
