namespace Almanac.Generator.Model;

// The linked dataset: the linked entities of Linked.g.cs (derived from the schema: every reference resolved to an index,
// or DataFormat.None, and the paragraph of every quote), the alias tables and the member names. It is the output of the
// link step and the input of the encode step and of the emit model; every record is an equatable value.

/// <summary>An alias key (normalised) and the entity it belongs to.</summary>
internal sealed record LinkedAlias(string Key, int Entity);

/// <summary>The alias keys of one kind, each with its entity once, in the order of the entities (then extended, then scoped aliases).</summary>
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

/// <summary>An entity of a referenced dataset that the dataset's YAML names: the referenced dataset (its position in
/// <see cref="LinkedDataset.References"/>) and the entity's id there. The dataset's data refers to the <c>i</c>-th import
/// of a kind with the index <c>n + i</c>, where <c>n</c> is the number of its own entities of the kind. An entry of
/// <c>extends</c> gives it <paramref name="Aliases"/> (which the dataset's alias table holds) and <paramref name="Notes"/>.</summary>
internal sealed record LinkedImport(int Dataset, string Id, EquatableArray<string> Aliases, string? Notes)
{
    /// <summary>An import that no entry of <c>extends</c> names.</summary>
    public LinkedImport(int dataset, string id) : this(dataset, id, EquatableArray<string>.Empty, null)
    {
    }
}

/// <summary>A dataset the dataset's YAML refers to: its id and version, and where its generated dataset class is.</summary>
internal sealed record LinkedReference(string Id, string Version, string Namespace, string ClassName);

/// <summary>One dataset, linked: entities in their stored order (sources, actors and places by id; events by date, then id).</summary>
/// <param name="Dataset">The dataset section (its location places the dataset-wide diagnostics).</param>
/// <param name="FileHashes">The SHA-256 of each YAML file, sorted: the content hash is taken over them.</param>
/// <param name="Aliases">The alias tables of sources, actors, places and events, in that order.</param>
/// <param name="Retired">The retired ids, ordered by kind word, then id.</param>
/// <param name="References">The referenced datasets whose entities the YAML names, ordered by id.</param>
/// <param name="Imports">The entities of referenced datasets that the YAML names: sources, actors and places, in that order.</param>
internal sealed record LinkedDataset(
    DatasetSpec Dataset,
    EquatableArray<string> FileHashes,
    EquatableArray<LinkedSource> Sources,
    EquatableArray<LinkedActor> Actors,
    EquatableArray<LinkedPlace> Places,
    EquatableArray<LinkedEvent> Events,
    EquatableArray<LinkedAliasTable> Aliases,
    LinkedNames Names,
    EquatableArray<LinkedRetirement> Retired,
    EquatableArray<LinkedReference> References,
    EquatableArray<EquatableArray<LinkedImport>> Imports)
{
    /// <summary>Whether the YAML names an entity of a referenced dataset (the data is then of the newest format version).</summary>
    public bool HasImports => Imports.Any(kind => kind.Count > 0);

    /// <summary>The kinds whose entities a dataset's YAML can import, in the order of <see cref="Imports"/>.</summary>
    public static readonly string[] ImportedKinds = { Storage.DataFormat.Kind.Source, Storage.DataFormat.Kind.Actor, Storage.DataFormat.Kind.Place };

    /// <summary>The imports of <paramref name="kind"/> (a word of <see cref="ImportedKinds"/>).</summary>
    public EquatableArray<LinkedImport> ImportsOf(string kind) => Imports[Array.IndexOf(ImportedKinds, kind)];

    /// <summary>The id of the entity of <paramref name="kind"/> at <paramref name="index"/>: its own id, or the qualified id
    /// (<c>libya:gna</c>) of an imported one.</summary>
    public string IdOf(string kind, int index)
    {
        int own = kind switch
        {
            Storage.DataFormat.Kind.Source => Sources.Count,
            Storage.DataFormat.Kind.Actor => Actors.Count,
            _ => Places.Count,
        };
        if (index < own)
        {
            return kind switch
            {
                Storage.DataFormat.Kind.Source => Sources[index].Id,
                Storage.DataFormat.Kind.Actor => Actors[index].Id,
                _ => Places[index].Id,
            };
        }
        LinkedImport import = ImportsOf(kind)[index - own];
        return References[import.Dataset].Id + ":" + import.Id;
    }
}

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
