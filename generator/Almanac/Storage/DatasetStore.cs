using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Threading;

namespace Almanac.Storage;

/// <summary>
/// A compiled dataset: the data string written by Almanac.Generator, read lazily. Creating a store reads
/// only the header; an entity is decoded the first time it is asked for, and the indexes (ids, aliases,
/// actors, places, dates) were computed at build time and are read in place.
/// </summary>
/// <remarks>Generated dataset classes open one store each through <see cref="Compiled.CompiledDataset.Open(DatasetInfo, System.Type, string)"/>;
/// user code reaches it through <see cref="Dataset"/> and the generated <c>Actors</c>, <c>Places</c>, <c>Sources</c> and
/// <c>Events</c> classes.</remarks>
internal sealed class DatasetStore
{
    private readonly string _header;
    private readonly Func<int, object?> _loadConstant;
    private readonly object?[] _constants;
    private readonly int[] _sectionSegments;
    private readonly int _segmentCount;
    private readonly string?[] _segments;
    private readonly object?[]?[] _detailBlocks = new object?[]?[(int)DataFormat.Section.Count];

    private DatasetStore(string data, Func<int, object?> loadConstant)
    {
        _header = data;
        _loadConstant = loadConstant;
        if (data.Length < DataFormat.FixedHeaderLength || !data.StartsWith(DataFormat.Magic, StringComparison.Ordinal))
        {
            throw DataReader.Corrupt();
        }
        if (data[3] < Compiled.CompiledDataset.OldestFormat || data[3] > Compiled.CompiledDataset.NewestFormat)
        {
            throw new InvalidOperationException(
                $"The compiled dataset uses data format {(int)data[3]} but this Almanac runtime reads formats {Compiled.CompiledDataset.OldestFormat} to {Compiled.CompiledDataset.NewestFormat}; use the Almanac package of the same version as the Almanac.Generator that built the dataset.");
        }
        Format = data[3];
        var reader = new DataReader(data, 4);
        int sourceCount = reader.ReadInt32();
        int actorCount = reader.ReadInt32();
        int placeCount = reader.ReadInt32();
        int eventCount = reader.ReadInt32();
        ShortEventSpanDays = reader.ReadInt32();
        _segmentCount = reader.ReadInt32();
        int constantCount = reader.ReadInt32();
        if (constantCount < 1)
        {
            throw DataReader.Corrupt();
        }
        _constants = new object?[constantCount];
        _constants[0] = data;
        // The section map lists as many sections as the writer knew: a section this runtime does not know (a newer
        // writer's) is skipped, and one the data does not have (an older writer's) reads as empty.
        int sectionCount = reader.ReadInt32();
        if (sectionCount < 0 || reader.Position + 2L * sectionCount > data.Length)
        {
            throw DataReader.Corrupt();
        }
        _sectionSegments = new int[(int)DataFormat.Section.Count];
        for (int i = 0; i < _sectionSegments.Length; i++)
        {
            _sectionSegments[i] = i < sectionCount ? DataReader.Int32At(data, reader.Position + 2 * i) : DataFormat.None;
        }
        reader = new DataReader(data, reader.Position + 2 * sectionCount);
        if (_segmentCount < 0 || reader.Position + _segmentCount * DataFormat.SegmentEntryLength > data.Length)
        {
            throw DataReader.Corrupt();
        }
        SegmentTable = reader.Position;
        _segments = new string?[_segmentCount];

        Sources = new EntityCollection<Source>(this, sourceCount, DataFormat.Section.SourceOffsets, DataFormat.Section.SourceIds, DataFormat.Section.SourceAliases, DataFormat.Kind.Source, RecordReader.ReadSource);
        Actors = new EntityCollection<Actor>(this, actorCount, DataFormat.Section.ActorOffsets, DataFormat.Section.ActorIds, DataFormat.Section.ActorAliases, DataFormat.Kind.Actor, RecordReader.ReadActor);
        Places = new EntityCollection<Place>(this, placeCount, DataFormat.Section.PlaceOffsets, DataFormat.Section.PlaceIds, DataFormat.Section.PlaceAliases, DataFormat.Kind.Place, RecordReader.ReadPlace);
        Events = new EventCollection(this, eventCount, RecordReader.ReadEvent);
    }

