namespace Almanac;

/// <summary>
/// How exactly a location is known. Numbered as UCDP's <c>where_prec</c>; see <see cref="GeoPrecisionExtensions"/>
/// for ACLED's <c>geo_precision</c>. Distinct from <see cref="TimePrecision"/> on purpose.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum GeoPrecision
{
    /// <summary>The point is the named place itself (<c>exact</c>; UCDP 1, ACLED 1).</summary>
    Exact = 1,
    /// <summary>Within about 25 km of the point (<c>near</c>; UCDP 2, ACLED 2).</summary>
    Near = 2,
    /// <summary>Only the second-order administrative unit is known (<c>district</c>; UCDP 3, ACLED 3).</summary>
    District = 3,
    /// <summary>Only the first-order administrative unit is known (<c>province</c>; UCDP 4, ACLED 3).</summary>
    Province = 4,
    /// <summary>A larger region below the country, or between two places (<c>region</c>; UCDP 5, ACLED 3).</summary>
    Region = 5,
    /// <summary>Only the country is known (<c>country</c>; UCDP 6, ACLED 3).</summary>
    Country = 6,
    /// <summary>International waters or airspace (<c>international</c>; UCDP 7, ACLED 3).</summary>
    International = 7,
}
