namespace Almanac;

/// <summary>What happened to the materiel named in an <see cref="Event"/>. YAML words are the kebab-case names.</summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum MaterielOutcome
{
    /// <summary>Destroyed (<c>destroyed</c>).</summary>
    Destroyed,
    /// <summary>Damaged (<c>damaged</c>).</summary>
    Damaged,
    /// <summary>Captured by the other side (<c>captured</c>).</summary>
    Captured,
    /// <summary>Shown in public (<c>displayed</c>).</summary>
    Displayed,
    /// <summary>Deployed (<c>deployed</c>).</summary>
    Deployed,
    /// <summary>Delivered or supplied (<c>delivered</c>).</summary>
    Delivered,
    /// <summary>Withdrawn (<c>withdrawn</c>).</summary>
    Withdrawn,
    /// <summary>Another outcome (<c>other</c>).</summary>
    Other,
}
