// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

namespace Almanac.Generator.Parsing;

/// <summary>The keys of every mapping of the schema, in the order curators write them.</summary>
internal static class SchemaKeys
{
    /// <summary>The top-level sections of a dataset file.</summary>
    public static readonly string[] Sections = { "dataset", "sources", "actors", "places", "events", "retired", "extends" };

    /// <summary>The keys of the dataset section.</summary>
    public static readonly string[] Dataset = { "id", "title", "version", "license", "citation", "description", "url", "authors", "released", "keywords" };

    /// <summary>The keys of a source.</summary>
    public static readonly string[] Source = { "id", "title", "kind", "aliases", "publisher", "published", "language", "url", "accessed", "archive-url", "document", "excluded", "uncertain", "notes" };

    /// <summary>The keys of an actor.</summary>
    public static readonly string[] Actor = { "id", "name", "kind", "aliases", "scoped-aliases", "country", "part-of", "aligned-with", "active-from", "active-until", "external-ids", "sources", "uncertain", "notes" };

    /// <summary>The keys of 'external-ids' of an actor.</summary>
    public static readonly string[] ActorExternalIds = { "wikidata", "acled", "ucdp" };

    /// <summary>The keys of a place.</summary>
    public static readonly string[] Place = { "id", "name", "kind", "aliases", "scoped-aliases", "location", "geo-precision", "within", "country", "external-ids", "sources", "uncertain", "notes" };

    /// <summary>The keys of 'external-ids' of a place.</summary>
    public static readonly string[] PlaceExternalIds = { "geonames", "wikidata", "osm", "icao" };

    /// <summary>The keys of an event.</summary>
    public static readonly string[] Event = { "id", "name", "kind", "date", "end-date", "time-precision", "clarity", "place", "geo-precision", "participants", "claimed-by", "group", "fatalities", "wounded", "materiel", "counts", "summary", "tags", "sources", "aliases", "uncertain", "notes" };

    /// <summary>The keys of a retirement.</summary>
    public static readonly string[] Retirement = { "actor", "place", "event", "source", "replaced-by", "merged-into", "since", "reason", "name" };

    /// <summary>The keys of an extension.</summary>
    public static readonly string[] Extension = { "actor", "place", "source", "aliases", "notes" };

    /// <summary>The keys of a citation.</summary>
    public static readonly string[] Citation = { "source", "quote", "claim", "supports" };

    /// <summary>The keys of an excluded passage.</summary>
    public static readonly string[] ExcludedPassage = { "quote", "reason" };

    /// <summary>The keys of an alignment.</summary>
    public static readonly string[] Alignment = { "actor", "from", "until", "notes" };

    /// <summary>The keys of the location.</summary>
    public static readonly string[] GeoPoint = { "lat", "lon" };

    /// <summary>The keys of external-ids.</summary>
    public static readonly string[] ExternalIds = { "wikidata", "geonames", "acled", "ucdp", "osm", "icao" };

    /// <summary>The keys of a scoped alias.</summary>
    public static readonly string[] ScopedAlias = { "name", "source" };

    /// <summary>The keys of a participant.</summary>
    public static readonly string[] Participant = { "actor", "role" };

    /// <summary>The keys of casualties.</summary>
    public static readonly string[] Casualties = { "low", "best", "high", "sides" };

    /// <summary>The keys of a side.</summary>
    public static readonly string[] SideCasualties = { "actor", "low", "best", "high" };

    /// <summary>The keys of a count.</summary>
    public static readonly string[] ReportedCount = { "of", "low", "best", "high", "scope" };

    /// <summary>The keys of materiel.</summary>
    public static readonly string[] Materiel = { "item", "count", "outcome", "actor" };
}

/// <summary>The values of each entity kind that citations support ('supports') and entities list as uncertain, and those that need provenance.</summary>
internal static class SchemaValues
{
    /// <summary>The keys of the values of a source that citations support and 'uncertain' lists.</summary>
    public static readonly string[] Source = { "title", "kind", "aliases", "publisher", "published", "language", "url", "accessed", "archive-url", "document", "excluded", "notes" };

    /// <summary>The keys of the values of an actor that citations support and 'uncertain' lists.</summary>
    public static readonly string[] Actor = { "name", "kind", "aliases", "scoped-aliases", "country", "part-of", "aligned-with", "active-from", "active-until", "wikidata", "acled", "ucdp", "notes" };

    /// <summary>The values of an actor that need provenance when the build asks for it, as paths of keys ('external-ids/wikidata').</summary>
    public static readonly string[] ActorProvenance = { "external-ids/wikidata", "external-ids/acled", "external-ids/ucdp" };

    /// <summary>The keys of the values of a place that citations support and 'uncertain' lists.</summary>
    public static readonly string[] Place = { "name", "kind", "aliases", "scoped-aliases", "location", "geo-precision", "within", "country", "geonames", "wikidata", "osm", "icao", "notes" };

    /// <summary>The values of a place that need provenance when the build asks for it, as paths of keys ('external-ids/wikidata').</summary>
    public static readonly string[] PlaceProvenance = { "location", "external-ids/geonames", "external-ids/wikidata", "external-ids/osm", "external-ids/icao" };

    /// <summary>The keys of the values of an event that citations support and 'uncertain' lists.</summary>
    public static readonly string[] Event = { "name", "kind", "date", "end-date", "time-precision", "clarity", "place", "geo-precision", "participants", "claimed-by", "group", "fatalities", "wounded", "materiel", "counts", "summary", "tags", "aliases", "notes" };

    /// <summary>The values of an event that need provenance when the build asks for it, as paths of keys ('external-ids/wikidata').</summary>
    public static readonly string[] EventProvenance = { "date", "end-date" };

    /// <summary>The keys of the values of the entity kind <paramref name="noun"/> (<c>actor</c>); none for any other noun.</summary>
    public static string[] Of(string noun) => noun switch
    {
        "source" => Source,
        "actor" => Actor,
        "place" => Place,
        "event" => Event,
        _ => System.Array.Empty<string>(),
    };
}
