namespace Almanac.Export;

/// <summary>
/// Whether the event-data standards the exports map to would record an event at all, so that an ACLED- or UCDP-shaped
/// analysis can keep the rows those datasets would contain (every export carries both flags) instead of treating every
/// mapped row as theirs.
/// </summary>
public static class StandardScope
{
    /// <summary>
    /// Whether ACLED codes events like <paramref name="e"/>: its kind is not a verbal one
    /// (<see cref="EventKindStandards.InAcledScope"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is <see langword="null"/>.</exception>
    public static bool Acled(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind.Standards().InAcledScope;
    }

    /// <summary>
    /// Whether UCDP GED would record <paramref name="e"/>: organised violence (its kind has a UCDP type of violence) with
    /// at least one death by the lowest figure the sources support (<see cref="LeastDeaths"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is <see langword="null"/>.</exception>
    public static bool Ucdp(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind.Standards().UcdpViolence is not null && LeastDeaths(e) >= 1;
    }

    /// <summary>
    /// The fewest deaths the event's figures allow: the lowest figure of its fatalities (<c>low</c>, else <c>best</c>),
    /// or, without one, the sum of the sides' lowest figures; 0 when the sources give no number.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is <see langword="null"/>.</exception>
    public static int LeastDeaths(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Fatalities is not Casualties fatalities)
        {
            return 0;
        }
        if ((fatalities.Low ?? fatalities.Best) is int total)
        {
            return total;
        }
        int sides = 0;
        foreach (SideCasualties side in fatalities.Sides)
        {
            sides += side.Low ?? side.Best ?? 0;
        }
        return sides;
    }
}
