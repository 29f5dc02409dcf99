namespace Almanac;

/// <summary>A place: a country, region, town, base or site, with its location and containment.</summary>
/// <remarks>Its data (constructor and properties) is derived from the schema, in Place.g.cs.</remarks>
public sealed partial class Place : Entity
{
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

    /// <inheritdoc/>
    internal override System.Collections.Generic.IReadOnlyList<ScopedAlias> ScopedNames => ScopedAliases;

    /// <summary>The tombstone of a removed place id: its id and name, no other data.</summary>
    internal static Place Tombstone(Storage.DatasetStore store, Retirement retirement) =>
        new Place(store, Storage.DataFormat.None, retirement.Id, retirement.Name, default, System.Array.Empty<string>(), System.Array.Empty<ScopedAlias>(), null, null, Storage.DataFormat.None,
            null, ExternalIds.None, System.Array.Empty<Citation>(), System.Array.Empty<string>(), null).AsTombstone<Place>(retirement);
}
