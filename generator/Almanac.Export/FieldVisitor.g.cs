// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac.Export;

/// <summary>Every mapping of the schema as the exports see it: fields in schema order with their keys, kinds of value and columns.</summary>
internal static class ExportSchema
{
    /// <summary>A source and an exact quote from it (a quote), or what it says in the curator's words (a reference).</summary>
    public static readonly SchemaMapping Citation = new("citation", "Citation", "a citation", "citations", new SchemaField[]
    {
        new("source", "ref", FieldKind.Reference, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "source_id", Ref: "source", Nested: null, Keys: null, Default: null,
            Doc: "the cited source"),
        new("quote", "quote", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: true, Column: "quote", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the exact words of the source, white space and quotation marks aside; a quote of a source without a document cannot be checked (ALM027)"),
        new("claim", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "claim", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what the source says, in the curator's words: for a source without a local document (a gazetteer, a database, an outlet's page), or a paraphrase of a long passage"),
        new("supports", "key", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "supports", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the keys of the values of the citing entity that this citation supports (date, location, wikidata)"),
        new("paragraph", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: true, IsHidden: false, Column: "paragraph", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the 1-based paragraph of the source's document where the quote starts; none for a claim, or when the source has no document"),
    });

    /// <summary>A passage of a source document that holds no fact.</summary>
    public static readonly SchemaMapping ExcludedPassage = new("excluded", "ExcludedPassage", "an excluded passage", null, new SchemaField[]
    {
        new("quote", "quote", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the passage"),
        new("paragraph", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: true, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the 1-based paragraph of the document where the passage starts"),
        new("reason", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "why it holds no fact"),
    });

    /// <summary>An actor another actor is aligned with, and when.</summary>
    public static readonly SchemaMapping Alignment = new("alignment", "Alignment", "an alignment", "alignments", new SchemaField[]
    {
        new("actor", "ref", FieldKind.Reference, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "aligned_with", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "the actor aligned with"),
        new("from", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "from", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "first day of the alignment"),
        new("until", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "until", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "last day of the alignment"),
        new("notes", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "notes", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "curator's notes"),
    });

    /// <summary>A point in WGS 84 decimal degrees.</summary>
    public static readonly SchemaMapping GeoPoint = new("location", "GeoPoint", "the location", null, new SchemaField[]
    {
        new("lat", "coordinate", FieldKind.Coordinate, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "latitude", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "latitude, −90…90"),
        new("lon", "coordinate", FieldKind.Coordinate, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "longitude", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "longitude, −180…180"),
    });

    /// <summary>Identifiers of an entity in other datasets and gazetteers.</summary>
    public static readonly SchemaMapping ExternalIds = new("external-ids", "ExternalIds", "external-ids", null, new SchemaField[]
    {
        new("wikidata", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "wikidata", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the Wikidata item"),
        new("geonames", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "geonames", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the GeoNames id"),
        new("acled", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "acled", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the ACLED actor name"),
        new("ucdp", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "ucdp", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the UCDP actor id"),
        new("osm", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "osm", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the OpenStreetMap element (node/…, way/…, relation/…)"),
        new("icao", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "icao", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the ICAO location indicator"),
    });

    /// <summary>A name that holds only within one source.</summary>
    public static readonly SchemaMapping ScopedAlias = new("scoped-alias", "ScopedAlias", "a scoped alias", "scoped_aliases", new SchemaField[]
    {
        new("name", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "name", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the name, as the source spells it"),
        new("source", "ref", FieldKind.Reference, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "source_id", Ref: "source", Nested: null, Keys: null, Default: null,
            Doc: "the source within which the name holds"),
    });

    /// <summary>An actor taking part in an event, and its role.</summary>
    public static readonly SchemaMapping Participant = new("participant", "Participant", "a participant", "participants", new SchemaField[]
    {
        new("actor", "ref", FieldKind.Reference, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "actor_id", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "the actor taking part"),
        new("role", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "role", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what the actor did in the event"),
    });

    /// <summary>The casualties of one side in an event.</summary>
    public static readonly SchemaMapping SideCasualties = new("side", "SideCasualties", "a side", "casualties", new SchemaField[]
    {
        new("actor", "ref", FieldKind.Reference, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "actor_id", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "the side"),
        new("low", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "low", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the lowest figure given"),
        new("best", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "best", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the best estimate"),
        new("high", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "high", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the highest figure given"),
    });

    /// <summary>A casualty figure as the sources give it: a range, a best estimate and the split by side.</summary>
    public static readonly SchemaMapping Casualties = new("casualties", "Casualties", "casualties", null, new SchemaField[]
    {
        new("low", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "low", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the lowest figure given"),
        new("best", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "best", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the best estimate"),
        new("high", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "high", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the highest figure given"),
        new("sides", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: SideCasualties, Keys: null, Default: null,
            Doc: "figures for each side, where the sources split them"),
    });

    /// <summary>A figure a source gives that is neither an event's casualties nor its materiel: what is counted, the range, and whether it is a running total that includes figures of other events.</summary>
    public static readonly SchemaMapping ReportedCount = new("reported-count", "ReportedCount", "a count", "counts", new SchemaField[]
    {
        new("of", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "of", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what is counted, e.g. bodies found in a grave (ReportedCount.What)"),
        new("low", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "low", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the lowest figure given"),
        new("best", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "best", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the best estimate"),
        new("high", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "high", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the highest figure given"),
        new("scope", "word", FieldKind.Word, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "scope", Ref: null, Nested: null, Keys: null, Default: "event",
            Doc: "what the figure covers: this event alone (event, the default) or a running total that includes figures recorded on other events (cumulative), which must never be added to them"),
    });

    /// <summary>Weapons or equipment named in an event.</summary>
    public static readonly SchemaMapping Materiel = new("materiel", "Materiel", "materiel", "materiel", new SchemaField[]
    {
        new("item", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "item", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what it is, e.g. Pantsir-S1 air-defence system"),
        new("count", "count", FieldKind.Count, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "count", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "how many"),
        new("outcome", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "outcome", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what happened to it"),
        new("actor", "ref", FieldKind.Reference, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "owner_id", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "whose it was before the event"),
    });

    /// <summary>The dataset's own metadata; exactly one file of the dataset has this section (ALM013).</summary>
    public static readonly SchemaMapping Dataset = new("dataset", "Dataset", "the dataset section", null, new SchemaField[]
    {
        new("id", "id", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "kebab-case id; the generated metadata class is its PascalCase form plus Dataset (libya → LibyaDataset) unless the MSBuild property AlmanacDatasetClass is set"),
        new("title", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "human-readable title"),
        new("version", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "version of the data (SemVer recommended)"),
        new("license", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "SPDX licence id or licence text"),
        new("citation", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "how to cite the dataset, in the curator's words (what it was curated from); the formal citations (BibTeX, APA, CSL-JSON, CFF) are rendered from the keys below by DatasetInfo.Cite and almanac cite"),
        new("description", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "a longer description"),
        new("url", "url", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "home page"),
        new("authors", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the authors to cite, in order: people (Family, Given) or organisations (Almanac contributors)"),
        new("released", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the date this version of the data was released"),
        new("keywords", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "keywords for catalogues and citation files"),
    });

    /// <summary>Sources: articles, reports, statements, gazetteers, datasets, web sites.</summary>
    public static readonly SchemaMapping Source = new("sources", "Source", "a source", null, new SchemaField[]
    {
        new("id", "id", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "id", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "kebab-case id"),
        new("title", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "title", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "title of the article, report or gazetteer (Source.Name)"),
        new("kind", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "kind", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what kind of source it is"),
        new("aliases", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "aliases", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "other names of the source"),
        new("publisher", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "publisher", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "who published it (free text)"),
        new("published", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "published", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "publication date"),
        new("language", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "language", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the language of the text"),
        new("url", "url", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "url", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "where it was published"),
        new("accessed", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "accessed", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the day the curator read the source at url"),
        new("archive-url", "url", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "archive_url", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "an archived copy of the page at url (such as a Wayback Machine address), for when the page changes or disappears"),
        new("document", "path", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "document", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "path of the local text of the source, e.g. seeds/000_b3dc0abcc49582ad.txt, matched by path suffix (whole path segments) against the source documents given to the compiler; quotes citing this source are checked against it (the documents are the MSBuild items AdditionalFiles with AlmanacKind=\"document\", by default every file in the project's seeds/ folder)"),
        new("excluded", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: ExcludedPassage, Keys: null, Default: null,
            Doc: "passages of the document that hold no fact (page furniture, captions), checked like citations and stored with their paragraph (Source.Excluded)"),
        new("uncertain", "key", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "uncertain", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the keys of the values that are the curator's assumption (such as an assumed published date)"),
        new("notes", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "notes", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "curator's notes"),
    });

    /// <summary>Actors: states, governments, armed forces, groups, persons.</summary>
    public static readonly SchemaMapping Actor = new("actors", "Actor", "an actor", null, new SchemaField[]
    {
        new("id", "id", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "id", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "kebab-case id"),
        new("name", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "name", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the standard name"),
        new("kind", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "kind", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what kind of actor it is"),
        new("aliases", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "aliases", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "every other spelling, in any script; Actors.Find matches ids and aliases ignoring case, diacritics, hyphens, apostrophes and white space, and two actors may not share a normalised alias (ALM009)"),
        new("scoped-aliases", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: ScopedAlias, Keys: null, Default: null,
            Doc: "names that hold only within one source, such as \"Libyan army\" for the GNA's forces in an article written from the GNA's side while LNA-side texts use it for the LNA: Find does not guess from them (a spelling that is only a scoped alias, or that is also another actor's name, finds nothing), FindIn(text, source) uses the ones of that source and Resolve lists the candidates"),
        new("country", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "country", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the country it belongs to"),
        new("part-of", "ref", FieldKind.Reference, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "part_of", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "the parent actor (a unit of a force, a ministry of a state); Events.Involving(x) includes events of every actor whose part-of chain reaches x; cycles are error ALM011"),
        new("aligned-with", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Alignment, Keys: null, Default: null,
            Doc: "the actors it is aligned with, and when"),
        new("active-from", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "active_from", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "first day active"),
        new("active-until", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "active_until", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "last day active"),
        new("external-ids", "struct", FieldKind.Struct, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "", Ref: null, Nested: ExternalIds, Keys: new[] { "wikidata", "acled", "ucdp" }, Default: null,
            Doc: "identifiers of the actor in other datasets"),
        new("sources", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Citation, Keys: null, Default: null,
            Doc: "citations supporting the entry"),
        new("uncertain", "key", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "uncertain", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the keys of the values that are the curator's assumption or that no citation supports (such as an assumed active-from)"),
        new("notes", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "notes", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "curator's notes"),
    });

    /// <summary>Places: countries, regions, towns, bases, sites.</summary>
    public static readonly SchemaMapping Place = new("places", "Place", "a place", null, new SchemaField[]
    {
        new("id", "id", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "id", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "kebab-case id"),
        new("name", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "name", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the standard name"),
        new("kind", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "kind", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what kind of place it is"),
        new("aliases", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "aliases", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "other spellings, any script"),
        new("scoped-aliases", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: ScopedAlias, Keys: null, Default: null,
            Doc: "names that hold only within one source (see the actors' scoped-aliases)"),
        new("location", "struct", FieldKind.Struct, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "", Ref: null, Nested: GeoPoint, Keys: null, Default: null,
            Doc: "WGS 84 decimal degrees, { lat: 32.4346, lon: 13.6351 }"),
        new("geo-precision", "word", FieldKind.Word, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "geo_precision", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "how exactly the location is known"),
        new("within", "ref", FieldKind.Reference, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "within", Ref: "place", Nested: null, Keys: null, Default: null,
            Doc: "the containing place (town → district → region → country); Events.At(x) includes events at every place whose within chain reaches x; cycles are error ALM011"),
        new("country", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "country", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the country it lies in"),
        new("external-ids", "struct", FieldKind.Struct, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "", Ref: null, Nested: ExternalIds, Keys: new[] { "geonames", "wikidata", "osm", "icao" }, Default: null,
            Doc: "identifiers of the place in gazetteers"),
        new("sources", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Citation, Keys: null, Default: null,
            Doc: "citations (e.g. the gazetteer the coordinates come from, with supports: [location])"),
        new("uncertain", "key", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "uncertain", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the keys of the values that are the curator's assumption or that no citation supports (such as a location placed by hand)"),
        new("notes", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "notes", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "curator's notes"),
    });

    /// <summary>Events, each with at least one citation.</summary>
    public static readonly SchemaMapping Event = new("events", "Event", "an event", null, new SchemaField[]
    {
        new("id", "id", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "id", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "kebab-case id"),
        new("name", "text", FieldKind.Text, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "name", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "a short headline"),
        new("kind", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "kind", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "what kind of event it is"),
        new("date", "date", FieldKind.Date, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "date", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the (first) day"),
        new("end-date", "date", FieldKind.Date, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "end_date", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the last day of a range"),
        new("time-precision", "word", FieldKind.Word, IsList: false, IsRequired: true, IsComputed: false, IsHidden: false, Column: "time_precision", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "how exactly the date is known"),
        new("clarity", "word", FieldKind.Word, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "clarity", Ref: null, Nested: null, Keys: null, Default: "clear",
            Doc: "whether the event is one event (clear, the default) or a report that sums up several or a pattern over time (aggregate), as UCDP's event_clarity (1, 2)"),
        new("place", "ref", FieldKind.Reference, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "place_id", Ref: "place", Nested: null, Keys: null, Default: null,
            Doc: "where it happened"),
        new("geo-precision", "word", FieldKind.Word, IsList: false, IsRequired: false, IsComputed: false, IsHidden: true, Column: "geo_precision", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "how exactly the event is located when it is less exact than the place's own location (near for \"in the vicinity of\"); default: the place's precision"),
        new("participants", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Participant, Keys: null, Default: null,
            Doc: "the actors taking part, each with its role; Events.Involving(x) finds an event through its participants (and their part-of chains) only"),
        new("claimed-by", "ref", FieldKind.Reference, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "claimed_by", Ref: "actor", Nested: null, Keys: null, Default: null,
            Doc: "the actor who asserts the event, when it is one side's claim rather than the reporter's own account"),
        new("group", "tag", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "group_id", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "a kebab-case id shared by the events that are parts of one report (one statement or interview split into several events), so that they can be regrouped and counted once (Events.All.InGroup(group))"),
        new("fatalities", "struct", FieldKind.Struct, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "fatalities", Ref: null, Nested: Casualties, Keys: null, Default: null,
            Doc: "people killed"),
        new("wounded", "struct", FieldKind.Struct, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "wounded", Ref: null, Nested: Casualties, Keys: null, Default: null,
            Doc: "people wounded"),
        new("materiel", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Materiel, Keys: null, Default: null,
            Doc: "weapons and equipment named in the event"),
        new("counts", "struct", FieldKind.Struct, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: ReportedCount, Keys: null, Default: null,
            Doc: "figures the sources give that are neither the event's casualties nor its materiel (bodies found, a running tally), so that a filter on numbers finds them"),
        new("summary", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "summary", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "one or two sentences in the curator's words"),
        new("tags", "tag", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "tags", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "labels for grouping and filtering"),
        new("sources", "struct", FieldKind.Struct, IsList: true, IsRequired: true, IsComputed: false, IsHidden: false, Column: null, Ref: null, Nested: Citation, Keys: null, Default: null,
            Doc: "at least one citation"),
        new("aliases", "text", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "aliases", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "other names of the event"),
        new("uncertain", "key", FieldKind.Text, IsList: true, IsRequired: false, IsComputed: false, IsHidden: false, Column: "uncertain", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "the keys of the values that are the curator's assumption or that no citation supports (such as an assumed date)"),
        new("notes", "text", FieldKind.Text, IsList: false, IsRequired: false, IsComputed: false, IsHidden: false, Column: "notes", Ref: null, Nested: null, Keys: null, Default: null,
            Doc: "curator's notes (uncertainty, disagreements between sources)"),
    });

    /// <summary>The entity kinds, in schema order.</summary>
    public static readonly IReadOnlyList<SchemaMapping> EntityKinds = new[] { Source, Actor, Place, Event };
}

/// <summary>Walks runtime instances field by field, in schema order, handing each field and its value to a sink.</summary>
internal static class FieldVisitor
{
    private static readonly Action<object, IFieldSink> s_citation = (o, sink) => VisitCitation((Citation)o, sink);
    private static readonly Action<object, IFieldSink> s_excludedPassage = (o, sink) => VisitExcludedPassage((ExcludedPassage)o, sink);
    private static readonly Action<object, IFieldSink> s_alignment = (o, sink) => VisitAlignment((Alignment)o, sink);
    private static readonly Action<object, IFieldSink> s_geoPoint = (o, sink) => VisitGeoPoint((GeoPoint)o, sink);
    private static readonly Action<object, IFieldSink> s_externalIds = (o, sink) => VisitExternalIds((ExternalIds)o, sink);
    private static readonly Action<object, IFieldSink> s_scopedAlias = (o, sink) => VisitScopedAlias((ScopedAlias)o, sink);
    private static readonly Action<object, IFieldSink> s_participant = (o, sink) => VisitParticipant((Participant)o, sink);
    private static readonly Action<object, IFieldSink> s_casualties = (o, sink) => VisitCasualties((Casualties)o, sink);
    private static readonly Action<object, IFieldSink> s_sideCasualties = (o, sink) => VisitSideCasualties((SideCasualties)o, sink);
    private static readonly Action<object, IFieldSink> s_reportedCount = (o, sink) => VisitReportedCount((ReportedCount)o, sink);
    private static readonly Action<object, IFieldSink> s_materiel = (o, sink) => VisitMateriel((Materiel)o, sink);

    /// <summary>The entities of every kind of <paramref name="dataset"/>, kind by kind in schema order, each in dataset order.</summary>
    public static IEnumerable<(SchemaMapping Kind, IReadOnlyList<Entity> Entities)> Sections(Dataset dataset)
    {
        yield return (ExportSchema.Source, dataset.Sources);
        yield return (ExportSchema.Actor, dataset.Actors);
        yield return (ExportSchema.Place, dataset.Places);
        yield return (ExportSchema.Event, dataset.Events);
    }

    /// <summary>Walks <paramref name="entity"/> with the walker of its kind.</summary>
    public static void Visit(Entity entity, IFieldSink sink)
    {
        switch (entity)
        {
            case Source x:
                VisitSource(x, sink);
                break;
            case Actor x:
                VisitActor(x, sink);
                break;
            case Place x:
                VisitPlace(x, sink);
                break;
            case Event x:
                VisitEvent(x, sink);
                break;
            default:
                throw new ArgumentException("Not an entity of the schema: " + entity.GetType().Name, nameof(entity));
        }
    }

    /// <summary>Walks the fields of the dataset section.</summary>
    public static void VisitDataset(DatasetInfo value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Dataset.Fields;
        sink.Value(f[0], value.Id);
        sink.Value(f[1], value.Title);
        sink.Value(f[2], value.Version);
        sink.Value(f[3], value.License);
        sink.Value(f[4], value.Citation);
        sink.Value(f[5], value.Description);
        sink.Value(f[6], Url(value.Url));
        sink.Values(f[7], value.Authors);
        sink.Value(f[8], value.Released);
        sink.Values(f[9], value.Keywords);
    }

    /// <summary>Walks the fields of a source.</summary>
    public static void VisitSource(Source value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Source.Fields;
        sink.Value(f[0], value.Id);
        sink.Value(f[1], value.Name);
        sink.Value(f[2], Word(value.Kind));
        sink.Values(f[3], value.Aliases);
        sink.Value(f[4], value.Publisher);
        sink.Value(f[5], value.Published);
        sink.Value(f[6], value.Language);
        sink.Value(f[7], Url(value.Url));
        sink.Value(f[8], value.Accessed);
        sink.Value(f[9], Url(value.ArchiveUrl));
        sink.Value(f[10], value.Document);
        sink.Structs(f[11], FieldRecord.List(ExportSchema.ExcludedPassage, value.Excluded, s_excludedPassage));
        sink.Values(f[12], value.Uncertain);
        sink.Value(f[13], value.Notes);
    }

    /// <summary>Walks the fields of an actor.</summary>
    public static void VisitActor(Actor value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Actor.Fields;
        sink.Value(f[0], value.Id);
        sink.Value(f[1], value.Name);
        sink.Value(f[2], Word(value.Kind));
        sink.Values(f[3], value.Aliases);
        sink.Structs(f[4], FieldRecord.List(ExportSchema.ScopedAlias, value.ScopedAliases, s_scopedAlias));
        sink.Value(f[5], value.Country);
        sink.Reference(f[6], value.PartOf);
        sink.Structs(f[7], FieldRecord.List(ExportSchema.Alignment, value.AlignedWith, s_alignment));
        sink.Value(f[8], value.ActiveFrom);
        sink.Value(f[9], value.ActiveUntil);
        sink.Struct(f[10], value.ExternalIds is { } externalIds && externalIds != ExternalIds.None ? new FieldRecord(ExportSchema.ExternalIds, externalIds, s_externalIds) : null);
        sink.Structs(f[11], FieldRecord.List(ExportSchema.Citation, value.Citations, s_citation));
        sink.Values(f[12], value.Uncertain);
        sink.Value(f[13], value.Notes);
    }

    /// <summary>Walks the fields of a place.</summary>
    public static void VisitPlace(Place value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Place.Fields;
        sink.Value(f[0], value.Id);
        sink.Value(f[1], value.Name);
        sink.Value(f[2], Word(value.Kind));
        sink.Values(f[3], value.Aliases);
        sink.Structs(f[4], FieldRecord.List(ExportSchema.ScopedAlias, value.ScopedAliases, s_scopedAlias));
        sink.Struct(f[5], value.Location is { } location ? new FieldRecord(ExportSchema.GeoPoint, location, s_geoPoint) : null);
        sink.Value(f[6], Word(value.GeoPrecision));
        sink.Reference(f[7], value.Within);
        sink.Value(f[8], value.Country);
        sink.Struct(f[9], value.ExternalIds is { } externalIds && externalIds != ExternalIds.None ? new FieldRecord(ExportSchema.ExternalIds, externalIds, s_externalIds) : null);
        sink.Structs(f[10], FieldRecord.List(ExportSchema.Citation, value.Citations, s_citation));
        sink.Values(f[11], value.Uncertain);
        sink.Value(f[12], value.Notes);
    }

    /// <summary>Walks the fields of an event.</summary>
    public static void VisitEvent(Event value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Event.Fields;
        sink.Value(f[0], value.Id);
        sink.Value(f[1], value.Name);
        sink.Value(f[2], Word(value.Kind));
        sink.Value(f[3], value.Date);
        sink.Value(f[4], value.EndDate);
        sink.Value(f[5], Word(value.TimePrecision));
        sink.Value(f[6], Word(value.Clarity, EventClarity.Clear));
        sink.Reference(f[7], value.Place);
        sink.Value(f[8], Word(value.GeoPrecision));
        sink.Structs(f[9], FieldRecord.List(ExportSchema.Participant, value.Participants, s_participant));
        sink.Reference(f[10], value.ClaimedBy);
        sink.Value(f[11], value.Group);
        sink.Struct(f[12], value.Fatalities is { } fatalities ? new FieldRecord(ExportSchema.Casualties, fatalities, s_casualties) : null);
        sink.Struct(f[13], value.Wounded is { } wounded ? new FieldRecord(ExportSchema.Casualties, wounded, s_casualties) : null);
        sink.Structs(f[14], FieldRecord.List(ExportSchema.Materiel, value.Materiel, s_materiel));
        sink.Structs(f[15], FieldRecord.List(ExportSchema.ReportedCount, value.Counts, s_reportedCount));
        sink.Value(f[16], value.Summary);
        sink.Values(f[17], value.Tags);
        sink.Structs(f[18], FieldRecord.List(ExportSchema.Citation, value.Citations, s_citation));
        sink.Values(f[19], value.Aliases);
        sink.Values(f[20], value.Uncertain);
        sink.Value(f[21], value.Notes);
    }

    /// <summary>Walks the fields of a citation.</summary>
    public static void VisitCitation(Citation value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Citation.Fields;
        sink.Reference(f[0], value.Source);
        sink.Value(f[1], Absent(value.Quote));
        sink.Value(f[2], value.Claim);
        sink.Values(f[3], value.Supports);
        sink.Value(f[4], value.Paragraph);
    }

    /// <summary>Walks the fields of an excluded passage.</summary>
    public static void VisitExcludedPassage(ExcludedPassage value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.ExcludedPassage.Fields;
        sink.Value(f[0], value.Quote);
        sink.Value(f[1], value.Paragraph);
        sink.Value(f[2], value.Reason);
    }

    /// <summary>Walks the fields of an alignment.</summary>
    public static void VisitAlignment(Alignment value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Alignment.Fields;
        sink.Reference(f[0], value.Actor);
        sink.Value(f[1], value.From);
        sink.Value(f[2], value.Until);
        sink.Value(f[3], value.Notes);
    }

    /// <summary>Walks the fields of the location.</summary>
    public static void VisitGeoPoint(GeoPoint value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.GeoPoint.Fields;
        sink.Value(f[0], value.Latitude);
        sink.Value(f[1], value.Longitude);
    }

    /// <summary>Walks the fields of 'external-ids'.</summary>
    public static void VisitExternalIds(ExternalIds value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.ExternalIds.Fields;
        sink.Value(f[0], value.Wikidata);
        sink.Value(f[1], value.GeoNames);
        sink.Value(f[2], value.Acled);
        sink.Value(f[3], value.Ucdp);
        sink.Value(f[4], value.Osm);
        sink.Value(f[5], value.Icao);
    }

    /// <summary>Walks the fields of a scoped alias.</summary>
    public static void VisitScopedAlias(ScopedAlias value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.ScopedAlias.Fields;
        sink.Value(f[0], value.Name);
        sink.Reference(f[1], value.Source);
    }

    /// <summary>Walks the fields of a participant.</summary>
    public static void VisitParticipant(Participant value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Participant.Fields;
        sink.Reference(f[0], value.Actor);
        sink.Value(f[1], Word(value.Role));
    }

    /// <summary>Walks the fields of casualties.</summary>
    public static void VisitCasualties(Casualties value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Casualties.Fields;
        sink.Value(f[0], value.Low);
        sink.Value(f[1], value.Best);
        sink.Value(f[2], value.High);
        sink.Structs(f[3], FieldRecord.List(ExportSchema.SideCasualties, value.Sides, s_sideCasualties));
    }

    /// <summary>Walks the fields of a side.</summary>
    public static void VisitSideCasualties(SideCasualties value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.SideCasualties.Fields;
        sink.Reference(f[0], value.Actor);
        sink.Value(f[1], value.Low);
        sink.Value(f[2], value.Best);
        sink.Value(f[3], value.High);
    }

    /// <summary>Walks the fields of a count.</summary>
    public static void VisitReportedCount(ReportedCount value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.ReportedCount.Fields;
        sink.Value(f[0], value.What);
        sink.Value(f[1], value.Low);
        sink.Value(f[2], value.Best);
        sink.Value(f[3], value.High);
        sink.Value(f[4], Word(value.Scope, CountScope.Event));
    }

    /// <summary>Walks the fields of materiel.</summary>
    public static void VisitMateriel(Materiel value, IFieldSink sink)
    {
        IReadOnlyList<SchemaField> f = ExportSchema.Materiel.Fields;
        sink.Value(f[0], value.Item);
        sink.Value(f[1], value.Count);
        sink.Value(f[2], Word(value.Outcome));
        sink.Reference(f[3], value.Owner);
    }

    private static string Word<T>(T value) where T : struct, Enum => value.ToYamlWord();

    private static string? Word<T>(T? value) where T : struct, Enum => value?.ToYamlWord();

    /// <summary>A word with a default, as the YAML gives it: absent when it is the default.</summary>
    private static string? Word<T>(T value, T absent) where T : struct, Enum => value.Equals(absent) ? null : value.ToYamlWord();

    private static string? Url(Uri? value) => value?.OriginalString;

    private static string? Url(string? value) => value;

    /// <summary>An optional text that a hand-written property presents as empty when absent, as absent.</summary>
    private static string? Absent(string value) => value.Length == 0 ? null : value;
}
