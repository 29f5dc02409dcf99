// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

namespace Almanac.Generator.Parsing;

/// <summary>The dataset's own metadata; exactly one file of the dataset has this section (ALM013).</summary>
/// <param name="Id">Kebab-case id; the generated metadata class is its PascalCase form plus Dataset (libya → LibyaDataset) unless the MSBuild property AlmanacDatasetClass is set. (<c>id</c>)</param>
/// <param name="Title">Human-readable title. (<c>title</c>)</param>
/// <param name="Version">Version of the data (SemVer recommended). (<c>version</c>)</param>
/// <param name="License">SPDX licence id or licence text. (<c>license</c>)</param>
/// <param name="Citation">How to cite the dataset, in the curator's words (what it was curated from); the formal citations (BibTeX, APA, CSL-JSON, CFF) are rendered from the keys below by DatasetInfo.Cite and almanac cite. (<c>citation</c>)</param>
/// <param name="Description">A longer description. (<c>description</c>)</param>
/// <param name="Url">Home page. (<c>url</c>)</param>
/// <param name="Authors">The authors to cite, in order: people (Family, Given) or organisations (Almanac contributors). (<c>authors</c>)</param>
/// <param name="Released">The date this version of the data was released. (<c>released</c>)</param>
/// <param name="Keywords">Keywords for catalogues and citation files. (<c>keywords</c>)</param>
internal sealed record DatasetSpec(
    LocationInfo Location,
    Located Id,
    string Title,
    string Version,
    string License,
    string Citation,
    string? Description,
    string? Url,
    EquatableArray<Located> Authors,
    int? Released,
    EquatableArray<Located> Keywords);

/// <summary>Sources: articles, reports, statements, gazetteers, datasets, web sites.</summary>
/// <param name="Id">Kebab-case id. (<c>id</c>)</param>
/// <param name="Name">Title of the article, report or gazetteer (Source.Name). (<c>title</c>)</param>
/// <param name="Kind">What kind of source it is. (<c>kind</c>)</param>
/// <param name="Aliases">Other names of the source. (<c>aliases</c>)</param>
/// <param name="Publisher">Who published it (free text). (<c>publisher</c>)</param>
/// <param name="Published">Publication date. (<c>published</c>)</param>
/// <param name="Language">The language of the text. (<c>language</c>)</param>
/// <param name="Url">Where it was published. (<c>url</c>)</param>
/// <param name="Accessed">The day the curator read the source at url. (<c>accessed</c>)</param>
/// <param name="ArchiveUrl">An archived copy of the page at url (such as a Wayback Machine address), for when the page changes or disappears. (<c>archive-url</c>)</param>
/// <param name="Document">Path of the local text of the source, e.g. seeds/000_b3dc0abcc49582ad.txt, matched by path suffix (whole path segments) against the source documents given to the compiler; quotes citing this source are checked against it (the documents are the MSBuild items AdditionalFiles with AlmanacKind="document", by default every file in the project's seeds/ folder). (<c>document</c>)</param>
/// <param name="Excluded">Passages of the document that hold no fact (page furniture, captions), checked like citations and stored with their paragraph (Source.Excluded). (<c>excluded</c>)</param>
/// <param name="Uncertain">The keys of the values that are the curator's assumption (such as an assumed published date). (<c>uncertain</c>)</param>
/// <param name="Notes">Curator's notes. (<c>notes</c>)</param>
internal sealed record SourceSpec(
    Located Id,
    string Name,
    int Kind,
    EquatableArray<Located> Aliases,
    string? Publisher,
    int? Published,
    string? Language,
    string? Url,
    int? Accessed,
    string? ArchiveUrl,
    Located? Document,
    EquatableArray<ExcludedPassageSpec> Excluded,
    EquatableArray<Located> Uncertain,
    string? Notes);

