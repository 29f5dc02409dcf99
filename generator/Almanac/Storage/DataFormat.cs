namespace Almanac.Storage;

/// <summary>
/// Constants of the compiled data format shared by the generator (which writes it) and
/// <see cref="DatasetStore"/> (which reads it). The format is documented in <c>docs/data-format.md</c>.
/// </summary>
internal static class DataFormat
{
    /// <summary>The first three characters of every data string.</summary>
    public const string Magic = "ALM";

    /// <summary>The newest version of the format, written for a dataset that refers to entities of the datasets it
    /// references. Version 4 stores records as numbered fields: a field added to the schema is a new number, which older
    /// readers skip, so it needs no new version. Version 5 leaves out the quote of a citation that gives a claim instead,
    /// which readers of version 4 require. Version 6 adds the <see cref="Section.Imports"/> section: a reference may be an
    /// index past the dataset's own entities, which names an entity of a referenced dataset and which readers of version 5
    /// would take for a corrupt index. Version 7 stores the ids of events in blocks of their own
    /// (<see cref="Section.EventIdOffsets"/>), no longer in the event records, which readers of version 6 require.</summary>
    public const int Version = 7;

    /// <summary>The version written, for a runtime that does not read <see cref="Version"/>, for a dataset that refers to
    /// entities of the datasets it references: every event record holds the event's id.</summary>
    public const int VersionWithImports = 6;

    /// <summary>The version written, for a runtime that does not read <see cref="Version"/>, for a dataset that refers to
    /// no entity of another dataset: its data is the same as in version 5, which readers of version 5 read.</summary>
    public const int VersionWithoutImports = 5;

    /// <summary>Whether data of format <paramref name="version"/> stores the ids of events apart from their records, in
    /// <see cref="Section.EventIdOffsets"/>.</summary>
    public static bool EventIdsApart(int version) => version >= Version;

    /// <summary>A field's header is its number shifted left by this many bits, or'ed with the wire type of its value.</summary>
    public const int FieldShift = 3;

    /// <summary>Wire type: a vocabulary value in one character.</summary>
    public const int WireSmall = 0;

    /// <summary>Wire type: a 32-bit number in two characters (low half first): a date's day number, a count, an entity index.</summary>
    public const int WireInt32 = 1;

    /// <summary>Wire type: a double in four characters (its 64 bits, low first).</summary>
    public const int WireDouble = 2;

    /// <summary>Wire type: a string, as its length (32-bit) and its characters.</summary>
    public const int WireString = 3;

    /// <summary>Wire type: a nested record: fields, then an end mark (a zero character).</summary>
    public const int WireNested = 4;

    /// <summary>Wire type: a list: the wire type of its items (one character), the count (32-bit), then the items.</summary>
    public const int WireList = 5;

    /// <summary>The header every entity record starts with: its id, field 1, a string (in format 7, every record but an
    /// event's).</summary>
    public const int IdHeader = (1 << FieldShift) | WireString;

    /// <summary>An absent entity reference (in the linked model and the index sections; a record leaves an absent field out).</summary>
    public const int None = -1;

    /// <summary>Characters before the section map: magic, version, four counts, the longest span of a short event, the
    /// segment count, the constant count and the section count (how many sections the map lists: readers skip sections
    /// they do not know and read a section the map does not list as empty, so a section can be added without a new version).</summary>
    public const int FixedHeaderLength = 4 + 2 * 4 + 2 + 2 + 2 + 2;

    /// <summary>Characters per entry of the segment table: constant, offset in the constant, stored length, decoded length, encoding.</summary>
    public const int SegmentEntryLength = 2 * 5;

    /// <summary>
    /// The data is carried in several string constants: constant 0 holds the header, and the segments follow, in order, in
    /// constants 1, 2, … of at most this many characters each (a longer segment has a constant of its own). A store loads
    /// a constant the first time it decodes one of its segments.
    /// </summary>
    public const int ConstantLength = 128 * 1024;