    /// <summary>
    /// Opens the compiled data held by the string constants <paramref name="fieldName"/> (the header),
    /// <paramref name="fieldName"/><c>1</c>, <paramref name="fieldName"/><c>2</c>, … of <paramref name="type"/>, as generated
    /// dataset classes do. Only the header is read here; the other constants are read the first time one of their segments
    /// is used. Constants are read from the assembly's metadata, not loaded with <c>ldstr</c>, so the data does not count
    /// against the 16 MB string heap of the assembly.
    /// </summary>
    /// <param name="type">The type that declares the constants.</param>
    /// <param name="fieldName">The name of the first constant, a <see langword="const"/> <see cref="string"/> field of <paramref name="type"/> (public or not).</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> has no string constant named <paramref name="fieldName"/>.</exception>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static DatasetStore Open(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] Type type,
        string fieldName)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (MetadataConstants.TryRead(type) is not { } inPlace)
        {
            return OpenThroughReflection(type, fieldName);
        }
        ConstantText header = inPlace.GetValueOrDefault(fieldName) ?? throw NoConstant(type, fieldName);
        return new DatasetStore(header.ToString(), k => inPlace.GetValueOrDefault(fieldName + k.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Opens the data as <see cref="Open(Type, string)"/> does, reading the constants through reflection (each copied into a
    /// string): for an assembly whose metadata the runtime does not give in place.
    /// </summary>
    internal static DatasetStore OpenThroughReflection(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] Type type,
        string fieldName)
    {
        // The fields are listed once: looking each constant up by name would scan the type's fields every time.
        Dictionary<string, FieldInfo> fields = StaticFields(type);
        string header = Value(fields.GetValueOrDefault(fieldName)) ?? throw NoConstant(type, fieldName);
        return new DatasetStore(header, k => Value(fields.GetValueOrDefault(fieldName + k.ToString(CultureInfo.InvariantCulture))));
    }

    private static ArgumentException NoConstant(Type type, string fieldName) =>
        new($"{type.FullName} has no string constant named '{fieldName}'.", nameof(fieldName));

    private static Dictionary<string, FieldInfo> StaticFields(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] Type type)
    {
        var fields = new Dictionary<string, FieldInfo>(StringComparer.Ordinal);
        foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            fields[field.Name] = field;
        }
        return fields;
    }

    /// <summary>Opens compiled data given as its string constants: the header first, then constants 1, 2, ….</summary>
    /// <exception cref="InvalidOperationException">The data is not in the format this runtime reads.</exception>
    public static DatasetStore Open(params string[] constants)
    {
        ArgumentNullException.ThrowIfNull(constants);
        string[] copy = (string[])constants.Clone();
        if (copy.Length == 0 || copy[0] is null)
        {
            throw DataReader.Corrupt();
        }
        return new DatasetStore(copy[0], k => k < copy.Length ? copy[k] : null);
    }

    private static string? Value(FieldInfo? field) =>
        field is { IsLiteral: true } && field.FieldType == typeof(string) ? field.GetRawConstantValue() as string : null;

    /// <summary>The sources, ordered by id.</summary>
    public EntityCollection<Source> Sources { get; }

    /// <summary>The actors, ordered by id.</summary>
    public EntityCollection<Actor> Actors { get; }

    /// <summary>The places, ordered by id.</summary>
    public EntityCollection<Place> Places { get; }

    /// <summary>The events, ordered by date, then id, with their queries.</summary>
    public EventCollection Events { get; }

    private RetiredIds? _retired;
    private ImportedEntities? _imports;
    private IReadOnlyList<Dataset> _referenced = Array.Empty<Dataset>();

    /// <summary>The metadata of the dataset (set when its <see cref="Dataset"/> is made), which its entities report.</summary>
    internal DatasetInfo? Info { get; set; }

    /// <summary>The datasets whose entities the data names (format 6), given when the dataset is opened; matched to the
    /// data's imports on first use.</summary>
    internal IReadOnlyList<Dataset> Referenced
    {
        get => _referenced;
        set => _referenced = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The entities of referenced datasets that the data names, read the first time they are needed.</summary>
    internal ImportedEntities Imports
    {
        get
        {
            ImportedEntities? imports = Volatile.Read(ref _imports);
            if (imports is null)
            {
                imports = ImportedEntities.Read(this, _referenced);
                imports = Interlocked.CompareExchange(ref _imports, imports, null) ?? imports;
            }
            return imports;
        }
    }

    /// <summary>The retired ids, read the first time they are needed.</summary>
    internal RetiredIds Retired
    {
        get
        {
            RetiredIds? retired = Volatile.Read(ref _retired);
            if (retired is null)
            {
                retired = RetiredIds.Read(this);
                retired = Interlocked.CompareExchange(ref _retired, retired, null) ?? retired;
            }
            return retired;
        }
    }

    /// <summary>The version of the data's format (<see cref="DataFormat.Version"/> or an older one this runtime reads).</summary>
    internal int Format { get; }

    /// <summary>The longest span, in days, of an event that is not listed in <see cref="DataFormat.Section.LongEvents"/>: how
    /// many days before a window such an event can start and still overlap it.</summary>
    internal int ShortEventSpanDays { get; }

    private int SegmentTable { get; }

    /// <summary>The decoded text of segment <paramref name="index"/>; a compressed segment is inflated on first use.</summary>
    internal string Segment(int index)
    {
        if ((uint)index >= (uint)_segmentCount)
        {
            throw DataReader.Corrupt();
        }
        string? text = Volatile.Read(ref _segments[index]);
        if (text is null)
        {
            ReadOnlySpan<char> data = Stored(index, out int offset, out int length, out int decoded, out DataFormat.SegmentEncoding encoding);
            text = encoding switch
            {
                DataFormat.SegmentEncoding.Raw => data.Slice(offset, length).ToString(),
                _ => SegmentCodec.Decompress(data, offset, length, decoded, encoding),
            };
            text = Interlocked.CompareExchange(ref _segments[index], text, null) ?? text;
        }
        return text;
    }

    /// <summary>The text of the constant that stores segment <paramref name="index"/>, with the segment's offset and length
    /// in it, its decoded length and its encoding, checked.</summary>
    private ReadOnlySpan<char> Stored(int index, out int offset, out int length, out int decoded, out DataFormat.SegmentEncoding encoding)
    {
        int entry = SegmentTable + index * DataFormat.SegmentEntryLength;
        ReadOnlySpan<char> data = Constant(Int32At(_header, entry));
        offset = Int32At(_header, entry + 2);
        length = Int32At(_header, entry + 4);
        decoded = Int32At(_header, entry + 6);
        encoding = (DataFormat.SegmentEncoding)Int32At(_header, entry + 8);
        if (offset < 0 || length < 0 || offset > data.Length - length || decoded < 0
            || encoding is not (DataFormat.SegmentEncoding.Raw or DataFormat.SegmentEncoding.Deflate or DataFormat.SegmentEncoding.DeflateDeltaHashes or DataFormat.SegmentEncoding.DeflateDeltaInt32))
        {
            throw DataReader.Corrupt();
        }
        return data;
    }

    /// <summary>
    /// The detail record <paramref name="index"/> of the section <paramref name="offsets"/> (one of <paramref name="count"/>),
    /// or the id of an event stored apart from its record. The first time a record of a block is needed, the block is
    /// inflated and its text kept; each record is decoded from that text when it is first needed and kept, and the text is
    /// let go once every record of the block has been decoded. A query that reads one event's headline decodes that one
    /// record, not the thousands stored beside it.
    /// </summary>
    internal T DetailRecord<T>(DataFormat.Section offsets, int index, int count, DetailDecoder<T> decode)
        where T : class
    {
        int perBlock = DataFormat.RecordsPerBlockOf(offsets);
        string table = Section(offsets);
        int block = index / perBlock;
        if (index < 0 || index >= count || 2 * block + 1 >= table.Length)
        {
            throw DataReader.Corrupt();
        }
        object?[] blocks = Volatile.Read(ref _detailBlocks[(int)offsets])
            ?? Interlocked.CompareExchange(ref _detailBlocks[(int)offsets], new object?[table.Length / 2], null)
            ?? _detailBlocks[(int)offsets]!;
        if (Volatile.Read(ref blocks[block]) is not DetailBlock<T> records)
        {
            records = InflateBlock<T>(Int32At(table, 2 * block), Math.Min(perBlock, count - block * perBlock));
            records = (DetailBlock<T>)(Interlocked.CompareExchange(ref blocks[block], records, null) ?? records);
        }
        return records.Get(this, index % perBlock, decode);
    }

    private DetailBlock<T> InflateBlock<T>(int segment, int count)
        where T : class
    {
        if ((uint)segment >= (uint)_segmentCount)
        {
            throw DataReader.Corrupt();
        }
        ReadOnlySpan<char> data = Stored(segment, out int offset, out int length, out int decoded, out DataFormat.SegmentEncoding encoding);
        bool raw = encoding == DataFormat.SegmentEncoding.Raw;
        int textLength = raw ? length : decoded;
        if (2 * count > textLength)
        {
            throw DataReader.Corrupt();
        }
        char[] text = raw ? data.Slice(offset, length).ToArray() : SegmentCodec.DecompressRented(data, offset, length, decoded, encoding);
        return new DetailBlock<T>(text, textLength, rented: !raw, count);
    }

    /// <summary>What <see cref="KeptBlockTexts"/> asks of a block of detail records, whatever their type.</summary>
    private interface IDetailBlock
    {
        bool HoldsText { get; }
    }

    /// <summary>
    /// A block of detail records: the block's text while some of its records have not been decoded, and each record once
    /// decoded. Records are decoded under the block's lock, so each is decoded once and the text is let go exactly when
    /// the last one is. An inflated text is in a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> and
    /// given back then, so that reading a dataset whole, block after block, reuses one buffer rather than allocating the
    /// text of every block on the large object heap.
    /// </summary>
    private sealed class DetailBlock<T> : IDetailBlock
        where T : class
    {
        private readonly T?[] _records;
        private readonly int _length;
        private readonly bool _rented;
        private char[]? _text;
        private int _undecoded;

        public DetailBlock(char[] text, int length, bool rented, int count)
        {
            _text = text;
            _length = length;
            _rented = rented;
            _records = new T?[count];
            _undecoded = count;
        }

        /// <summary>Once this many of a block's records have been decoded one at a time, the next read decodes all the others.</summary>
        private const int DecodeRestAfter = 32;

        /// <summary>Whether the block still holds its text (some record has not been decoded yet).</summary>
        public bool HoldsText => Volatile.Read(ref _text) is not null;

        /// <summary>Decodes record <paramref name="i"/> from the block's text and keeps it; called under the block's lock.</summary>
        private T Decode(DatasetStore store, ReadOnlySpan<char> text, int i, DetailDecoder<T> decode)
        {
            var r = new DataReader(text, DataReader.Int32At(text, 2 * i));
            T record = decode(store, ref r);
            Volatile.Write(ref _records[i], record);
            _undecoded--;
            return record;
        }

        public T Get(DatasetStore store, int i, DetailDecoder<T> decode)
        {
            T? record = Volatile.Read(ref _records[i]);
            if (record is not null)
            {
                return record;
            }
            lock (_records)
            {
                record = _records[i];
                if (record is null)
                {
                    char[] text = _text ?? throw DataReader.Corrupt();
                    ReadOnlySpan<char> span = text.AsSpan(0, _length);
                    if (_records.Length - _undecoded < DecodeRestAfter)
                    {
                        record = Decode(store, span, i, decode);
                    }
                    else
                    {
                        // Many of the block's records are being read (a scan of the dataset, most likely): the rest are
                        // decoded now, in one pass, while the array that holds them is young.
                        for (int j = 0; j < _records.Length; j++)
                        {
                            if (_records[j] is null)
                            {
                                Decode(store, span, j, decode);
                            }
                        }
                        record = _records[i]!;
                    }
                    if (_undecoded == 0)
                    {
                        Volatile.Write(ref _text, null);
                        if (_rented)
                        {
                            System.Buffers.ArrayPool<char>.Shared.Return(text);
                        }
                    }
                }
                return record;
            }
        }
    }

    /// <summary>How many of the record blocks that the section <paramref name="offsets"/> lists have been decoded so far
    /// (their text kept, or their records, for a section of detail records).</summary>
    internal int DecodedBlocks(DataFormat.Section offsets)
    {
        string table = Section(offsets);
        object?[]? details = Volatile.Read(ref _detailBlocks[(int)offsets]);
        int decoded = 0;
        for (int entry = 0; entry + 1 < table.Length; entry += 2)
        {
            int segment = Int32At(table, entry);
            if (((uint)segment < (uint)_segmentCount && Volatile.Read(ref _segments[segment]) is not null)
                || (details is not null && Volatile.Read(ref details[entry / 2]) is not null))
            {
                decoded++;
            }
        }
        return decoded;
    }

    /// <summary>How many of the record blocks that the section <paramref name="offsets"/> lists have their decoded text kept.</summary>
    internal int KeptBlockTexts(DataFormat.Section offsets)
    {
        string table = Section(offsets);
        object?[]? details = Volatile.Read(ref _detailBlocks[(int)offsets]);
        int kept = 0;
        for (int entry = 0; entry + 1 < table.Length; entry += 2)
        {
            int segment = Int32At(table, entry);
            if (((uint)segment < (uint)_segmentCount && Volatile.Read(ref _segments[segment]) is not null)
                || (details is not null && Volatile.Read(ref details[entry / 2]) is IDetailBlock { HoldsText: true }))
            {
                kept++;
            }
        }
        return kept;
    }

    /// <summary>
    /// The text of string constant <paramref name="index"/> of the data (0: the header), looked up on first use: a
    /// <see cref="string"/>, or a <see cref="ConstantText"/> read in place from the assembly's metadata.
    /// </summary>
    private ReadOnlySpan<char> Constant(int index)
    {
        if ((uint)index >= (uint)_constants.Length)
        {
            throw DataReader.Corrupt();
        }
        object? text = Volatile.Read(ref _constants[index]);
        if (text is null)
        {
            text = _loadConstant(index) ?? throw DataReader.Corrupt();
            text = Interlocked.CompareExchange(ref _constants[index], text, null) ?? text;
        }
        return text is string s ? s.AsSpan() : ((ConstantText)text).Span;
    }

    /// <summary>The decoded text of an index section.</summary>
    internal string Section(DataFormat.Section section) =>
        _sectionSegments[(int)section] is int segment && segment != DataFormat.None ? Segment(segment) : "";

    internal static int Int32At(string text, int position) => DataReader.Int32At(text, position);

    /// <summary>A reader at the record of entity <paramref name="index"/>, located through the section <paramref name="offsets"/>.</summary>
    internal DataReader Record(DataFormat.Section offsets, int index)
    {
        var (block, position) = Locate(offsets, index, DataFormat.RecordsPerBlockOf(offsets));
        return new DataReader(block, position);
    }

    /// <summary>
    /// The decoded block that holds item <paramref name="index"/> of a blocked section (records or event lists,
    /// <paramref name="perBlock"/> items a block), and the item's position in it: the section gives the segment of each
    /// block, and a block starts with the position of each of its items.
    /// </summary>
    private (string Block, int Position) Locate(DataFormat.Section section, int index, int perBlock)
    {
        string table = Section(section);
        int entry = 2 * (index / perBlock);
        if (index < 0 || entry + 1 >= table.Length)
        {
            throw DataReader.Corrupt();
        }
        string block = Segment(Int32At(table, entry));
        int slot = 2 * (index % perBlock);
        if (slot + 1 >= block.Length)
        {
            throw DataReader.Corrupt();
        }
        return (block, Int32At(block, slot));
    }

    /// <summary>
    /// The id of entity <paramref name="index"/>: the first field of its record (field 1), or, for an event in data of
    /// format 7, its entry in the blocks of event ids (<see cref="DataFormat.Section.EventIdOffsets"/>), read from its block
    /// (<see cref="DetailRecord"/>) the first time it is needed and kept.
    /// </summary>
    internal string IdOf(DataFormat.Section offsets, int index)
    {
        if (offsets == DataFormat.Section.EventOffsets && DataFormat.EventIdsApart(Format))
        {
            return DetailRecord(DataFormat.Section.EventIdOffsets, index, Events.Count, s_readId);
        }
        DataReader r = Record(offsets, index);
        return r.ReadHeader() == DataFormat.IdHeader ? r.ReadRequiredString() : throw DataReader.Corrupt();
    }

    /// <summary>Reads an entry of a block of ids: the id, a string.</summary>
    private static readonly DetailDecoder<string> s_readId = static (DatasetStore _, ref DataReader r) => r.ReadRequiredString();

    /// <summary>The entities whose key hashes like <paramref name="key"/> in the hash table <paramref name="section"/>, for the caller to confirm.</summary>
    internal HashCandidates Candidates(DataFormat.Section section, ReadOnlySpan<char> key)
    {
        string table = Section(section);
        int count = Int32At(table, 0);
        uint hash = unchecked((uint)SegmentCodec.Hash(key));
        int low = 0, high = count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (unchecked((uint)Int32At(table, 2 + 4 * mid)) < hash)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return new HashCandidates(table, low, count, unchecked((int)hash));
    }

    /// <summary>The event list stored for entity <paramref name="index"/> in a per-entity list section.</summary>
    internal EventList EventListAt(DataFormat.Section section, int index)
    {
        var (block, list) = Locate(section, index, DataFormat.ListsPerBlock);
        return new EventList(Events, block, list + 2, Int32At(block, list));
    }

    /// <summary>A run of entries with one hash in a hash table.</summary>
    /// <param name="Table">The hash table: its entry count, then each entry's hash and entity, ordered by hash.</param>
    /// <param name="Start">The first entry with the hash.</param>
    /// <param name="Count">The number of entries in the table.</param>
    /// <param name="Hash">The hash.</param>
    internal readonly record struct HashCandidates(string Table, int Start, int Count, int Hash)
    {
        /// <summary>The entity of candidate <paramref name="i"/> (counting from 0), or -1 past the last one.</summary>
        public int EntityAt(int i)
        {
            int entry = Start + i;
            return entry < Count && Int32At(Table, 2 + 4 * entry) == Hash ? Int32At(Table, 2 + 4 * entry + 2) : -1;
        }
    }
}

/// <summary>Decodes a detail record read by <paramref name="r"/>: a method of <see cref="RecordReader"/>.</summary>
internal delegate T DetailDecoder<out T>(DatasetStore store, ref DataReader r);

/// <summary>Decodes the record of entity <paramref name="index"/> of <paramref name="store"/>, read by <paramref name="r"/>: a
/// method of <see cref="RecordReader"/>.</summary>
internal delegate T RecordDecoder<out T>(DatasetStore store, int index, ref DataReader r);
