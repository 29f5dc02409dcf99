namespace Almanac;

/// <summary>What kind of place a <see cref="Place"/> is. YAML words are the kebab-case names (<c>military-base</c>).</summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum PlaceKind
{
    /// <summary>A country (<c>country</c>).</summary>
    Country,
    /// <summary>A historical or geographic region (<c>region</c>).</summary>
    Region,
    /// <summary>An administrative district or province (<c>district</c>).</summary>
    District,
    /// <summary>A city (<c>city</c>).</summary>
    City,
    /// <summary>A town (<c>town</c>).</summary>
    Town,
    /// <summary>A village (<c>village</c>).</summary>
    Village,
    /// <summary>A suburb or quarter of a city (<c>suburb</c>).</summary>
    Suburb,
    /// <summary>A military base or air base (<c>military-base</c>).</summary>
    MilitaryBase,
    /// <summary>A mountain range (<c>mountain-range</c>).</summary>
    MountainRange,
    /// <summary>An area without administrative standing (<c>area</c>).</summary>
    Area,
    /// <summary>A single site: a building, checkpoint, camp (<c>site</c>).</summary>
    Site,
}
