// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Actor
{
    private readonly int _partOf;

    internal Actor(
        DatasetStore store,
        int index,
        string id,
        string name,
        ActorKind kind,
        IReadOnlyList<string> aliases,
        IReadOnlyList<ScopedAlias> scopedAliases,
        string? country,
        int partOf,
        IReadOnlyList<Alignment> alignedWith,
        DateOnly? activeFrom,
        DateOnly? activeUntil,
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
        Country = country;
        _partOf = partOf;
        AlignedWith = alignedWith;
        ActiveFrom = activeFrom;
        ActiveUntil = activeUntil;
        ExternalIds = externalIds;
        Citations = citations;
        Uncertain = uncertain;
        Notes = notes;
    }

    /// <summary>The standard name.</summary>
    public override string Name { get; }

    /// <summary>Every other spelling, in any script; <c>Actors.Find</c> matches ids and aliases ignoring case, diacritics, hyphens, apostrophes and white space, and two actors may not share a normalised alias (ALM009).</summary>
    public override IReadOnlyList<string> Aliases { get; }

    /// <summary>Citations supporting the entry.</summary>
    public override IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curator's notes. <see langword="null"/> when not given.</summary>
    public override string? Notes { get; }

    /// <summary>The keys of the values that are the curator's assumption or that no citation supports (such as an assumed <c>active-from</c>).</summary>
    public override IReadOnlyList<string> Uncertain { get; }

    /// <summary>What kind of actor it is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Names that hold only within one source, such as "Libyan army" for the GNA's forces in an article written from the GNA's side while LNA-side texts use it for the LNA: <c>Find</c> does not guess from them (a spelling that is only a scoped alias, or that is also another actor's name, finds nothing), <c>FindIn(text, source)</c> uses the ones of that source and <c>Resolve</c> lists the candidates.</summary>
    public IReadOnlyList<ScopedAlias> ScopedAliases { get; }

    /// <summary>The country it belongs to. <see langword="null"/> when not given.</summary>
    public string? Country { get; }

    /// <summary>The parent actor (a unit of a force, a ministry of a state); <c>Events.Involving(x)</c> includes events of every actor whose part-of chain reaches <c>x</c>; cycles are error ALM011. <see langword="null"/> when not given.</summary>
    public Actor? PartOf => _partOf < 0 ? null : Store.Actors.At(_partOf);

    /// <summary>The actors it is aligned with, and when.</summary>
    public IReadOnlyList<Alignment> AlignedWith { get; }

    /// <summary>First day active. <see langword="null"/> when not given.</summary>
    public DateOnly? ActiveFrom { get; }

    /// <summary>Last day active. <see langword="null"/> when not given.</summary>
    public DateOnly? ActiveUntil { get; }

    /// <summary>Identifiers of the actor in other datasets. <see cref="ExternalIds.None"/> when none is given.</summary>
    public ExternalIds ExternalIds { get; }
}
