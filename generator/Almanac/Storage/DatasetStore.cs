using System;
using System.Collections.Generic;

namespace Almanac.Storage;

/// <summary>
/// A compiled dataset: the data string written by Almanac.Generator, read lazily. Creating a store reads
/// only the header; an entity is decoded the first time it is asked for, and the indexes (ids, aliases,
/// actors, places, dates) were computed at build time and are read in place.
/// </summary>
/// <remarks>Generated dataset classes create one store each; user code reaches it through the generated
/// <c>Actors</c>, <c>Places</c>, <c>Sources</c> and <c>Events</c> classes.</remarks>
public sealed class DatasetStore
{
    private const int HeaderCounts = 4;
    private readonly string _data;
    private readonly int[] _sections;

    private DatasetStore(string data)
    {
        _data = data;
        const int headerLength = 4 + 2 * (HeaderCounts + (int)DataFormat.Section.Count + 1);
        if (data.Length < headerLength || !data.StartsWith(DataFormat.Magic, StringComparison.Ordinal))
        {
            throw DataReader.Corrupt();
        }
        if (data[3] != DataFormat.Version)
        {
            throw new InvalidOperationException(
                $"The compiled dataset uses data format {(int)data[3]} but this Almanac runtime reads format {DataFormat.Version}; use the Almanac package of the same version as the Almanac.Generator that built the dataset.");
        }
        var reader = new DataReader(data, 4);
        int sourceCount = reader.ReadInt32();
        int actorCount = reader.ReadInt32();
        int placeCount = reader.ReadInt32();
        int eventCount = reader.ReadInt32();
        _sections = new int[(int)DataFormat.Section.Count];
        for (int i = 0; i < _sections.Length; i++)
        {
            _sections[i] = reader.ReadInt32();
        }
        MaxEventSpanDays = reader.ReadInt32();

        Sources = new EntityCollection<Source>(this, sourceCount, -1, Section(DataFormat.Section.SourceAliases), "source", DecodeSource);
        Actors = new EntityCollection<Actor>(this, actorCount, -1, Section(DataFormat.Section.ActorAliases), "actor", DecodeActor);
        Places = new EntityCollection<Place>(this, placeCount, -1, Section(DataFormat.Section.PlaceAliases), "place", DecodePlace);
        Events = new EventCollection(this, eventCount, Section(DataFormat.Section.EventIdOrder), Section(DataFormat.Section.EventAliases), DecodeEvent);
    }

    /// <summary>Opens the compiled data string <paramref name="data"/>.</summary>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static DatasetStore Open(string data) => new(data ?? throw new ArgumentNullException(nameof(data)));

    /// <summary>The sources, ordered by id.</summary>
    public EntityCollection<Source> Sources { get; }

    /// <summary>The actors, ordered by id.</summary>
    public EntityCollection<Actor> Actors { get; }

    /// <summary>The places, ordered by id.</summary>
    public EntityCollection<Place> Places { get; }

    /// <summary>The events, ordered by date, then id, with their queries.</summary>
    public EventCollection Events { get; }

    internal int MaxEventSpanDays { get; }

    internal int Section(DataFormat.Section section) => _sections[(int)section];

    internal int Int32At(int position) => DataReader.Int32At(_data, position);

    /// <summary>The offset of the record of entity <paramref name="index"/> of the collection.</summary>
    private int RecordOffset<T>(EntityCollection<T> collection, int index) where T : Entity
    {
        DataFormat.Section section = collection switch
        {
            EntityCollection<Source> => DataFormat.Section.SourceOffsets,
            EntityCollection<Actor> => DataFormat.Section.ActorOffsets,
            EntityCollection<Place> => DataFormat.Section.PlaceOffsets,
            _ => DataFormat.Section.EventOffsets,
        };
        return Int32At(Section(section) + 2 * index);
    }

    /// <summary>The id of entity <paramref name="index"/>: every record starts with its id.</summary>
    internal string IdOf<T>(EntityCollection<T> collection, int index) where T : Entity =>
        new DataReader(_data, RecordOffset(collection, index)).ReadRequiredString();

