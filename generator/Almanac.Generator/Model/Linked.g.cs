// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

namespace Almanac.Generator.Model;

/// <summary>Sources: articles, reports, statements, gazetteers, datasets, web sites. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedSource(
    string Id,
    string Name,
    int Kind,
    EquatableArray<string> Aliases,
    string? Publisher,
    int? Published,
    string? Language,
    string? Url,
    int? Accessed,
    string? ArchiveUrl,
    string? Document,
    EquatableArray<LinkedExcludedPassage> Excluded,
    EquatableArray<string> Uncertain,
    string? Notes);

/// <summary>Actors: states, governments, armed forces, groups, persons. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedActor(
    string Id,
    string Name,
    int Kind,
    EquatableArray<string> Aliases,
    EquatableArray<LinkedScopedAlias> ScopedAliases,
    string? Country,
    int PartOf,
    EquatableArray<LinkedAlignment> AlignedWith,
    int? ActiveFrom,
    int? ActiveUntil,
    LinkedExternalIds? ExternalIds,
    EquatableArray<LinkedCitation> Citations,
    EquatableArray<string> Uncertain,
    string? Notes);

/// <summary>Places: countries, regions, towns, bases, sites. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedPlace(
    string Id,
    string Name,
    int Kind,
    EquatableArray<string> Aliases,
    EquatableArray<LinkedScopedAlias> ScopedAliases,
    LinkedGeoPoint? Location,
    int? GeoPrecision,
    int Within,
    string? Country,
    LinkedExternalIds? ExternalIds,
    EquatableArray<LinkedCitation> Citations,
    EquatableArray<string> Uncertain,
    string? Notes);

/// <summary>Events, each with at least one citation. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedEvent(
    string Id,
    string Name,
    int Kind,
    int Date,
    int? EndDate,
    int TimePrecision,
    int? Clarity,
    int Place,
    int? GeoPrecision,
    EquatableArray<LinkedParticipant> Participants,
    int ClaimedBy,
    string? Group,
    LinkedCasualties? Fatalities,
    LinkedCasualties? Wounded,
    EquatableArray<LinkedMateriel> Materiel,
    EquatableArray<LinkedReportedCount> Counts,
    string? Summary,
    EquatableArray<string> Tags,
    EquatableArray<LinkedCitation> Citations,
    EquatableArray<string> Aliases,
    EquatableArray<string> Uncertain,
    string? Notes);

/// <summary>A source and an exact quote from it (a quote), or what it says in the curator's words (a reference). Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedCitation(int Source, string? Quote, string? Claim, EquatableArray<string> Supports, int? Paragraph);

/// <summary>A passage of a source document that holds no fact. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedExcludedPassage(string Quote, int? Paragraph, string Reason);

/// <summary>An actor another actor is aligned with, and when. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedAlignment(int Actor, int? From, int? Until, string? Notes);

/// <summary>A point in WGS 84 decimal degrees. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedGeoPoint(double Latitude, double Longitude);

/// <summary>Identifiers of an entity in other datasets and gazetteers. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedExternalIds(string? Wikidata, string? GeoNames, string? Acled, string? Ucdp, string? Osm, string? Icao);

/// <summary>A name that holds only within one source. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedScopedAlias(string Name, int Source);

/// <summary>An actor taking part in an event, and its role. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedParticipant(int Actor, int Role);

/// <summary>A casualty figure as the sources give it: a range, a best estimate and the split by side. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedCasualties(int? Low, int? Best, int? High, EquatableArray<LinkedSideCasualties> Sides);

/// <summary>The casualties of one side in an event. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedSideCasualties(int Actor, int? Low, int? Best, int? High);

/// <summary>A figure a source gives that is neither an event's casualties nor its materiel: what is counted, the range, and whether it is a running total that includes figures of other events. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedReportedCount(string What, int? Low, int? Best, int? High, int? Scope);

/// <summary>Weapons or equipment named in an event. Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>
internal sealed record LinkedMateriel(string Item, int? Count, int Outcome, int Owner);
