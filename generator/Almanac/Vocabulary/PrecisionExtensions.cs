using System;

namespace Almanac;

/// <summary>
/// Crosswalks of <see cref="GeoPrecision"/> to the event-data standards: UCDP numbers it as Almanac does
/// (<c>where_prec</c>), and ACLED folds it into three levels.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
static class GeoPrecisionExtensions
{
    /// <summary>UCDP GED <c>where_prec</c> (1–7).</summary>
    public static int ToUcdpWherePrecision(this GeoPrecision precision) => (int)Precision.Defined(precision);

    /// <summary>ACLED <c>geo_precision</c> (1 the named place, 2 near it, 3 a larger region).</summary>
    public static int ToAcledGeoPrecision(this GeoPrecision precision) => Precision.Defined(precision) switch
    {
        GeoPrecision.Exact => 1,
        GeoPrecision.Near => 2,
        _ => 3,
    };
}

/// <summary>
/// Crosswalks of <see cref="TimePrecision"/> to the event-data standards: UCDP numbers it as Almanac does
/// (<c>date_prec</c>), and ACLED folds it into three levels.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
static class TimePrecisionExtensions
{
    /// <summary>UCDP GED <c>date_prec</c> (1–5).</summary>
    public static int ToUcdpDatePrecision(this TimePrecision precision) => (int)Precision.Defined(precision);

    /// <summary>ACLED <c>time_precision</c> (1 day, 2 week, 3 month).</summary>
    public static int ToAcledTimePrecision(this TimePrecision precision) => Precision.Defined(precision) switch
    {
        TimePrecision.Day => 1,
        TimePrecision.Days or TimePrecision.Week => 2,
        _ => 3,
    };
}

/// <summary>The check both precision crosswalks make before they map a value.</summary>
internal static class Precision
{
    /// <summary>Returns <paramref name="precision"/> when it is a member of its enum; throws otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public static TPrecision Defined<TPrecision>(TPrecision precision) where TPrecision : struct, Enum =>
        Enum.IsDefined(typeof(TPrecision), precision)
            ? precision
            : throw new ArgumentOutOfRangeException(nameof(precision), precision, $"Not a defined {typeof(TPrecision).Name} value.");
}
