using System;

namespace Almanac;

/// <summary>
/// Crosswalks of the two precision scales to the event-data standards: UCDP numbers them as Almanac does
/// (<see cref="GeoPrecision"/> as <c>where_prec</c>, <see cref="TimePrecision"/> as <c>date_prec</c>), and ACLED folds
/// each into three levels.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
static class PrecisionExtensions
{
    /// <summary>UCDP GED <c>where_prec</c> (1–7).</summary>
    public static int ToUcdpWherePrecision(this GeoPrecision precision) => (int)Defined(precision);

    /// <summary>ACLED <c>geo_precision</c> (1 the named place, 2 near it, 3 a larger region).</summary>
    public static int ToAcledGeoPrecision(this GeoPrecision precision) => Defined(precision) switch
    {
        GeoPrecision.Exact => 1,
        GeoPrecision.Near => 2,
        _ => 3,
    };

    /// <summary>UCDP GED <c>date_prec</c> (1–5).</summary>
    public static int ToUcdpDatePrecision(this TimePrecision precision) => (int)Defined(precision);

    /// <summary>ACLED <c>time_precision</c> (1 day, 2 week, 3 month).</summary>
    public static int ToAcledTimePrecision(this TimePrecision precision) => Defined(precision) switch
    {
        TimePrecision.Day => 1,
        TimePrecision.Days or TimePrecision.Week => 2,
        _ => 3,
    };

    private static TPrecision Defined<TPrecision>(TPrecision precision) where TPrecision : struct, Enum =>
        Enum.IsDefined(typeof(TPrecision), precision)
            ? precision
            : throw new ArgumentOutOfRangeException(nameof(precision), precision, $"Not a defined {typeof(TPrecision).Name} value.");
}
