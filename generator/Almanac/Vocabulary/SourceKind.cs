namespace Almanac;

/// <summary>What kind of document a <see cref="Source"/> is. YAML words are the kebab-case names.</summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum SourceKind
{
    /// <summary>A news article (<c>article</c>).</summary>
    Article,
    /// <summary>A report (<c>report</c>).</summary>
    Report,
    /// <summary>An official statement (<c>statement</c>).</summary>
    Statement,
    /// <summary>A gazetteer: coordinates and place identifiers (<c>gazetteer</c>).</summary>
    Gazetteer,
    /// <summary>A dataset (<c>dataset</c>).</summary>
    Dataset,
    /// <summary>A web site (<c>website</c>).</summary>
    Website,
    /// <summary>Anything else (<c>other</c>).</summary>
    Other,
}
