using Almanac.Generator.Common;

namespace Almanac.Generator.Parsing;

// The parsed, not yet linked, content of one YAML file. Everything is an equatable value with the locations
// that linking needs for its diagnostics; no YAML or Roslyn object survives the parse step.

/// <summary>A string value and where it stands.</summary>
internal sealed record Located(string Value, LocationInfo Location);

internal sealed record DatasetSpec(LocationInfo Location, string Id, string Title, string Version, string License, string Citation, string? Description, string? Url);

internal sealed record CitationSpec(Located Source, Located Quote);

internal sealed record ExcludedSpec(Located Quote, string Reason);

internal sealed record ExternalIdsSpec(string? Wikidata, string? GeoNames, string? Acled, string? Ucdp, string? Osm, string? Icao);

internal sealed record SourceSpec(Located Id, string Name, int Kind, EquatableArray<Located> Aliases, string? Publisher, int? Published,
    string? Language, string? Url, Located? Document, EquatableArray<ExcludedSpec> Excluded, string? Notes);

internal sealed record AlignmentSpec(Located Actor, int? From, int? Until, string? Notes);

internal sealed record ActorSpec(Located Id, string Name, int Kind, EquatableArray<Located> Aliases, string? Country, Located? PartOf,
    EquatableArray<AlignmentSpec> AlignedWith, int? ActiveFrom, int? ActiveUntil, ExternalIdsSpec? ExternalIds,
    EquatableArray<CitationSpec> Citations, string? Notes);

internal sealed record PlaceSpec(Located Id, string Name, int Kind, EquatableArray<Located> Aliases, double? Latitude, double? Longitude,
    int? GeoPrecision, Located? Within, string? Country, ExternalIdsSpec? ExternalIds, EquatableArray<CitationSpec> Citations, string? Notes);

internal sealed record ParticipantSpec(Located Actor, int Role);

internal sealed record SideSpec(Located Actor, int? Low, int? Best, int? High);

internal sealed record CasualtiesSpec(int? Low, int? Best, int? High, EquatableArray<SideSpec> Sides);

internal sealed record MaterielSpec(string Item, int? Count, int Outcome, Located? Actor);

internal sealed record EventSpec(Located Id, string Name, int Kind, EquatableArray<Located> Aliases, int Date, int? EndDate, int TimePrecision,
    Located? Place, int? GeoPrecision, EquatableArray<ParticipantSpec> Participants, Located? ClaimedBy, CasualtiesSpec? Fatalities, CasualtiesSpec? Wounded,
    EquatableArray<MaterielSpec> Materiel, string? Summary, EquatableArray<string> Tags, EquatableArray<CitationSpec> Citations, string? Notes);

/// <summary>One parsed YAML file.</summary>
internal sealed record ParsedFile(
    string Path,
    string ContentHash,
    EquatableArray<DatasetSpec> Datasets,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<ActorSpec> Actors,
    EquatableArray<PlaceSpec> Places,
    EquatableArray<EventSpec> Events,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool MayDeclareDataset);
