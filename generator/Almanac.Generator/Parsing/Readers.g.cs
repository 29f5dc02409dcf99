// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System.Text.RegularExpressions;

namespace Almanac.Generator.Parsing;

internal sealed partial class FileParser
{
    private static readonly Regex s_countryPattern = new("^[A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_languagePattern = new("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_wikidataPattern = new("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_digitsPattern = new("^[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_osmPattern = new("^(node|way|relation)/[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_icaoPattern = new("^[A-Z0-9]{4}$", RegexOptions.CultureInvariant);

    /// <summary>Reads the dataset section; null when a required value is missing or invalid.</summary>
    private DatasetSpec? ReadDataset(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "the dataset section", null, null, SchemaKeys.Dataset);
        Located? id = f.Id("id");
        string? title = f.Text("title", required: true);
        string? version = f.Text("version", required: true);
        string? license = f.Text("license", required: true);
        string? citation = f.Text("citation", required: true);
        string? descriptionValue = f.Text("description");
        string? url = f.Url("url");
        EquatableArray<Located> authors = f.Aliases("authors");
        int? released = f.Date("released");
        EquatableArray<Located> keywords = f.Aliases("keywords");
        if (id is null || title is null || version is null || license is null || citation is null)
        {
            return null;
        }
        return new DatasetSpec(
            mapping.Location,
            id,
            title,
            version,
            license,
            citation,
            descriptionValue,
            url,
            authors,
            released,
            keywords);
    }

    /// <summary>Reads a source; null when it has no valid id.</summary>
    private SourceSpec? ReadSource(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "a source", null, "source", SchemaKeys.Source);
        Located? id = f.Id("id");
        string? name = f.Text("title", required: true);
        int? kind = f.Word<SourceKind>("kind", required: true);
        EquatableArray<Located> aliases = f.Aliases("aliases");
        string? publisher = f.Text("publisher");
        int? published = f.Date("published");
        string? language = f.Matching("language", s_languagePattern, "a BCP 47 language tag such as 'en' or 'ar'");
        string? url = f.Url("url");
        int? accessed = f.Date("accessed");
        string? archiveUrl = f.Url("archive-url");
        Located? document = f.LocatedText("document");
        EquatableArray<ExcludedPassageSpec> excluded = f.List("excluded", "a list of { quote, reason } entries", item => ReadExcludedPassage(item, "an excluded passage", f));
        EquatableArray<Located> uncertain = f.ValueKeys("uncertain");
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        return new SourceSpec(
            id,
            name ?? id.Value,
            kind ?? (int)SourceKind.Article,
            aliases,
            publisher,
            published,
            language,
            url,
            accessed,
            archiveUrl,
            document,
            excluded,
            uncertain,
            notes);
    }

    /// <summary>Reads an actor; null when it has no valid id.</summary>
    private ActorSpec? ReadActor(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "an actor", null, "actor", SchemaKeys.Actor);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<ActorKind>("kind", required: true);
        EquatableArray<Located> aliases = f.Aliases("aliases");
        EquatableArray<ScopedAliasSpec> scopedAliases = f.List("scoped-aliases", "a list of { name, source } entries", item => ReadScopedAlias(item, "a scoped alias", f));
        string? country = f.Matching("country", s_countryPattern, "an ISO 3166-1 alpha-2 code in capitals, such as 'LY'");
        Located? partOf = f.Reference("part-of");
        EquatableArray<AlignmentSpec> alignedWith = f.List("aligned-with", "a list of { actor, from, until, notes } entries", item => ReadAlignment(item, "an alignment", f));
        int? activeFrom = f.Date("active-from");
        int? activeUntil = f.Date("active-until");
        CheckOrder(mapping, activeFrom, activeUntil, "active-until", "active-from");
        ExternalIdsSpec? externalIds = f.Struct("external-ids", "a mapping { wikidata, acled, ucdp }", item => ReadExternalIds(item, "'external-ids'", f, SchemaKeys.ActorExternalIds));
        EquatableArray<CitationSpec> citations = f.List("sources", "a list of { source, quote, claim, supports } entries", item => ReadCitation(item, "a citation", f));
        EquatableArray<Located> uncertain = f.ValueKeys("uncertain");
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        RecordProvenance(f, SchemaValues.ActorProvenance, citations, uncertain);
        return new ActorSpec(
            id,
            name ?? id.Value,
            kind ?? (int)ActorKind.State,
            aliases,
            scopedAliases,
            country,
            partOf,
            alignedWith,
            activeFrom,
            activeUntil,
            externalIds,
            citations,
            uncertain,
            notes);
    }

    /// <summary>Reads a place; null when it has no valid id.</summary>
    private PlaceSpec? ReadPlace(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "a place", null, "place", SchemaKeys.Place);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<PlaceKind>("kind", required: true);
        EquatableArray<Located> aliases = f.Aliases("aliases");
        EquatableArray<ScopedAliasSpec> scopedAliases = f.List("scoped-aliases", "a list of { name, source } entries", item => ReadScopedAlias(item, "a scoped alias", f));
        GeoPointSpec? location = f.Struct("location", "a mapping { lat, lon }", item => ReadGeoPoint(item, "'location'", f));
        int? geoPrecision = f.Word<GeoPrecision>("geo-precision");
        Located? within = f.Reference("within");
        string? country = f.Matching("country", s_countryPattern, "an ISO 3166-1 alpha-2 code in capitals, such as 'LY'");
        ExternalIdsSpec? externalIds = f.Struct("external-ids", "a mapping { geonames, wikidata, osm, icao }", item => ReadExternalIds(item, "'external-ids'", f, SchemaKeys.PlaceExternalIds));
        EquatableArray<CitationSpec> citations = f.List("sources", "a list of { source, quote, claim, supports } entries", item => ReadCitation(item, "a citation", f));
        EquatableArray<Located> uncertain = f.ValueKeys("uncertain");
        string? notes = f.Text("notes");
        f.RequireTogether("location", "geo-precision");
        if (id is null)
        {
            return null;
        }
        RecordProvenance(f, SchemaValues.PlaceProvenance, citations, uncertain);
        return new PlaceSpec(
            id,
            name ?? id.Value,
            kind ?? (int)PlaceKind.Country,
            aliases,
            scopedAliases,
            location,
            geoPrecision,
            within,
            country,
            externalIds,
            citations,
            uncertain,
            notes);
    }

