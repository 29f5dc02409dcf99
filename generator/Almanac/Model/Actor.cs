using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>A party to events: a state, government, force, operation, militia, organisation, outlet or person.</summary>
public sealed class Actor : Entity
{
    private readonly int _partOf;

    internal Actor(DatasetStore store, int index, string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<Citation> citations, string? notes,
        ActorKind kind, string? country, int partOf, IReadOnlyList<Alignment> alignedWith, DateOnly? activeFrom, DateOnly? activeUntil, ExternalIds externalIds)
        : base(store, index, id, name, aliases, citations, notes)
    {
        Kind = kind;
        Country = country;
        _partOf = partOf;
        AlignedWith = alignedWith;
        ActiveFrom = activeFrom;
        ActiveUntil = activeUntil;
        ExternalIds = externalIds;
    }

    /// <summary>What kind of actor it is.</summary>
    public ActorKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the actor's country, or <see langword="null"/>.</summary>
    public string? Country { get; }

    /// <summary>The actor this one is a part of (a unit's force, a ministry's state), or <see langword="null"/>.</summary>
    public Actor? PartOf => _partOf < 0 ? null : Store.Actors[_partOf];

    /// <summary>The actors this one is aligned with, each with the period of the alignment where known.</summary>
    public IReadOnlyList<Alignment> AlignedWith { get; }

    /// <summary>The first day the actor existed or was active, or <see langword="null"/>.</summary>
    public DateOnly? ActiveFrom { get; }

    /// <summary>The last day the actor existed or was active, or <see langword="null"/>.</summary>
    public DateOnly? ActiveUntil { get; }

    /// <summary>Identifiers of the actor in other datasets.</summary>
    public ExternalIds ExternalIds { get; }

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
}

/// <summary>An alignment of one actor with another, with its period where known.</summary>
/// <remarks>The aligned actor is looked up when first read, so actors aligned with each other decode independently.</remarks>
public sealed class Alignment
{
    private readonly DatasetStore _store;
    private readonly int _actor;

    internal Alignment(DatasetStore store, int actor, DateOnly? from, DateOnly? until, string? notes)
    {
        _store = store;
        _actor = actor;
        From = from;
        Until = until;
        Notes = notes;
    }

    /// <summary>The actor aligned with.</summary>
    public Actor Actor => _store.Actors[_actor];

    /// <summary>The first day of the alignment, or <see langword="null"/> when unknown.</summary>
    public DateOnly? From { get; }

    /// <summary>The last day of the alignment, or <see langword="null"/> when unknown or ongoing.</summary>
    public DateOnly? Until { get; }

    /// <summary>The curator's notes, or <see langword="null"/>.</summary>
    public string? Notes { get; }

    /// <summary>Whether the alignment held on <paramref name="date"/> (open ends count as holding).</summary>
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);

    /// <summary>Returns the aligned actor's id and the period.</summary>
    public override string ToString() => $"{Actor.Id} ({From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"} to {Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"})";
}

/// <summary>Identifiers of an entity in public gazetteers and event datasets; <see langword="null"/> where not known.</summary>
/// <param name="Wikidata">Wikidata item, e.g. <c>Q3579</c>.</param>
/// <param name="GeoNames">GeoNames id, e.g. <c>2210247</c>.</param>
/// <param name="Acled">ACLED actor name.</param>
/// <param name="Ucdp">UCDP actor id.</param>
/// <param name="Osm">OpenStreetMap element, e.g. <c>node/123</c>.</param>
/// <param name="Icao">ICAO location indicator of an airfield, e.g. <c>HL77</c>.</param>
public sealed record ExternalIds(string? Wikidata, string? GeoNames, string? Acled, string? Ucdp, string? Osm, string? Icao)
{
    /// <summary>No identifiers.</summary>
    public static ExternalIds None { get; } = new(null, null, null, null, null, null);
}
