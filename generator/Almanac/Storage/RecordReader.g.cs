// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac.Storage;

/// <summary>Decodes the records of the compiled format into the runtime's entities and values.</summary>
internal static class RecordReader
{
    /// <summary>Reads a source record.</summary>
    public static Source ReadSource(DatasetStore store, int index, ref DataReader r)
    {
        string? id = null;
        string? name = null;
        SourceKind? kind = null;
        IReadOnlyList<string> aliases = Array.Empty<string>();
        string? publisher = null;
        DateOnly? published = null;
        string? language = null;
        Uri? url = null;
        DateOnly? accessed = null;
        Uri? archiveUrl = null;
        string? document = null;
        IReadOnlyList<ExcludedPassage> excluded = Array.Empty<ExcludedPassage>();
        IReadOnlyList<string> uncertain = Array.Empty<string>();
        string? notes = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    id = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    name = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    kind = (SourceKind)r.ReadUInt16();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    aliases = items;
                    break;
                }
                case (5 << DataFormat.FieldShift) | DataFormat.WireString:
                    publisher = r.ReadRequiredString();
                    break;
                case (6 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    published = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (7 << DataFormat.FieldShift) | DataFormat.WireString:
                    language = r.ReadRequiredString();
                    break;
                case (8 << DataFormat.FieldShift) | DataFormat.WireString:
                    url = new Uri(r.ReadRequiredString(), UriKind.Absolute);
                    break;
                case (12 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    accessed = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (13 << DataFormat.FieldShift) | DataFormat.WireString:
                    archiveUrl = new Uri(r.ReadRequiredString(), UriKind.Absolute);
                    break;
                case (9 << DataFormat.FieldShift) | DataFormat.WireString:
                    document = r.ReadRequiredString();
                    break;
                case (10 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new ExcludedPassage[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadExcludedPassage(store, ref r);
                    }
                    excluded = items;
                    break;
                }
                case (14 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    uncertain = items;
                    break;
                }
                case (11 << DataFormat.FieldShift) | DataFormat.WireString:
                    notes = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Source(
            store,
            index,
            id ?? throw DataReader.Corrupt(),
            name ?? throw DataReader.Corrupt(),
            kind ?? throw DataReader.Corrupt(),
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

    /// <summary>Reads an actor record.</summary>
    public static Actor ReadActor(DatasetStore store, int index, ref DataReader r)
    {
        string? id = null;
        string? name = null;
        ActorKind? kind = null;
        IReadOnlyList<string> aliases = Array.Empty<string>();
        IReadOnlyList<ScopedAlias> scopedAliases = Array.Empty<ScopedAlias>();
        string? country = null;
        int partOf = DataFormat.None;
        IReadOnlyList<Alignment> alignedWith = Array.Empty<Alignment>();
        DateOnly? activeFrom = null;
        DateOnly? activeUntil = null;
        ExternalIds? externalIds = null;
        IReadOnlyList<Citation> citations = Array.Empty<Citation>();
        IReadOnlyList<string> uncertain = Array.Empty<string>();
        string? notes = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    id = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    name = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    kind = (ActorKind)r.ReadUInt16();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    aliases = items;
                    break;
                }
                case (14 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new ScopedAlias[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadScopedAlias(store, ref r);
                    }
                    scopedAliases = items;
                    break;
                }
                case (5 << DataFormat.FieldShift) | DataFormat.WireString:
                    country = r.ReadRequiredString();
                    break;
                case (6 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    partOf = r.ReadInt32();
                    break;
                case (7 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Alignment[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadAlignment(store, ref r);
                    }
                    alignedWith = items;
                    break;
                }
                case (8 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    activeFrom = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (9 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    activeUntil = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (10 << DataFormat.FieldShift) | DataFormat.WireNested:
                    externalIds = ReadExternalIds(store, ref r);
                    break;
                case (11 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Citation[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadCitation(store, ref r);
                    }
                    citations = items;
                    break;
                }
                case (13 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    uncertain = items;
                    break;
                }
                case (12 << DataFormat.FieldShift) | DataFormat.WireString:
                    notes = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Actor(
            store,
            index,
            id ?? throw DataReader.Corrupt(),
            name ?? throw DataReader.Corrupt(),
            kind ?? throw DataReader.Corrupt(),
            aliases,
            scopedAliases,
            country,
            partOf,
            alignedWith,
            activeFrom,
            activeUntil,
            externalIds ?? ExternalIds.None,
            citations,
            uncertain,
            notes);
    }

    /// <summary>Reads a place record.</summary>
    public static Place ReadPlace(DatasetStore store, int index, ref DataReader r)
    {
        string? id = null;
        string? name = null;
        PlaceKind? kind = null;
        IReadOnlyList<string> aliases = Array.Empty<string>();
        IReadOnlyList<ScopedAlias> scopedAliases = Array.Empty<ScopedAlias>();
        GeoPoint? location = null;
        GeoPrecision? geoPrecision = null;
        int within = DataFormat.None;
        string? country = null;
        ExternalIds? externalIds = null;
        IReadOnlyList<Citation> citations = Array.Empty<Citation>();
        IReadOnlyList<string> uncertain = Array.Empty<string>();
        string? notes = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    id = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    name = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    kind = (PlaceKind)r.ReadUInt16();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    aliases = items;
                    break;
                }
                case (13 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new ScopedAlias[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadScopedAlias(store, ref r);
                    }
                    scopedAliases = items;
                    break;
                }
                case (5 << DataFormat.FieldShift) | DataFormat.WireNested:
                    location = ReadGeoPoint(store, ref r);
                    break;
                case (6 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    geoPrecision = (GeoPrecision)r.ReadUInt16();
                    break;
                case (7 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    within = r.ReadInt32();
                    break;
                case (8 << DataFormat.FieldShift) | DataFormat.WireString:
                    country = r.ReadRequiredString();
                    break;
                case (9 << DataFormat.FieldShift) | DataFormat.WireNested:
                    externalIds = ReadExternalIds(store, ref r);
                    break;
                case (10 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Citation[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadCitation(store, ref r);
                    }
                    citations = items;
                    break;
                }
                case (12 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    uncertain = items;
                    break;
                }
                case (11 << DataFormat.FieldShift) | DataFormat.WireString:
                    notes = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Place(
            store,
            index,
            id ?? throw DataReader.Corrupt(),
            name ?? throw DataReader.Corrupt(),
            kind ?? throw DataReader.Corrupt(),
            aliases,
            scopedAliases,
            location,
            geoPrecision,
            within,
            country,
            externalIds ?? ExternalIds.None,
            citations,
            uncertain,
            notes);
    }

    /// <summary>Reads an event record.</summary>
    public static Event ReadEvent(DatasetStore store, int index, ref DataReader r)
    {
        string? id = null;
        EventKind? kind = null;
        DateOnly? date = null;
        DateOnly? endDate = null;
        TimePrecision? timePrecision = null;
        EventClarity? clarity = null;
        int place = DataFormat.None;
        GeoPrecision? geoPrecision = null;
        IReadOnlyList<Participant> participants = Array.Empty<Participant>();
        int claimedBy = DataFormat.None;
        string? group = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    id = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    kind = (EventKind)r.ReadUInt16();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    date = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (5 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    endDate = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (6 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    timePrecision = (TimePrecision)r.ReadUInt16();
                    break;
                case (20 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    clarity = (EventClarity)r.ReadUInt16();
                    break;
                case (7 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    place = r.ReadInt32();
                    break;
                case (8 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    geoPrecision = (GeoPrecision)r.ReadUInt16();
                    break;
                case (9 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Participant[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadParticipant(store, ref r);
                    }
                    participants = items;
                    break;
                }
                case (10 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    claimedBy = r.ReadInt32();
                    break;
                case (21 << DataFormat.FieldShift) | DataFormat.WireString:
                    group = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Event(
            store,
            index,
            id,
            kind ?? throw DataReader.Corrupt(),
            date ?? throw DataReader.Corrupt(),
            endDate,
            timePrecision ?? throw DataReader.Corrupt(),
            clarity ?? EventClarity.Clear,
            place,
            geoPrecision,
            participants,
            claimedBy,
            group);
    }

    /// <summary>Reads an event's detail record.</summary>
    public static EventDetails ReadEventDetails(DatasetStore store, ref DataReader r)
    {
        string? name = null;
        Casualties? fatalities = null;
        Casualties? wounded = null;
        IReadOnlyList<Materiel> materiel = Array.Empty<Materiel>();
        IReadOnlyList<ReportedCount> counts = Array.Empty<ReportedCount>();
        string? summary = null;
        IReadOnlyList<string> tags = Array.Empty<string>();
        IReadOnlyList<Citation> citations = Array.Empty<Citation>();
        IReadOnlyList<string> aliases = Array.Empty<string>();
        IReadOnlyList<string> uncertain = Array.Empty<string>();
        string? notes = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    name = r.ReadRequiredString();
                    break;
                case (11 << DataFormat.FieldShift) | DataFormat.WireNested:
                    fatalities = ReadCasualties(store, ref r);
                    break;
                case (12 << DataFormat.FieldShift) | DataFormat.WireNested:
                    wounded = ReadCasualties(store, ref r);
                    break;
                case (13 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Materiel[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadMateriel(store, ref r);
                    }
                    materiel = items;
                    break;
                }
                case (22 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new ReportedCount[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadReportedCount(store, ref r);
                    }
                    counts = items;
                    break;
                }
                case (14 << DataFormat.FieldShift) | DataFormat.WireString:
                    summary = r.ReadRequiredString();
                    break;
                case (15 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    tags = items;
                    break;
                }
                case (16 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new Citation[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadCitation(store, ref r);
                    }
                    citations = items;
                    break;
                }
                case (17 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    aliases = items;
                    break;
                }
                case (19 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    uncertain = items;
                    break;
                }
                case (18 << DataFormat.FieldShift) | DataFormat.WireString:
                    notes = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new EventDetails(
            name ?? throw DataReader.Corrupt(),
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

    /// <summary>Reads a citation record.</summary>
    public static Citation ReadCitation(DatasetStore store, ref DataReader r)
    {
        Source? source = null;
        string? quote = null;
        string? claim = null;
        IReadOnlyList<string> supports = Array.Empty<string>();
        int? paragraph = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    source = store.Sources.At(r.ReadInt32());
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    quote = r.ReadRequiredString();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireString:
                    claim = r.ReadRequiredString();
                    break;
                case (5 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new string[r.ReadListCount(DataFormat.WireString)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = r.ReadRequiredString();
                    }
                    supports = items;
                    break;
                }
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    paragraph = r.ReadInt32();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Citation(source ?? throw DataReader.Corrupt(), quote, claim, supports, paragraph);
    }

    /// <summary>Reads an excluded passage record.</summary>
    public static ExcludedPassage ReadExcludedPassage(DatasetStore store, ref DataReader r)
    {
        string? quote = null;
        int? paragraph = null;
        string? reason = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    quote = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    paragraph = r.ReadInt32();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    reason = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new ExcludedPassage(quote ?? throw DataReader.Corrupt(), paragraph, reason ?? throw DataReader.Corrupt());
    }

    /// <summary>Reads an alignment record.</summary>
    public static Alignment ReadAlignment(DatasetStore store, ref DataReader r)
    {
        int actor = DataFormat.None;
        DateOnly? from = null;
        DateOnly? until = null;
        string? notes = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    actor = r.ReadInt32();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    from = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    until = DateOnly.FromDayNumber(r.ReadInt32());
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireString:
                    notes = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Alignment(store, actor, from, until, notes);
    }

    /// <summary>Reads the location record.</summary>
    public static GeoPoint ReadGeoPoint(DatasetStore store, ref DataReader r)
    {
        double? latitude = null;
        double? longitude = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireDouble:
                    latitude = r.ReadDouble();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireDouble:
                    longitude = r.ReadDouble();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new GeoPoint(latitude ?? throw DataReader.Corrupt(), longitude ?? throw DataReader.Corrupt());
    }

    /// <summary>Reads 'external-ids' record.</summary>
    public static ExternalIds ReadExternalIds(DatasetStore store, ref DataReader r)
    {
        string? wikidata = null;
        string? geoNames = null;
        string? acled = null;
        string? ucdp = null;
        string? osm = null;
        string? icao = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    wikidata = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireString:
                    geoNames = r.ReadRequiredString();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireString:
                    acled = r.ReadRequiredString();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireString:
                    ucdp = r.ReadRequiredString();
                    break;
                case (5 << DataFormat.FieldShift) | DataFormat.WireString:
                    osm = r.ReadRequiredString();
                    break;
                case (6 << DataFormat.FieldShift) | DataFormat.WireString:
                    icao = r.ReadRequiredString();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new ExternalIds(wikidata, geoNames, acled, ucdp, osm, icao);
    }

    /// <summary>Reads a scoped alias record.</summary>
    public static ScopedAlias ReadScopedAlias(DatasetStore store, ref DataReader r)
    {
        string? name = null;
        Source? source = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    name = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    source = store.Sources.At(r.ReadInt32());
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new ScopedAlias(name ?? throw DataReader.Corrupt(), source ?? throw DataReader.Corrupt());
    }

    /// <summary>Reads a participant record.</summary>
    public static Participant ReadParticipant(DatasetStore store, ref DataReader r)
    {
        Actor? actor = null;
        ParticipantRole? role = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    actor = store.Actors.At(r.ReadInt32());
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    role = (ParticipantRole)r.ReadUInt16();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Participant(actor ?? throw DataReader.Corrupt(), role ?? throw DataReader.Corrupt());
    }

    /// <summary>Reads casualties record.</summary>
    public static Casualties ReadCasualties(DatasetStore store, ref DataReader r)
    {
        int? low = null;
        int? best = null;
        int? high = null;
        IReadOnlyList<SideCasualties> sides = Array.Empty<SideCasualties>();
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    low = r.ReadInt32();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    best = r.ReadInt32();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    high = r.ReadInt32();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireList:
                {
                    var items = new SideCasualties[r.ReadListCount(DataFormat.WireNested)];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ReadSideCasualties(store, ref r);
                    }
                    sides = items;
                    break;
                }
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Casualties(low, best, high, sides);
    }

    /// <summary>Reads a side record.</summary>
    public static SideCasualties ReadSideCasualties(DatasetStore store, ref DataReader r)
    {
        Actor? actor = null;
        int? low = null;
        int? best = null;
        int? high = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    actor = store.Actors.At(r.ReadInt32());
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    low = r.ReadInt32();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    best = r.ReadInt32();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    high = r.ReadInt32();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new SideCasualties(actor ?? throw DataReader.Corrupt(), low, best, high);
    }

    /// <summary>Reads a count record.</summary>
    public static ReportedCount ReadReportedCount(DatasetStore store, ref DataReader r)
    {
        string? what = null;
        int? low = null;
        int? best = null;
        int? high = null;
        CountScope? scope = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    what = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    low = r.ReadInt32();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    best = r.ReadInt32();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    high = r.ReadInt32();
                    break;
                case (5 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    scope = (CountScope)r.ReadUInt16();
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new ReportedCount(what ?? throw DataReader.Corrupt(), low, best, high, scope ?? CountScope.Event);
    }

    /// <summary>Reads materiel record.</summary>
    public static Materiel ReadMateriel(DatasetStore store, ref DataReader r)
    {
        string? itemValue = null;
        int? count = null;
        MaterielOutcome? outcome = null;
        Actor? ownerValue = null;
        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())
        {
            switch (header)
            {
                case (1 << DataFormat.FieldShift) | DataFormat.WireString:
                    itemValue = r.ReadRequiredString();
                    break;
                case (2 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    count = r.ReadInt32();
                    break;
                case (3 << DataFormat.FieldShift) | DataFormat.WireSmall:
                    outcome = (MaterielOutcome)r.ReadUInt16();
                    break;
                case (4 << DataFormat.FieldShift) | DataFormat.WireInt32:
                    ownerValue = store.Actors.At(r.ReadInt32());
                    break;
                default:
                    r.Skip(header);
                    break;
            }
        }
        return new Materiel(itemValue ?? throw DataReader.Corrupt(), count, outcome ?? throw DataReader.Corrupt(), ownerValue);
    }
}