/// <summary>Actors: states, governments, armed forces, groups, persons.</summary>
/// <param name="Id">Kebab-case id. (<c>id</c>)</param>
/// <param name="Name">The standard name. (<c>name</c>)</param>
/// <param name="Kind">What kind of actor it is. (<c>kind</c>)</param>
/// <param name="Aliases">Every other spelling, in any script; Actors.Find matches ids and aliases ignoring case, diacritics, hyphens, apostrophes and white space, and two actors may not share a normalised alias (ALM009). (<c>aliases</c>)</param>
/// <param name="ScopedAliases">Names that hold only within one source, such as "Libyan army" for the GNA's forces in an article written from the GNA's side while LNA-side texts use it for the LNA: Find does not guess from them (a spelling that is only a scoped alias, or that is also another actor's name, finds nothing), FindIn(text, source) uses the ones of that source and Resolve lists the candidates. (<c>scoped-aliases</c>)</param>
/// <param name="Country">The country it belongs to. (<c>country</c>)</param>
/// <param name="PartOf">The parent actor (a unit of a force, a ministry of a state); Events.Involving(x) includes events of every actor whose part-of chain reaches x; cycles are error ALM011. (<c>part-of</c>)</param>
/// <param name="AlignedWith">The actors it is aligned with, and when. (<c>aligned-with</c>)</param>
/// <param name="ActiveFrom">First day active. (<c>active-from</c>)</param>
/// <param name="ActiveUntil">Last day active. (<c>active-until</c>)</param>
/// <param name="ExternalIds">Identifiers of the actor in other datasets. (<c>external-ids</c>)</param>
/// <param name="Citations">Citations supporting the entry. (<c>sources</c>)</param>
/// <param name="Uncertain">The keys of the values that are the curator's assumption or that no citation supports (such as an assumed active-from). (<c>uncertain</c>)</param>
/// <param name="Notes">Curator's notes. (<c>notes</c>)</param>
internal sealed record ActorSpec(
    Located Id,
    string Name,
    int Kind,
    EquatableArray<Located> Aliases,
    EquatableArray<ScopedAliasSpec> ScopedAliases,
    string? Country,
    Located? PartOf,
    EquatableArray<AlignmentSpec> AlignedWith,
    int? ActiveFrom,
    int? ActiveUntil,
    ExternalIdsSpec? ExternalIds,
    EquatableArray<CitationSpec> Citations,
    EquatableArray<Located> Uncertain,
    string? Notes);

/// <summary>Places: countries, regions, towns, bases, sites.</summary>
/// <param name="Id">Kebab-case id. (<c>id</c>)</param>
/// <param name="Name">The standard name. (<c>name</c>)</param>
/// <param name="Kind">What kind of place it is. (<c>kind</c>)</param>
/// <param name="Aliases">Other spellings, any script. (<c>aliases</c>)</param>
/// <param name="ScopedAliases">Names that hold only within one source (see the actors' scoped-aliases). (<c>scoped-aliases</c>)</param>
/// <param name="Location">WGS 84 decimal degrees, { lat: 32.4346, lon: 13.6351 }. (<c>location</c>)</param>
/// <param name="GeoPrecision">How exactly the location is known. (<c>geo-precision</c>)</param>
/// <param name="Within">The containing place (town → district → region → country); Events.At(x) includes events at every place whose within chain reaches x; cycles are error ALM011. (<c>within</c>)</param>
/// <param name="Country">The country it lies in. (<c>country</c>)</param>
/// <param name="ExternalIds">Identifiers of the place in gazetteers. (<c>external-ids</c>)</param>
/// <param name="Citations">Citations (e.g. the gazetteer the coordinates come from, with supports: [location]). (<c>sources</c>)</param>
/// <param name="Uncertain">The keys of the values that are the curator's assumption or that no citation supports (such as a location placed by hand). (<c>uncertain</c>)</param>
/// <param name="Notes">Curator's notes. (<c>notes</c>)</param>
internal sealed record PlaceSpec(
    Located Id,
    string Name,
    int Kind,
    EquatableArray<Located> Aliases,
    EquatableArray<ScopedAliasSpec> ScopedAliases,
    GeoPointSpec? Location,
    int? GeoPrecision,
    Located? Within,
    string? Country,
    ExternalIdsSpec? ExternalIds,
    EquatableArray<CitationSpec> Citations,
    EquatableArray<Located> Uncertain,
    string? Notes);

