namespace Almanac.Generator.Model;

// The linked dataset: the linked entities of Linked.g.cs (derived from the schema: every reference resolved to an index,
// or DataFormat.None, and the paragraph of every quote), the alias tables and the member names. It is the output of the
// link step and the input of the encode step and of the emit model; every record is an equatable value.

/// <summary>An alias key (normalised) and the entity it belongs to.</summary>
internal sealed record LinkedAlias(string Key, int Entity);

/// <summary>The alias keys of one kind, sorted ordinally by key.</summary>
internal sealed record LinkedAliasTable(EquatableArray<LinkedAlias> Entries);

/// <summary>The C# member of one entity: its name and its index in its collection.</summary>
internal sealed record LinkedMember(string Name, int Index);

/// <summary>The names of the generated code: namespace, dataset class and one member per entity that gets one.</summary>
/// <param name="Retired">The members of retired ids, each with its index in <see cref="LinkedDataset.Retired"/>.</param>
internal sealed record LinkedNames(
    string Namespace,
    string ClassName,
    EquatableArray<LinkedMember> Sources,
    EquatableArray<LinkedMember> Actors,
    EquatableArray<LinkedMember> Places,
    EquatableArray<LinkedMember> Events,
    bool EventMembersOmitted,
    EquatableArray<LinkedMember> Retired);

/// <summary>One dataset, linked: entities in their stored order (sources, actors and places by id; events by date, then id).</summary>
/// <param name="Dataset">The dataset section (its location places the dataset-wide diagnostics).</param>
/// <param name="FileHashes">The SHA-256 of each YAML file, sorted: the content hash is taken over them.</param>
/// <param name="Aliases">The alias tables of sources, actors, places and events, in that order.</param>
/// <param name="Retired">The retired ids, ordered by kind word, then id.</param>
internal sealed record LinkedDataset(
    DatasetSpec Dataset,
    EquatableArray<string> FileHashes,
    EquatableArray<LinkedSource> Sources,
    EquatableArray<LinkedActor> Actors,
    EquatableArray<LinkedPlace> Places,
    EquatableArray<LinkedEvent> Events,
    EquatableArray<LinkedAliasTable> Aliases,
    LinkedNames Names,
    EquatableArray<LinkedRetirement> Retired);

/// <summary>The outcome of linking: the linked dataset (null when nothing can be generated) and the diagnostics.</summary>
internal sealed record LinkResult(LinkedDataset? Dataset, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly LinkResult Empty = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>A retired id, linked: its kind word, how it was retired and the live entity at the end of its chain of successors.</summary>
/// <param name="Kind">The kind word of the id: actor, event, place or source.</param>
/// <param name="Location">The retired id in its YAML file.</param>
/// <param name="How">One of <see cref="Renamed"/>, <see cref="Merged"/>, <see cref="Removed"/> (the runtime's <c>RetirementKind</c>).</param>
/// <param name="Target">The id named by <c>replaced-by</c> or <c>merged-into</c> (itself live or retired); empty for a removed id.</param>
/// <param name="Successor">The index of the live entity the chain ends at, or <c>DataFormat.None</c> (removed).</param>
/// <param name="Name">The name a tombstone shows (the id when the retirement gives none).</param>
internal sealed record LinkedRetirement(string Kind, string Id, LocationInfo Location, int How, string Target, int Successor, string Since, string Reason,
    string Name)
{
    /// <summary>The id was renamed (<c>replaced-by</c>).</summary>
    public const int Renamed = 0;

    /// <summary>The entity was merged into another (<c>merged-into</c>).</summary>
    public const int Merged = 1;

    /// <summary>The entity was removed without a successor.</summary>
    public const int Removed = 2;
}