    /// <summary>Reads an event; null when it has no valid id.</summary>
    private EventSpec? ReadEvent(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "an event", null, "event", SchemaKeys.Event);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<EventKind>("kind", required: true);
        int? date = f.Date("date", required: true);
        int? endDate = f.Date("end-date");
        CheckOrder(mapping, date, endDate, "end-date", "date");
        int? timePrecision = f.Word<TimePrecision>("time-precision", required: true);
        int? clarity = f.Word<EventClarity>("clarity");
        Located? place = f.Reference("place");
        int? geoPrecision = f.Word<GeoPrecision>("geo-precision");
        EquatableArray<ParticipantSpec> participants = f.List("participants", "a list of { actor, role } entries", item => ReadParticipant(item, "a participant", f));
        Located? claimedBy = f.Reference("claimed-by");
        string? group = f.Tag("group");
        CasualtiesSpec? fatalities = f.Struct("fatalities", "a mapping { low, best, high, sides }", item => ReadCasualties(item, "'fatalities'", f));
        CasualtiesSpec? wounded = f.Struct("wounded", "a mapping { low, best, high, sides }", item => ReadCasualties(item, "'wounded'", f));
        EquatableArray<MaterielSpec> materiel = f.List("materiel", "a list of { item, count, outcome, actor } entries", item => ReadMateriel(item, "materiel", f));
        EquatableArray<ReportedCountSpec> counts = f.List("counts", "a list of { of, low, best, high, scope } entries", item => ReadReportedCount(item, "a count", f));
        string? summary = f.Text("summary");
        EquatableArray<string> tags = f.Tags("tags");
        EquatableArray<CitationSpec> citations = f.List("sources", "a list of { source, quote, claim, supports } entries", item => ReadCitation(item, "a citation", f), required: true);
        EquatableArray<Located> aliases = f.Aliases("aliases");
        EquatableArray<Located> uncertain = f.ValueKeys("uncertain");
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        RecordProvenance(f, SchemaValues.EventProvenance, citations, uncertain);
        return new EventSpec(
            id,
            name ?? id.Value,
            kind ?? (int)EventKind.ArmedClash,
            date ?? 0,
            endDate,
            timePrecision ?? (int)TimePrecision.Day,
            clarity,
            place,
            geoPrecision,
            participants,
            claimedBy,
            group,
            fatalities,
            wounded,
            materiel,
            counts,
            summary,
            tags,
            citations,
            aliases,
            uncertain,
            notes);
    }

    /// <summary>Reads a retirement; null when a required value is missing or invalid.</summary>
    private RetirementSpec? ReadRetirement(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "a retirement", null, null, SchemaKeys.Retirement);
        Located? actor = f.Id("actor", required: false);
        Located? place = f.Id("place", required: false);
        Located? eventValue = f.Id("event", required: false);
        Located? source = f.Id("source", required: false);
        Located? replacedBy = f.Id("replaced-by", required: false);
        Located? mergedInto = f.Id("merged-into", required: false);
        string? since = f.Text("since", required: true);
        string? reason = f.Text("reason", required: true);
        string? name = f.Text("name");
        if (since is null || reason is null)
        {
            return null;
        }
        return new RetirementSpec(actor, place, eventValue, source, replacedBy, mergedInto, since, reason, name);
    }

    /// <summary>Reads an extension; null when a required value is missing or invalid.</summary>
    private ExtensionSpec? ReadExtension(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "an extension", null, null, SchemaKeys.Extension);
        Located? actor = f.Reference("actor");
        Located? place = f.Reference("place");
        Located? source = f.Reference("source");
        EquatableArray<Located> aliases = f.Aliases("aliases");
        string? notes = f.Text("notes");
        return new ExtensionSpec(actor, place, source, aliases, notes);
    }

    /// <summary>Reads a citation; null when a required value is missing or invalid.</summary>
    private CitationSpec? ReadCitation(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.Citation);
        Located? source = f.Reference("source", required: true);
        Located? quote = f.LocatedText("quote");
        string? claim = f.Text("claim");
        EquatableArray<Located> supports = f.ValueKeys("supports");
        if (!f.ExactlyOne("'quote' for the exact words of a source with a local document (checked against it), 'claim' for what a source says in the curator's words", "quote", "claim"))
        {
            return null;
        }
        if (source is null)
        {
            return null;
        }
        return new CitationSpec(source, quote, claim, supports);
    }

    /// <summary>Reads an excluded passage; null when a required value is missing or invalid.</summary>
    private ExcludedPassageSpec? ReadExcludedPassage(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.ExcludedPassage);
        Located? quote = f.LocatedText("quote", required: true);
        string? reason = f.Text("reason", required: true);
        if (quote is null || reason is null)
        {
            return null;
        }
        return new ExcludedPassageSpec(quote, reason);
    }

    /// <summary>Reads an alignment; null when a required value is missing or invalid.</summary>
    private AlignmentSpec? ReadAlignment(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.Alignment);
        Located? actor = f.Reference("actor", required: true);
        int? from = f.Date("from");
        int? until = f.Date("until");
        CheckOrder(mapping, from, until, "until", "from");
        string? notes = f.Text("notes");
        if (actor is null)
        {
            return null;
        }
        return new AlignmentSpec(actor, from, until, notes);
    }

    /// <summary>Reads the location; null when a required value is missing or invalid.</summary>
    private GeoPointSpec? ReadGeoPoint(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.GeoPoint);
        double? latitude = f.Coordinate("lat", 90, "latitude");
        double? longitude = f.Coordinate("lon", 180, "longitude");
        if (latitude is null || longitude is null)
        {
            return null;
        }
        return new GeoPointSpec(latitude.Value, longitude.Value);
    }

    /// <summary>Reads 'external-ids'; null when a required value is missing or invalid.</summary>
    private ExternalIdsSpec? ReadExternalIds(YamlMapping mapping, string description, Fields parent, string[] keys)
    {
        var f = new Fields(this, mapping, description, parent, null, keys);
        string? wikidata = System.Array.IndexOf(keys, "wikidata") >= 0 ? f.Matching("wikidata", s_wikidataPattern, "a Wikidata item such as 'Q3579'") : null;
        string? geoNames = System.Array.IndexOf(keys, "geonames") >= 0 ? f.Matching("geonames", s_digitsPattern, "a GeoNames id (digits)") : null;
        string? acled = System.Array.IndexOf(keys, "acled") >= 0 ? f.Text("acled") : null;
        string? ucdp = System.Array.IndexOf(keys, "ucdp") >= 0 ? f.Matching("ucdp", s_digitsPattern, "a UCDP actor id (digits)") : null;
        string? osm = System.Array.IndexOf(keys, "osm") >= 0 ? f.Matching("osm", s_osmPattern, "an OpenStreetMap element such as 'node/123'") : null;
        string? icao = System.Array.IndexOf(keys, "icao") >= 0 ? f.Matching("icao", s_icaoPattern, "a four-character ICAO location indicator such as 'HL77'") : null;
        return new ExternalIdsSpec(wikidata, geoNames, acled, ucdp, osm, icao);
    }

    /// <summary>Reads a scoped alias; null when a required value is missing or invalid.</summary>
    private ScopedAliasSpec? ReadScopedAlias(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.ScopedAlias);
        string? name = f.Text("name", required: true);
        Located? source = f.Reference("source", required: true);
        if (name is null || source is null)
        {
            return null;
        }
        return new ScopedAliasSpec(name, source);
    }

    /// <summary>Reads a participant; null when a required value is missing or invalid.</summary>
    private ParticipantSpec? ReadParticipant(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.Participant);
        Located? actor = f.Reference("actor", required: true);
        int? role = f.Word<ParticipantRole>("role", required: true);
        if (actor is null || role is null)
        {
            return null;
        }
        return new ParticipantSpec(actor, role.Value);
    }

    /// <summary>Reads casualties; null when a required value is missing or invalid.</summary>
    private CasualtiesSpec? ReadCasualties(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.Casualties);
        int? low = f.Count("low");
        int? best = f.Count("best");
        int? high = f.Count("high");
        CheckRange(mapping, low, best, high);
        EquatableArray<SideCasualtiesSpec> sides = f.List("sides", "a list of { actor, low, best, high } entries", item => ReadSideCasualties(item, "a side", f));
        return new CasualtiesSpec(low, best, high, sides);
    }

    /// <summary>Reads a side; null when a required value is missing or invalid.</summary>
    private SideCasualtiesSpec? ReadSideCasualties(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.SideCasualties);
        Located? actor = f.Reference("actor", required: true);
        int? low = f.Count("low");
        int? best = f.Count("best");
        int? high = f.Count("high");
        CheckRange(mapping, low, best, high);
        if (actor is null)
        {
            return null;
        }
        return new SideCasualtiesSpec(actor, low, best, high);
    }

    /// <summary>Reads a count; null when a required value is missing or invalid.</summary>
    private ReportedCountSpec? ReadReportedCount(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.ReportedCount);
        string? what = f.Text("of", required: true);
        int? low = f.Count("low");
        int? best = f.Count("best");
        int? high = f.Count("high");
        CheckRange(mapping, low, best, high);
        int? scope = f.Word<CountScope>("scope");
        if (what is null)
        {
            return null;
        }
        return new ReportedCountSpec(what, low, best, high, scope);
    }

    /// <summary>Reads materiel; null when a required value is missing or invalid.</summary>
    private MaterielSpec? ReadMateriel(YamlMapping mapping, string description, Fields parent)
    {
        var f = new Fields(this, mapping, description, parent, null, SchemaKeys.Materiel);
        string? itemValue = f.Text("item", required: true);
        int? count = f.Count("count");
        int? outcome = f.Word<MaterielOutcome>("outcome", required: true);
        Located? ownerValue = f.Reference("actor");
        if (itemValue is null || outcome is null)
        {
            return null;
        }
        return new MaterielSpec(itemValue, count, outcome.Value, ownerValue);
    }
}