/// <summary>Events, each with at least one citation.</summary>
/// <param name="Id">Kebab-case id. (<c>id</c>)</param>
/// <param name="Name">A short headline. (<c>name</c>)</param>
/// <param name="Kind">What kind of event it is. (<c>kind</c>)</param>
/// <param name="Date">The (first) day. (<c>date</c>)</param>
/// <param name="EndDate">The last day of a range. (<c>end-date</c>)</param>
/// <param name="TimePrecision">How exactly the date is known. (<c>time-precision</c>)</param>
/// <param name="Clarity">Whether the event is one event (clear, the default) or a report that sums up several or a pattern over time (aggregate), as UCDP's event_clarity (1, 2). (<c>clarity</c>)</param>
/// <param name="Place">Where it happened. (<c>place</c>)</param>
/// <param name="GeoPrecision">How exactly the event is located when it is less exact than the place's own location (near for "in the vicinity of"); default: the place's precision. (<c>geo-precision</c>)</param>
/// <param name="Participants">The actors taking part, each with its role; Events.Involving(x) finds an event through its participants (and their part-of chains) only. (<c>participants</c>)</param>
/// <param name="ClaimedBy">The actor who asserts the event, when it is one side's claim rather than the reporter's own account. (<c>claimed-by</c>)</param>
/// <param name="Group">A kebab-case id shared by the events that are parts of one report (one statement or interview split into several events), so that they can be regrouped and counted once (Events.All.InGroup(group)). (<c>group</c>)</param>
/// <param name="Fatalities">People killed. (<c>fatalities</c>)</param>
/// <param name="Wounded">People wounded. (<c>wounded</c>)</param>
/// <param name="Materiel">Weapons and equipment named in the event. (<c>materiel</c>)</param>
/// <param name="Counts">Figures the sources give that are neither the event's casualties nor its materiel (bodies found, a running tally), so that a filter on numbers finds them. (<c>counts</c>)</param>
/// <param name="Summary">One or two sentences in the curator's words. (<c>summary</c>)</param>
/// <param name="Tags">Labels for grouping and filtering. (<c>tags</c>)</param>
/// <param name="Citations">At least one citation. (<c>sources</c>)</param>
/// <param name="Aliases">Other names of the event. (<c>aliases</c>)</param>
/// <param name="Uncertain">The keys of the values that are the curator's assumption or that no citation supports (such as an assumed date). (<c>uncertain</c>)</param>
/// <param name="Notes">Curator's notes (uncertainty, disagreements between sources). (<c>notes</c>)</param>
internal sealed record EventSpec(
    Located Id,
    string Name,
    int Kind,
    int Date,
    int? EndDate,
    int TimePrecision,
    int? Clarity,
    Located? Place,
    int? GeoPrecision,
    EquatableArray<ParticipantSpec> Participants,
    Located? ClaimedBy,
    string? Group,
    CasualtiesSpec? Fatalities,
    CasualtiesSpec? Wounded,
    EquatableArray<MaterielSpec> Materiel,
    EquatableArray<ReportedCountSpec> Counts,
    string? Summary,
    EquatableArray<string> Tags,
    EquatableArray<CitationSpec> Citations,
    EquatableArray<Located> Aliases,
    EquatableArray<Located> Uncertain,
    string? Notes);

