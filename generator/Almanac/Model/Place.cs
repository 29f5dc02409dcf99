using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>A place: a country, region, town, base or site, with its location and containment.</summary>
public sealed class Place : Entity
{
    private readonly int _within;

    internal Place(DatasetStore store, int index, string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<Citation> citations, string? notes,
        PlaceKind kind, GeoPoint? location, GeoPrecision? precision, int within, string? country, ExternalIds externalIds)
        : base(store, index, id, name, aliases, citations, notes)
    {
        Kind = kind;
        Location = location;
        GeoPrecision = precision;
        _within = within;
        Country = country;
        ExternalIds = externalIds;
    }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>The WGS 84 location, or <see langword="null"/> when the place has none (a region, a front).</summary>
    public GeoPoint? Location { get; }

    /// <summary>How exactly <see cref="Location"/> is known; <see langword="null"/> when there is no location.</summary>
    public GeoPrecision? GeoPrecision { get; }

    /// <summary>The place this one lies within, or <see langword="null"/>.</summary>
    public Place? Within => _within < 0 ? null : Store.Places[_within];

    /// <summary>ISO 3166-1 alpha-2 code of the place's country, or <see langword="null"/>.</summary>
    public string? Country { get; }

    /// <summary>Identifiers of the place in gazetteers.</summary>
    public ExternalIds ExternalIds { get; }

    /// <summary>Whether this place is <paramref name="ancestor"/> or lies within it (through the <see cref="Within"/> chain).</summary>
    public bool IsWithin(Place ancestor)
    {
        System.ArgumentNullException.ThrowIfNull(ancestor);
        for (Place? p = this; p is not null; p = p.Within)
        {
            if (ReferenceEquals(p, ancestor))
            {
                return true;
            }
        }
        return false;
    }
}
