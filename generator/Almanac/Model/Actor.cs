using System;
using System.Globalization;

namespace Almanac;

/// <summary>A party to events: a state, government, force, operation, militia, organisation, outlet or person.</summary>
/// <remarks>Its data (constructor and properties) is derived from the schema, in Actor.g.cs.</remarks>
public sealed partial class Actor : Entity
{
    /// <summary>Whether <paramref name="ancestor"/> is this actor or on its <see cref="PartOf"/> chain.</summary>
    public bool IsPartOf(Actor ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        for (Actor? a = this; a is not null; a = a.PartOf)
        {
            if (ReferenceEquals(a, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    internal override System.Collections.Generic.IReadOnlyList<ScopedAlias> ScopedNames => ScopedAliases;

    /// <summary>The tombstone of a removed actor id: its id and name, no other data.</summary>
    internal static Actor Tombstone(Storage.DatasetStore store, Retirement retirement) =>
        new Actor(store, Storage.DataFormat.None, retirement.Id, retirement.Name, default, Array.Empty<string>(), Array.Empty<ScopedAlias>(), null, Storage.DataFormat.None,
            Array.Empty<Alignment>(), null, null, ExternalIds.None, Array.Empty<Citation>(), Array.Empty<string>(), null).AsTombstone<Actor>(retirement);
}

/// <summary>An alignment of one actor with another, with its period where known.</summary>
/// <remarks>The aligned actor is looked up when first read, so actors aligned with each other decode independently.</remarks>
public sealed partial class Alignment
{
    /// <summary>Whether the alignment held on <paramref name="date"/> (open ends count as holding).</summary>
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);

    /// <summary>Returns the aligned actor's id and the period.</summary>
    public override string ToString() =>
        $"{Actor.Id} ({From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"})";
}

public sealed partial record ExternalIds
{
    /// <summary>No identifiers.</summary>
    public static ExternalIds None { get; } = new(null, null, null, null, null, null);
}
