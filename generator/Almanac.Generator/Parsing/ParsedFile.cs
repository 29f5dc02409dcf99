namespace Almanac.Generator.Parsing;

// The parsed, not yet linked, content of one YAML file: the spec records of Specs.g.cs (derived from the schema). Everything
// is an equatable value with the locations that linking needs for its diagnostics; no YAML or Roslyn object survives the parse step.

/// <summary>A string value and where it stands.</summary>
internal sealed record Located(string Value, LocationInfo Location);

/// <summary>One parsed YAML file.</summary>
/// <remarks><see cref="ProvenanceGaps"/> are the values without provenance (ALM029), reported apart from
/// <see cref="Diagnostics"/> and only when the build requires provenance.</remarks>
internal sealed record ParsedFile(
    string Path,
    string ContentHash,
    EquatableArray<DatasetSpec> Datasets,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<ActorSpec> Actors,
    EquatableArray<PlaceSpec> Places,
    EquatableArray<EventSpec> Events,
    EquatableArray<RetirementSpec> Retired,
    EquatableArray<ExtensionSpec> Extensions,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<DiagnosticInfo> ProvenanceGaps,
    bool MayDeclareDataset);
