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
internal sealed record LinkedNames(
    string Namespace,
    string ClassName,
    EquatableArray<LinkedMember> Sources,
    EquatableArray<LinkedMember> Actors,
    EquatableArray<LinkedMember> Places,
    EquatableArray<LinkedMember> Events,
    bool EventMembersOmitted);

/// <summary>One dataset, linked: entities in their stored order (sources, actors and places by id; events by date, then id).</summary>
/// <param name="Dataset">The dataset section (its location places the dataset-wide diagnostics).</param>
/// <param name="FileHashes">The SHA-256 of each YAML file, sorted: the content hash is taken over them.</param>
/// <param name="Aliases">The alias tables of sources, actors, places and events, in that order.</param>
internal sealed record LinkedDataset(
    DatasetSpec Dataset,
    EquatableArray<string> FileHashes,
    EquatableArray<LinkedSource> Sources,
    EquatableArray<LinkedActor> Actors,
    EquatableArray<LinkedPlace> Places,
    EquatableArray<LinkedEvent> Events,
    EquatableArray<LinkedAliasTable> Aliases,
    LinkedNames Names);

/// <summary>The outcome of linking: the linked dataset (null when nothing can be generated) and the diagnostics.</summary>
internal sealed record LinkResult(LinkedDataset? Dataset, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly LinkResult Empty = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
