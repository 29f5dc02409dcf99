namespace Almanac;

/// <summary>
/// How exactly the date of an <see cref="Event"/> is known. Numbered as UCDP's <c>date_prec</c>; see
/// <see cref="TimePrecisionExtensions"/> for ACLED's <c>time_precision</c>. Distinct from <see cref="GeoPrecision"/> on purpose.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum TimePrecision
{
    /// <summary>The exact day is known (<c>day</c>; UCDP 1, ACLED 1).</summary>
    Day = 1,
    /// <summary>A span of two to six days is known (<c>days</c>; UCDP 2, ACLED 2).</summary>
    Days = 2,
    /// <summary>The week is known (<c>week</c>; UCDP 3, ACLED 2).</summary>
    Week = 3,
    /// <summary>The month is known (<c>month</c>; UCDP 4, ACLED 3).</summary>
    Month = 4,
    /// <summary>The year is known (<c>year</c>; UCDP 5, ACLED 3).</summary>
    Year = 5,
}