/// <summary>Ids that are no longer entities of the dataset: renamed, merged into another entity or removed. A retired id is never used again (ALM022); code and lookups written against an earlier release reach the successor (or, for a removed id, a tombstone); a reference to a retired id is warning ALM024 naming the successor, or error ALM025 when the id was removed.</summary>
/// <param name="Actor">The retired actor id (exactly one of actor, place, event, source names the retired id and its kind; ALM023). (<c>actor</c>)</param>
/// <param name="Place">The retired place id. (<c>place</c>)</param>
/// <param name="Event">The retired event id. (<c>event</c>)</param>
/// <param name="Source">The retired source id. (<c>source</c>)</param>
/// <param name="ReplacedBy">The entity of the same kind the id was renamed to; it may itself be retired (the chain is followed to a live entity; a cycle is ALM011); unknown ids are ALM006. (<c>replaced-by</c>)</param>
/// <param name="MergedInto">The entity of the same kind this one was merged into (two entities became one); without replaced-by or merged-into the id was removed. (<c>merged-into</c>)</param>
/// <param name="Since">The dataset version that retired the id, a semantic version no later than the dataset's version (ALM023). (<c>since</c>)</param>
/// <param name="Reason">Why the id was retired, shown in the [Obsolete] message of its generated member. (<c>reason</c>)</param>
/// <param name="Name">The name a removed entity's tombstone shows (default: the id). (<c>name</c>)</param>
internal sealed record RetirementSpec(
    Located? Actor,
    Located? Place,
    Located? Event,
    Located? Source,
    Located? ReplacedBy,
    Located? MergedInto,
    string? Since,
    string? Reason,
    string? Name);

/// <summary>Aliases and notes that the dataset adds to an entity of a dataset its project references (a dataset package it extends), without copying or redefining it (ALM032): the aliases work in this dataset's Find, not in the referenced dataset's own; the entity stays the referenced dataset's object. Exactly one of actor, place, source names the entity, which must be a referenced dataset's (ALM033).</summary>
/// <param name="Actor">The referenced dataset's actor, such as libya:gna (exactly one of actor, place, source). (<c>actor</c>)</param>
/// <param name="Place">The referenced dataset's place. (<c>place</c>)</param>
/// <param name="Source">The referenced dataset's source. (<c>source</c>)</param>
/// <param name="Aliases">Spellings of the entity in this dataset's sources, which this dataset's Find matches (ignoring case, diacritics, hyphens, apostrophes and white space). (<c>aliases</c>)</param>
/// <param name="Notes">This dataset's notes on the entity (Dataset.Extensions). (<c>notes</c>)</param>
internal sealed record ExtensionSpec(Located? Actor, Located? Place, Located? Source, EquatableArray<Located> Aliases, string? Notes);

/// <summary>A source and an exact quote from it (a quote), or what it says in the curator's words (a reference).</summary>
/// <param name="Source">The cited source. (<c>source</c>)</param>
/// <param name="Quote">The exact words of the source, white space and quotation marks aside; a quote of a source without a document cannot be checked (ALM027). (<c>quote</c>)</param>
/// <param name="Claim">What the source says, in the curator's words: for a source without a local document (a gazetteer, a database, an outlet's page), or a paraphrase of a long passage. (<c>claim</c>)</param>
/// <param name="Supports">The keys of the values of the citing entity that this citation supports (date, location, wikidata). (<c>supports</c>)</param>
internal sealed record CitationSpec(Located Source, Located? Quote, string? Claim, EquatableArray<Located> Supports);

/// <summary>A passage of a source document that holds no fact.</summary>
/// <param name="Quote">The passage. (<c>quote</c>)</param>
/// <param name="Reason">Why it holds no fact. (<c>reason</c>)</param>
internal sealed record ExcludedPassageSpec(Located Quote, string Reason);

/// <summary>An actor another actor is aligned with, and when.</summary>
/// <param name="Actor">The actor aligned with. (<c>actor</c>)</param>
/// <param name="From">First day of the alignment. (<c>from</c>)</param>
/// <param name="Until">Last day of the alignment. (<c>until</c>)</param>
/// <param name="Notes">Curator's notes. (<c>notes</c>)</param>
internal sealed record AlignmentSpec(Located Actor, int? From, int? Until, string? Notes);