    /// <summary>Records of one kind are stored in blocks of this many (the last may hold fewer), a segment each.</summary>
    public const int RecordsPerBlock = 512;

    /// <summary>
    /// Event records (without their details: about 30 code units each) are stored in blocks of this many, so that a query
    /// whose events span years inflates few blocks; every other kind of record, event details included, in blocks of
    /// <see cref="RecordsPerBlock"/>.
    /// </summary>
    public const int EventRecordsPerBlock = 4096;

    /// <summary>
    /// The ids of events (format 7) are stored in blocks of this many, a segment each, apart from the event records, so that
    /// a query's answer reads no id. As many as the event records: at 100,000 events, blocks of 512 ids would store 15% more
    /// than the 25 blocks of 4,096 (the ids of one block share the dates and words that deflate finds), and a lookup by id
    /// (<c>Events.Get</c>) inflates one block of ids, still less than the block of records with ids that it inflated before.
    /// </summary>
    public const int EventIdsPerBlock = EventRecordsPerBlock;

    /// <summary>How many records a block of the records that the section <paramref name="offsets"/> locates holds.</summary>
    public static int RecordsPerBlockOf(Section offsets) => offsets switch
    {
        Section.EventOffsets => EventRecordsPerBlock,
        Section.EventIdOffsets => EventIdsPerBlock,
        _ => RecordsPerBlock,
    };

    /// <summary>The event lists of a per-actor or per-place section are stored in blocks of this many, a segment each.</summary>
    public const int ListsPerBlock = 64;

    /// <summary>
    /// An event whose span (<c>end-date − date</c>) is longer than this many days is a long event: it is listed in
    /// <see cref="Section.LongEvents"/>, and the header's longest span is that of the other events, so that
    /// <c>Events.Between</c> looks back at most this far in <see cref="Section.EventStartDays"/>, however long the longest
    /// event is. The writer chooses it; a reader relies only on every event longer than the header's span being listed.
    /// </summary>
    public const int LongEventDays = 31;

    /// <summary>Characters per entry of <see cref="Section.LongEvents"/>: event index, last day, latest last day so far.</summary>
    public const int LongEventEntryLength = 2 * 3;

    /// <summary>
    /// The word of each entity kind: the schema's kind name in lower case, as <c>ref</c> fields, the keys of the
    /// <c>retired</c> section and <see cref="Retirement.Kind"/> name it (a test keeps them equal to the schema's).
    /// </summary>
    public static class Kind
    {
        /// <summary>A source.</summary>
        public const string Source = "source";

        /// <summary>An actor.</summary>
        public const string Actor = "actor";

        /// <summary>A place.</summary>
        public const string Place = "place";

        /// <summary>An event.</summary>
        public const string Event = "event";
    }

    /// <summary>The kind words of retired ids, in the order of their numbers in <see cref="Section.Retired"/> (frozen: the
    /// numbers are stored).</summary>
    public static readonly string[] RetiredKinds = { Kind.Actor, Kind.Event, Kind.Place, Kind.Source };

