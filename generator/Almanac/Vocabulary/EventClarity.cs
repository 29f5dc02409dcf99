namespace Almanac;

/// <summary>
/// Whether an <see cref="Event"/> is one event or a report that sums up several. Numbered as UCDP's
/// <c>event_clarity</c>; YAML words are the kebab-case names.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum EventClarity
{
    /// <summary>One event, reported as such (<c>clear</c>; UCDP event_clarity 1). The default.</summary>
    Clear = 1,
    /// <summary>
    /// A report that sums up several events or a pattern over a span of time, such as a tally over several days or
    /// repeated accusations (<c>aggregate</c>; UCDP event_clarity 2): its parts cannot be told apart from the report.
    /// </summary>
    Aggregate = 2,
}
