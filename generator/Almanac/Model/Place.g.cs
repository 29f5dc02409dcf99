// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Place
{
    private readonly int _within;

    internal Place(
        DatasetStore store,
        int index,
        string id,
        string name,
        PlaceKind kind,
        IReadOnlyList<string> aliases,
        IReadOnlyList<ScopedAlias> scopedAliases,
        GeoPoint? location,
        GeoPrecision? geoPrecision,
        int within,
        string? country,
        ExternalIds externalIds,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<string> uncertain,
        string? notes)
        : base(store, index, id)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        ScopedAliases = scopedAliases;
        Location = location;
        GeoPrecision = geoPrecision;
        _within = within;
        Country = country;
        ExternalIds = externalIds;
        Citations = citations;
        Uncertain = uncertain;
        Notes = notes;
    }

    /// <summary>The standard name.</summary>
    public override string Name { get; }

    /// <summary>Other spellings, any script.</summary>
    public override IReadOnlyList<string> Aliases { get; }

    /// <summary>Citations (e.g. the gazetteer the coordinates come from, with <c>supports: [location]</c>).</summary>
    public override IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curator's notes. <see langword="null"/> when not given.</summary>
    public override string? Notes { get; }

    /// <summary>The keys of the values that are the curator's assumption or that no citation supports (such as a <c>location</c> placed by hand).</summary>
    public override IReadOnlyList<string> Uncertain { get; }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Names that hold only within one source (see the actors' <c>scoped-aliases</c>).</summary>
    public IReadOnlyList<ScopedAlias> ScopedAliases { get; }

    /// <summary>WGS 84 decimal degrees, <c>{ lat: 32.4346, lon: 13.6351 }</c>. <see langword="null"/> when not given.</summary>
    public GeoPoint? Location { get; }

    /// <summary>How exactly the location is known. <see langword="null"/> when not given.</summary>
    public GeoPrecision? GeoPrecision { get; }

    /// <summary>The containing place (town → district → region → country); <c>Events.At(x)</c> includes events at every place whose within chain reaches <c>x</c>; cycles are error ALM011. <see langword="null"/> when not given.</summary>
    public Place? Within => _within < 0 ? null : Store.Places.At(_within);

    /// <summary>The country it lies in. <see langword="null"/> when not given.</summary>
    public string? Country { get; }

    /// <summary>Identifiers of the place in gazetteers. <see cref="ExternalIds.None"/> when none is given.</summary>
    public ExternalIds ExternalIds { get; }
}