    /// <summary>The index sections; each is stored in a segment of its own, decoded on first use.</summary>
    public enum Section
    {
        /// <summary>Per block of <see cref="RecordsPerBlock"/> sources: the segment that holds their records.</summary>
        SourceOffsets,
        /// <summary>Per block of actors: the segment that holds their records.</summary>
        ActorOffsets,
        /// <summary>Per block of places: the segment that holds their records.</summary>
        PlaceOffsets,
        /// <summary>Per block of events: the segment that holds their records.</summary>
        EventOffsets,
        /// <summary>Hash table of source ids: (hash, entity) pairs sorted by hash.</summary>
        SourceIds,
        /// <summary>Hash table of actor ids.</summary>
        ActorIds,
        /// <summary>Hash table of place ids.</summary>
        PlaceIds,
        /// <summary>Hash table of event ids.</summary>
        EventIds,
        /// <summary>Hash table of the alias keys of sources.</summary>
        SourceAliases,
        /// <summary>Hash table of the alias keys of actors.</summary>
        ActorAliases,
        /// <summary>Hash table of the alias keys of places.</summary>
        PlaceAliases,
        /// <summary>Hash table of the alias keys of events.</summary>
        EventAliases,
        /// <summary>Start day of every event, in event order.</summary>
        EventStartDays,
        /// <summary>Per block of <see cref="ListsPerBlock"/> actors: the segment that holds, per actor, the events involving the actor or any actor part of it.</summary>
        ActorEvents,
        /// <summary>Per block of places: the segment that holds, per place, the events at the place or any place within it.</summary>
        PlaceEvents,
        /// <summary>Per block of places: the segment that holds, per place, the events at exactly that place.</summary>
        PlaceDirectEvents,
        /// <summary>Per block of events: the segment that holds their detail records (the fields decoded only when read: text, citations, casualties, materiel).</summary>
        EventDetailOffsets,
        /// <summary>Last day of every event (its end date, else its date), in event order.</summary>
        EventLastDays,
        /// <summary>The long events (longer than <see cref="LongEventDays"/>), in event order: per event its index, its last
        /// day, and the latest last day of it and the long events before it.</summary>
        LongEvents,
        /// <summary>The retired ids, ordered by kind word (actor, event, place, source), then id: their count, then per
        /// retirement its kind, how it was retired, the index of its live successor (or <see cref="None"/>), and its id,
        /// the id it names as successor, since, reason and name as strings. Absent in data written before it existed: no retirements.</summary>
        Retired,
        /// <summary>The link automaton (<c>Almanac.Text.LinkAutomaton</c>): an Aho–Corasick automaton over the alias keys of the
        /// actors and places, with the entities of each key, that <c>Dataset.Link</c> runs over a text. Absent in data written
        /// before it existed: the runtime then builds the automaton from the entities, once per dataset.</summary>
        Link,
        /// <summary>The entities of referenced datasets that the data refers to (version 6): the number of referenced
        /// datasets and each one's id, then per kind (sources, actors, places) the number of imported entities and each
        /// one's referenced dataset (its position in that list) and id. The <c>i</c>-th import of a kind has the index
        /// <c>n + i</c>, where <c>n</c> is the number of the dataset's own entities of the kind. Absent in data of
        /// version 5, which refers to no other dataset.</summary>
        Imports,
        /// <summary>Per block of <see cref="EventIdsPerBlock"/> events: the segment that holds their ids (version 7), each a
        /// string, read the first time an event's id is asked for. Absent in data of versions 4 to 6, whose event records
        /// hold the ids.</summary>
        EventIdOffsets,
        /// <summary>Number of sections.</summary>
        Count,
    }

    /// <summary>How a segment's characters are stored in the data string.</summary>
    public enum SegmentEncoding
    {
        /// <summary>The characters themselves.</summary>
        Raw = 0,
        /// <summary>The characters as UTF-16LE bytes, deflate-compressed, 14 bits per character from U+4E00 (see <c>SegmentCodec</c>).</summary>
        Deflate = 1,
        /// <summary>A hash table (count, then hash and entity pairs sorted by hash) with every hash replaced by its
        /// difference from the one before (modulo 2^32), then stored as <see cref="Deflate"/>: sorted hashes are
        /// random, their differences small, so the table compresses to about half.</summary>
        DeflateDeltaHashes = 2,
        /// <summary>A segment of <c>int32</c>s only (the sections of block segments, of start and last days and of long
        /// events, the event list blocks) with every number replaced by its difference from the one before (modulo 2^32,
        /// the first from 0), then stored as <see cref="Deflate"/>: the ascending event indexes of a list become small
        /// numbers.</summary>
        DeflateDeltaInt32 = 3,
    }
}