    private ReadOnlySpan<char> IdSpanOf<T>(EntityCollection<T> collection, int index) where T : Entity
    {
        int offset = RecordOffset(collection, index);
        return _data.AsSpan(offset + 2, Int32At(offset));
    }

    /// <summary>Binary search of an id. <paramref name="idOrder"/> is the section holding the id order, or -1 when the collection is ordered by id.</summary>
    internal int SearchIds<T>(EntityCollection<T> collection, int idOrder, string id) where T : Entity
    {
        int low = 0, high = collection.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int index = idOrder < 0 ? mid : Int32At(idOrder + 2 * mid);
            int comparison = IdSpanOf(collection, index).SequenceCompareTo(id.AsSpan());
            if (comparison == 0)
            {
                return index;
            }
            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>Binary search of an alias key in an alias table; returns the entity index or -1.</summary>
    internal int SearchAliases(int table, string key)
    {
        int count = Int32At(table);
        int entries = table + 2;
        int low = 0, high = count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int keyOffset = Int32At(entries + 4 * mid);
            var candidate = _data.AsSpan(keyOffset + 2, Int32At(keyOffset));
            int comparison = candidate.SequenceCompareTo(key.AsSpan());
            if (comparison == 0)
            {
                return Int32At(entries + 4 * mid + 2);
            }
            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>The event list stored for entity <paramref name="index"/> in a per-entity list section.</summary>
    internal EventList EventListAt(DataFormat.Section section, int index)
    {
        int list = Int32At(Section(section) + 2 * index);
        return new EventList(Events, _data, list + 2, Int32At(list));
    }

    private Source DecodeSource(int index)
    {
        var r = new DataReader(_data, RecordOffset(Sources, index));
        string id = r.ReadRequiredString();
        string name = r.ReadRequiredString();
        var kind = (SourceKind)r.ReadUInt16();
        IReadOnlyList<string> aliases = r.ReadStringList();
        string? publisher = r.ReadString();
        DateOnly? published = r.ReadDate();
        string? language = r.ReadString();
        string? url = r.ReadString();
        string? document = r.ReadString();
        int excludedCount = r.ReadInt32();
        var excluded = excludedCount == 0 ? Array.Empty<ExcludedPassage>() : new ExcludedPassage[excludedCount];
        for (int i = 0; i < excludedCount; i++)
        {
            excluded[i] = new ExcludedPassage(r.ReadRequiredString(), r.ReadOptionalInt32(), r.ReadRequiredString());
        }
        string? notes = r.ReadString();
        return new Source(this, index, id, name, aliases, notes, kind, publisher, published, language,
            url is null ? null : new Uri(url, UriKind.Absolute), document, excluded);
    }

    private Actor DecodeActor(int index)
    {
        var r = new DataReader(_data, RecordOffset(Actors, index));
        string id = r.ReadRequiredString();
        string name = r.ReadRequiredString();
        var kind = (ActorKind)r.ReadUInt16();
        IReadOnlyList<string> aliases = r.ReadStringList();
        string? country = r.ReadString();
        int partOf = r.ReadInt32();
        int alignmentCount = r.ReadInt32();
        var alignments = alignmentCount == 0 ? Array.Empty<Alignment>() : new Alignment[alignmentCount];
        for (int i = 0; i < alignmentCount; i++)
        {
            int actor = r.ReadInt32();
            alignments[i] = new Alignment(Actors[actor], r.ReadDate(), r.ReadDate(), r.ReadString());
        }
        DateOnly? activeFrom = r.ReadDate();
        DateOnly? activeUntil = r.ReadDate();
        ExternalIds externalIds = ReadExternalIds(ref r);
        IReadOnlyList<Citation> citations = ReadCitations(ref r);
        string? notes = r.ReadString();
        return new Actor(this, index, id, name, aliases, citations, notes, kind, country, partOf, alignments, activeFrom, activeUntil, externalIds);
    }

    private Place DecodePlace(int index)
    {
        var r = new DataReader(_data, RecordOffset(Places, index));
        string id = r.ReadRequiredString();
        string name = r.ReadRequiredString();
        var kind = (PlaceKind)r.ReadUInt16();
        IReadOnlyList<string> aliases = r.ReadStringList();
        GeoPoint? location = null;
        GeoPrecision? precision = null;
        if (r.ReadUInt16() != 0)
        {
            location = new GeoPoint(r.ReadDouble(), r.ReadDouble());
            precision = (GeoPrecision)r.ReadUInt16();
        }
        int within = r.ReadInt32();
        string? country = r.ReadString();
        ExternalIds externalIds = ReadExternalIds(ref r);
        IReadOnlyList<Citation> citations = ReadCitations(ref r);
        string? notes = r.ReadString();
        return new Place(this, index, id, name, aliases, citations, notes, kind, location, precision, within, country, externalIds);
    }

    private Event DecodeEvent(int index)
    {
        var r = new DataReader(_data, RecordOffset(Events, index));
        string id = r.ReadRequiredString();
        string name = r.ReadRequiredString();
        var kind = (EventKind)r.ReadUInt16();
        IReadOnlyList<string> aliases = r.ReadStringList();
        DateOnly date = r.ReadDate() ?? throw DataReader.Corrupt();
        DateOnly? endDate = r.ReadDate();
        var timePrecision = (TimePrecision)r.ReadUInt16();
        int place = r.ReadInt32();
        int geoPrecision = r.ReadUInt16();
        int participantCount = r.ReadInt32();
        var participants = participantCount == 0 ? Array.Empty<Participant>() : new Participant[participantCount];
        for (int i = 0; i < participantCount; i++)
        {
            int actor = r.ReadInt32();
            participants[i] = new Participant(Actors[actor], (ParticipantRole)r.ReadUInt16());
        }
        int claimedBy = r.ReadInt32();
        Casualties? fatalities = ReadCasualties(ref r);
        Casualties? wounded = ReadCasualties(ref r);
        int materielCount = r.ReadInt32();
        var materiel = materielCount == 0 ? Array.Empty<Materiel>() : new Materiel[materielCount];
        for (int i = 0; i < materielCount; i++)
        {
            string item = r.ReadRequiredString();
            int? count = r.ReadOptionalInt32();
            var outcome = (MaterielOutcome)r.ReadUInt16();
            int owner = r.ReadInt32();
            materiel[i] = new Materiel(item, count, outcome, owner < 0 ? null : Actors[owner]);
        }
        string? summary = r.ReadString();
        IReadOnlyList<string> tags = r.ReadStringList();
        IReadOnlyList<Citation> citations = ReadCitations(ref r);
        string? notes = r.ReadString();
        return new Event(this, index, id, name, aliases, citations, notes, kind, date, endDate, timePrecision, place,
            geoPrecision == 0 ? null : (GeoPrecision)geoPrecision, participants, claimedBy,
            fatalities, wounded, materiel, summary, tags);
    }

    private Casualties? ReadCasualties(ref DataReader r)
    {
        if (r.ReadUInt16() == 0)
        {
            return null;
        }
        int? low = r.ReadOptionalInt32(), best = r.ReadOptionalInt32(), high = r.ReadOptionalInt32();
        int sideCount = r.ReadInt32();
        var sides = sideCount == 0 ? Array.Empty<SideCasualties>() : new SideCasualties[sideCount];
        for (int i = 0; i < sideCount; i++)
        {
            int actor = r.ReadInt32();
            sides[i] = new SideCasualties(Actors[actor], r.ReadOptionalInt32(), r.ReadOptionalInt32(), r.ReadOptionalInt32());
        }
        return new Casualties(low, best, high, sides);
    }

    private static ExternalIds ReadExternalIds(ref DataReader r)
    {
        if (r.ReadUInt16() == 0)
        {
            return ExternalIds.None;
        }
        return new ExternalIds(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString());
    }

    private IReadOnlyList<Citation> ReadCitations(ref DataReader r)
    {
        int count = r.ReadInt32();
        if (count == 0)
        {
            return Array.Empty<Citation>();
        }
        var citations = new Citation[count];
        for (int i = 0; i < count; i++)
        {
            int source = r.ReadInt32();
            citations[i] = new Citation(Sources[source], r.ReadRequiredString(), r.ReadOptionalInt32());
        }
        return citations;
    }
}