/// <summary>A point in WGS 84 decimal degrees.</summary>
/// <param name="Latitude">Latitude, −90…90. (<c>lat</c>)</param>
/// <param name="Longitude">Longitude, −180…180. (<c>lon</c>)</param>
internal sealed record GeoPointSpec(double Latitude, double Longitude);

/// <summary>Identifiers of an entity in other datasets and gazetteers.</summary>
/// <param name="Wikidata">The Wikidata item. (<c>wikidata</c>)</param>
/// <param name="GeoNames">The GeoNames id. (<c>geonames</c>)</param>
/// <param name="Acled">The ACLED actor name. (<c>acled</c>)</param>
/// <param name="Ucdp">The UCDP actor id. (<c>ucdp</c>)</param>
/// <param name="Osm">The OpenStreetMap element (node/…, way/…, relation/…). (<c>osm</c>)</param>
/// <param name="Icao">The ICAO location indicator. (<c>icao</c>)</param>
internal sealed record ExternalIdsSpec(string? Wikidata, string? GeoNames, string? Acled, string? Ucdp, string? Osm, string? Icao);

/// <summary>A name that holds only within one source.</summary>
/// <param name="Name">The name, as the source spells it. (<c>name</c>)</param>
/// <param name="Source">The source within which the name holds. (<c>source</c>)</param>
internal sealed record ScopedAliasSpec(string Name, Located Source);

/// <summary>An actor taking part in an event, and its role.</summary>
/// <param name="Actor">The actor taking part. (<c>actor</c>)</param>
/// <param name="Role">What the actor did in the event. (<c>role</c>)</param>
internal sealed record ParticipantSpec(Located Actor, int Role);

/// <summary>A casualty figure as the sources give it: a range, a best estimate and the split by side.</summary>
/// <param name="Low">The lowest figure given. (<c>low</c>)</param>
/// <param name="Best">The best estimate. (<c>best</c>)</param>
/// <param name="High">The highest figure given. (<c>high</c>)</param>
/// <param name="Sides">Figures for each side, where the sources split them. (<c>sides</c>)</param>
internal sealed record CasualtiesSpec(int? Low, int? Best, int? High, EquatableArray<SideCasualtiesSpec> Sides);

/// <summary>The casualties of one side in an event.</summary>
/// <param name="Actor">The side. (<c>actor</c>)</param>
/// <param name="Low">The lowest figure given. (<c>low</c>)</param>
/// <param name="Best">The best estimate. (<c>best</c>)</param>
/// <param name="High">The highest figure given. (<c>high</c>)</param>
internal sealed record SideCasualtiesSpec(Located Actor, int? Low, int? Best, int? High);

/// <summary>A figure a source gives that is neither an event's casualties nor its materiel: what is counted, the range, and whether it is a running total that includes figures of other events.</summary>
/// <param name="What">What is counted, e.g. bodies found in a grave (ReportedCount.What). (<c>of</c>)</param>
/// <param name="Low">The lowest figure given. (<c>low</c>)</param>
/// <param name="Best">The best estimate. (<c>best</c>)</param>
/// <param name="High">The highest figure given. (<c>high</c>)</param>
/// <param name="Scope">What the figure covers: this event alone (event, the default) or a running total that includes figures recorded on other events (cumulative), which must never be added to them. (<c>scope</c>)</param>
internal sealed record ReportedCountSpec(string What, int? Low, int? Best, int? High, int? Scope);

/// <summary>Weapons or equipment named in an event.</summary>
/// <param name="Item">What it is, e.g. Pantsir-S1 air-defence system. (<c>item</c>)</param>
/// <param name="Count">How many. (<c>count</c>)</param>
/// <param name="Outcome">What happened to it. (<c>outcome</c>)</param>
/// <param name="Owner">Whose it was before the event. (<c>actor</c>)</param>
internal sealed record MaterielSpec(string Item, int? Count, int Outcome, Located? Owner);
