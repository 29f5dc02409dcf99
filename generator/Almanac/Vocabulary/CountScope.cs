namespace Almanac;

/// <summary>
/// What a figure of an event's <c>counts</c> (<see cref="ReportedCount"/>) covers, and so whether it may be added to
/// other figures. YAML words are the kebab-case names.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum CountScope
{
    /// <summary>The figure belongs to this event alone, and may be added to the figures of other events (<c>event</c>). The default.</summary>
    Event,
    /// <summary>
    /// A running total over a period that includes figures recorded on other events (<c>cumulative</c>), such as "raises
    /// the number destroyed in three days to nine": never add it to them.
    /// </summary>
    Cumulative,
}
