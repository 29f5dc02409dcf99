namespace Almanac.Generator.Model;

/// <summary>The dataset's own metadata.</summary>
/// <param name="Released">The day of release (day number), or null.</param>
internal sealed record DatasetMetadata(string Id, string Title, string Version, string License, string Citation, string? Description, string? Url,
    EquatableArray<string> Authors, int? Released, EquatableArray<string> Keywords);

/// <summary>What the doc comment of an entity's member says beyond its title, kind and aliases: values, formatted by the emitter.</summary>
internal abstract record MemberDetail;

/// <summary>A source's publisher, day of publication (day number) and document.</summary>
internal sealed record SourceDetail(string? Publisher, int? Published, string? Document) : MemberDetail;

/// <summary>An actor's country.</summary>
internal sealed record ActorDetail(string Country) : MemberDetail;

/// <summary>A place's coordinates and how exactly they are known (the YAML word).</summary>
internal sealed record PlaceDetail(double Latitude, double Longitude, string Precision) : MemberDetail;

/// <summary>An event's first and last day (day numbers) and how exactly they are known (the YAML word).</summary>
internal sealed record EventDetail(int Date, int? EndDate, string Precision) : MemberDetail;

/// <summary>The first citation of an entity: the quote (or, for a reference, the claim), the id of its source and the paragraph it was found in.</summary>
/// <param name="IsClaim">Whether <paramref name="Text"/> is a claim, in the curator's words, rather than a quote.</param>
internal sealed record CitationNote(string Text, bool IsClaim, string Source, int? Paragraph);

/// <summary>One named member to emit: the entity's C# name, its index in its collection and what its XML doc says.</summary>
/// <param name="Kind">The entity's kind as its YAML word.</param>
internal sealed record MemberModel(string Member, int Index, string Id, string Title, string Kind, EquatableArray<string> Aliases,
    MemberDetail? Detail, CitationNote? Citation);

/// <summary>The obsolete member of a retired id: what its attribute and doc say and what it returns.</summary>
/// <param name="Member">The member's C# name (the one the id had when it was live).</param>
/// <param name="How">renamed, merged or removed.</param>
/// <param name="Successor">The live successor's id, or null when the id was removed.</param>
/// <param name="SuccessorMember">The successor's member name, or null when it has none (reached through its index).</param>
/// <param name="SuccessorIndex">The successor's index in its collection, or -1.</param>
internal sealed record RetiredMemberModel(string Member, string Id, string How, string? Successor, string? SuccessorMember, int SuccessorIndex,
    string Since, string Reason, string Name);

/// <summary>Everything the emitter needs, and nothing that only diagnostics need (no locations): a moved line does not re-emit code.</summary>
/// <param name="LookupTable">The dataset's lookup table (<see cref="Almanac.Lookup.LookupTable"/>) in its text format.</param>
/// <param name="References">The referenced datasets whose entities the data names, in the order the data numbers them.</param>
internal sealed record EmitModel(
    string Namespace,
    string ClassName,
    DatasetMetadata Metadata,
    EncodedData Data,
    EquatableArray<MemberModel> Sources,
    EquatableArray<MemberModel> Actors,
    EquatableArray<MemberModel> Places,
    EquatableArray<MemberModel> Events,
    bool EventMembersOmitted,
    EquatableArray<RetiredMemberModel> RetiredSources,
    EquatableArray<RetiredMemberModel> RetiredActors,
    EquatableArray<RetiredMemberModel> RetiredPlaces,
    EquatableArray<RetiredMemberModel> RetiredEvents,
    string LookupTable,
    EquatableArray<LinkedReference> References);

/// <summary>
/// One generated source file and the values it is written from. The pipeline compares these, file by file, so that an edit
/// of the YAML writes again (and the compiler parses again) only the files whose content it changes.
/// </summary>
/// <param name="HintName">The file's name among the generated sources.</param>
internal abstract record SourceFile(string HintName);

/// <summary>The dataset class: its metadata constants and the property that opens the data.</summary>
/// <param name="ContentHash">The hash of the YAML the data was compiled from (<see cref="EncodedData.ContentHash"/>).</param>
internal sealed record DatasetClassFile(string HintName, string Namespace, string ClassName, DatasetMetadata Metadata, string ContentHash,
    EquatableArray<LinkedReference> References) : SourceFile(HintName);

/// <summary>The compiled data, as string constants of the dataset class's holder.</summary>
internal sealed record DataFile(string HintName, string Namespace, string ClassName, EquatableArray<DataPart> Parts) : SourceFile(HintName);

/// <summary>The lookup table (<see cref="Almanac.Lookup.LookupTable"/>) in its text format, as an assembly attribute.</summary>
internal sealed record LookupFile(string HintName, string LookupTable) : SourceFile(HintName);

/// <summary>
/// One file of an entity class (<c>Actors</c>, <c>Events</c>, …): the first holds the class's documentation, lookups and
/// queries and the members of its retired ids; each holds up to <see cref="Emit.Emitter.MembersPerFile"/> named members, in
/// order.
/// </summary>
/// <param name="DatasetClass">The dataset class's name.</param>
/// <param name="ClassName">The entity class's name (<see cref="GeneratedNames.EntityClasses"/>).</param>
/// <param name="First">Whether this is the class's first file.</param>
/// <param name="MembersOmitted">Whether the class has no named member per entity (events above <c>AlmanacNamedEventsLimit</c>).</param>
internal sealed record EntityFile(string HintName, string Namespace, string DatasetClass, string ClassName, bool First, bool MembersOmitted,
    EquatableArray<MemberModel> Members, EquatableArray<RetiredMemberModel> Retired) : SourceFile(HintName);
