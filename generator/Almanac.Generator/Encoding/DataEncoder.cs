using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Almanac.Generator.Project;
using Almanac.Storage;

// Not "Almanac.Generator.Encoding": inside Almanac.Generator that name would hide System.Text.Encoding.
namespace Almanac.Generator.DataEncoding;

/// <summary>
/// Writes the compiled data string read by <c>Almanac.Storage.DatasetStore</c> (format in <c>docs/data-format.md</c>):
/// a header, the precomputed indexes, then one record per entity. Numbers are 32-bit little-endian in two UTF-16
/// code units; strings are a length and their characters.
/// </summary>
internal sealed class DataEncoder
{
    /// <summary>The data is stored in the assembly's metadata as blobs of at most 0x1FFFFFFF bytes (ECMA-335 II.24.2.4):
    /// 268,435,455 UTF-16 code units in all.</summary>
    internal const long MaxDataChars = 0x1FFFFFFF / 2;

    private readonly EquatableArray<LinkedSource> _sources;
    private readonly EquatableArray<LinkedActor> _actors;
    private readonly EquatableArray<LinkedPlace> _places;
    private readonly EquatableArray<LinkedEvent> _events;
    private readonly EquatableArray<LinkedAliasTable> _aliases;
    private readonly EquatableArray<LinkedRetirement> _retired;
    private readonly LinkedDataset _dataset;
    private readonly CancellationToken _cancellationToken;

    /// <summary>The format version written (<see cref="FormatVersion"/>).</summary>
    private readonly int _format;

    private CharBuffer _out = new();

    private DataEncoder(LinkedDataset dataset, int format, CancellationToken cancellationToken)
    {
        _format = format;
        _sources = dataset.Sources;
        _actors = dataset.Actors;
        _places = dataset.Places;
        _events = dataset.Events;
        _aliases = dataset.Aliases;
        _retired = dataset.Retired;
        _dataset = dataset;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The format version of the data for <paramref name="runtime"/> (none: the newest): the newest,
    /// <see cref="DataFormat.Version"/>, when the runtime reads it; else the version an earlier release wrote, with the ids
    /// of events in their records, so that its runtime still reads the data: <see cref="DataFormat.VersionWithImports"/>
    /// for a dataset that refers to entities of the datasets it references, <see cref="DataFormat.VersionWithoutImports"/>
    /// for one that does not; null when the runtime does not read that either.
    /// </summary>
    internal static int? FormatVersion(bool hasImports, RuntimeInfo? runtime)
    {
        if (runtime is null || runtime.Reads(DataFormat.Version))
        {
            return DataFormat.Version;
        }
        int older = OlderFormatVersion(hasImports);
        return runtime.Reads(older) ? older : null;
    }

    /// <summary>The version written for a runtime that does not read the newest: 6 for a dataset that refers to entities of
    /// the datasets it references, else 5.</summary>
    internal static int OlderFormatVersion(bool hasImports) => hasImports ? DataFormat.VersionWithImports : DataFormat.VersionWithoutImports;

    /// <summary>The number of sections the data has: version 5 has none from <see cref="DataFormat.Section.Imports"/> on,
    /// version 6 none from <see cref="DataFormat.Section.EventIdOffsets"/> on.</summary>
    private int SectionCount => _format switch
    {
        DataFormat.VersionWithoutImports => (int)DataFormat.Section.Imports,
        DataFormat.VersionWithImports => (int)DataFormat.Section.EventIdOffsets,
        _ => (int)DataFormat.Section.Count,
    };

    /// <summary>Whether the ids of events are stored apart from their records (version 7).</summary>
    private bool EventIdsApart => DataFormat.EventIdsApart(_format);

    /// <summary>
    /// The encode step: the compiled data of <paramref name="dataset"/> and its content hash; ALM019 (at the dataset
    /// section) and no data when the data is larger than <paramref name="maxDataChars"/>. Never throws except for cancellation.
    /// </summary>
    public static EncodeResult Encode(LinkedDataset? dataset, DataCompression compression, CancellationToken cancellationToken, long maxDataChars = MaxDataChars) =>
        Encode(dataset, compression, runtime: null, cancellationToken, maxDataChars);

    /// <summary>
    /// The encode step, as <see cref="Encode(LinkedDataset?, DataCompression, CancellationToken, long)"/>; and ALM021 (at the
    /// dataset section) and no data when the data is of the newest format, which <paramref name="runtime"/> does not read.
    /// </summary>
    public static EncodeResult Encode(LinkedDataset? dataset, DataCompression compression, RuntimeInfo? runtime, CancellationToken cancellationToken,
        long maxDataChars = MaxDataChars)
    {
        if (dataset is null)
        {
            return EncodeResult.Empty;
        }
        if (runtime is not null && ProjectChecks.NewestFormatCheck(runtime, dataset.HasImports, dataset.Dataset.Location) is { } mismatch)
        {
            return new EncodeResult(null, new[] { mismatch }.ToEquatableArray());
        }
        try
        {
            int format = FormatVersion(dataset.HasImports, runtime) ?? DataFormat.Version;
            EquatableArray<DataPart> parts = new DataEncoder(dataset, format, cancellationToken).Encode(compression);
            long literalChars = parts.Sum(p => (long)p.Text.Length);
            if (literalChars > maxDataChars)
            {
                return Failed(DiagnosticInfo.Create(Diagnostics.DataTooLarge, dataset.Dataset.Location, Megabytes(literalChars), Megabytes(maxDataChars),
                    compression == DataCompression.Never ? $" uncompressed (set {OptionKeys.Properties.Compression} to auto)" : " even compressed"));
            }
            string contentHash = FileParser.Hash(string.Join("\n", dataset.FileHashes));
            return new EncodeResult(new EncodedData(parts, contentHash), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.FileStart(dataset.Dataset.Location.FilePath), ex.GetType().Name, ex.Message));
        }

        static EncodeResult Failed(DiagnosticInfo diagnostic) => new(null, new[] { diagnostic }.ToEquatableArray());
        static string Megabytes(long chars) => (chars * 2 / 1e6).ToString("#,0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>With <see cref="DataCompression.Auto"/>, data larger than this many characters is compressed.</summary>
    internal const int AutoCompressionThreshold = 512 * 1024;

    /// <summary>Segments shorter than this are never compressed.</summary>
    private const int MinimumCompressedLength = 256;

    private EquatableArray<DataPart> Encode(DataCompression compression)
    {
        int sectionCount = SectionCount;
        var segments = new List<(string Label, string Text)>();
        for (int i = 0; i < sectionCount; i++)
        {
            segments.Add(("", ""));
        }

        string SourceId(int i) => _sources[i].Id;
        string ActorId(int i) => _dataset.IdOf(DataFormat.Kind.Actor, i);
        string PlaceId(int i) => _dataset.IdOf(DataFormat.Kind.Place, i);
        int[] sourceBlocks = Blocks(segments, "sources", _sources.Count, DataFormat.RecordsPerBlock, i => RecordWriter.WriteSource(new RecordBuffer(_out), _sources[i]), SourceId);
        int[] actorBlocks = Blocks(segments, "actors", _actors.Count, DataFormat.RecordsPerBlock, i => RecordWriter.WriteActor(new RecordBuffer(_out), _actors[i]), ActorId);
        int[] placeBlocks = Blocks(segments, "places", _places.Count, DataFormat.RecordsPerBlock, i => RecordWriter.WritePlace(new RecordBuffer(_out), _places[i]), PlaceId);
        bool withId = !EventIdsApart;
        int[] eventBlocks = Blocks(segments, "events", _events.Count, DataFormat.RecordsPerBlockOf(DataFormat.Section.EventOffsets), i => RecordWriter.WriteEvent(new RecordBuffer(_out), _events[i], withId), i => _events[i].Id,
            record: i => _events[i], layout: withId ? "with ids" : "");
        int[] eventDetailBlocks = Blocks(segments, "event details", _events.Count, DataFormat.RecordsPerBlock, i => RecordWriter.WriteEventDetails(new RecordBuffer(_out), _events[i]), i => _events[i].Id,
            record: i => _events[i]);
        int[] eventIdBlocks = EventIdsApart
            ? Blocks(segments, "event ids", _events.Count, DataFormat.EventIdsPerBlock, i => RecordWriter.WriteEventId(new RecordBuffer(_out), _events[i]), i => _events[i].Id, record: i => _events[i])
            : Array.Empty<int>();
        int firstListBlock = segments.Count; // the list blocks, like the index sections other than hash tables, hold int32s only
        List<int>[] actorEvents = ActorEventLists(), placeEvents = PlaceEventLists(transitive: true), placeDirectEvents = PlaceEventLists(transitive: false);
        int[] actorEventBlocks = Blocks(segments, "events involving each actor or its parts", actorEvents.Length, DataFormat.ListsPerBlock, i => List(actorEvents[i]), ActorId);
        int[] placeEventBlocks = Blocks(segments, "events at each place or within it", placeEvents.Length, DataFormat.ListsPerBlock, i => List(placeEvents[i]), PlaceId);
        int[] placeDirectEventBlocks = Blocks(segments, "events at exactly each place", placeDirectEvents.Length, DataFormat.ListsPerBlock, i => List(placeDirectEvents[i]), PlaceId);

        void Set(DataFormat.Section section, string label, Action write)
        {
            _out = new CharBuffer();
            write();
            segments[(int)section] = ("index: " + label, _out.ToString(0, _out.Length));
        }

        Set(DataFormat.Section.SourceOffsets, "record blocks of sources", () => Ints(sourceBlocks));
        Set(DataFormat.Section.ActorOffsets, "record blocks of actors", () => Ints(actorBlocks));
        Set(DataFormat.Section.PlaceOffsets, "record blocks of places", () => Ints(placeBlocks));
        Set(DataFormat.Section.EventOffsets, "record blocks of events", () => Ints(eventBlocks));
        Set(DataFormat.Section.EventDetailOffsets, "record blocks of event details", () => Ints(eventDetailBlocks));
        Set(DataFormat.Section.SourceIds, "id hashes of sources", () => HashTable(_sources.Select((x, i) => (x.Id, i))));
        Set(DataFormat.Section.ActorIds, "id hashes of actors", () => HashTable(_actors.Select((x, i) => (x.Id, i))));
        Set(DataFormat.Section.PlaceIds, "id hashes of places", () => HashTable(_places.Select((x, i) => (x.Id, i))));
        Set(DataFormat.Section.EventIds, "id hashes of events", () => HashTable(_events.Select((x, i) => (x.Id, i))));
        string[] kinds = { "sources", "actors", "places", "events" };
        for (int k = 0; k < 4; k++)
        {
            LinkedAliasTable table = _aliases[k];
            Set(DataFormat.Section.SourceAliases + k, "alias-key hashes of " + kinds[k], () => HashTable(table.Entries.Select(e => (e.Key, e.Entity))));
        }
        Set(DataFormat.Section.EventStartDays, "event start days", () =>
        {
            foreach (LinkedEvent e in _events)
            {
                Int(e.Date);
            }
        });
        Set(DataFormat.Section.ActorEvents, "list blocks: per actor, events involving it or its parts", () => Ints(actorEventBlocks));
        Set(DataFormat.Section.PlaceEvents, "list blocks: per place, events at it or within it", () => Ints(placeEventBlocks));
        Set(DataFormat.Section.PlaceDirectEvents, "list blocks: per place, events at exactly it", () => Ints(placeDirectEventBlocks));
        Set(DataFormat.Section.EventLastDays, "event last days", () =>
        {
            foreach (LinkedEvent e in _events)
            {
                Int(LastDay(e));
            }
        });
        Set(DataFormat.Section.LongEvents, "long events: index, last day, latest last day so far", LongEvents);
        Set(DataFormat.Section.Retired, "retired ids: kind, how, successor, id, target, since, reason, name", Retired);
        Set(DataFormat.Section.Link, "link automaton: alias keys of actors and places", () => _out.Append(LinkAutomaton().ToSection()));
        if (_dataset.HasImports)
        {
            Set(DataFormat.Section.Imports, "imports: referenced datasets, then per kind the referenced entities", Imports);
        }
        else if (sectionCount > (int)DataFormat.Section.Imports)
        {
            Set(DataFormat.Section.Imports, "imports: none", () => { });
        }
        if (EventIdsApart)
        {
            Set(DataFormat.Section.EventIdOffsets, "id blocks of events", () => Ints(eventIdBlocks));
        }

        long total = segments.Sum(x => (long)x.Text.Length);
        bool compress = compression == DataCompression.Always || (compression == DataCompression.Auto && total > AutoCompressionThreshold);

        // Segments are compressed independently, on all cores; each result goes to its own slot, so the output does
        // not depend on the order in which they finish.
        var stored = new (string Label, string Text, int Decoded, DataFormat.SegmentEncoding Encoding)[segments.Count];
        Parallel.For(0, segments.Count, new ParallelOptions { CancellationToken = _cancellationToken }, i =>
        {
            var (label, text) = segments[i];
            stored[i] = (label, text, text.Length, DataFormat.SegmentEncoding.Raw);
            if (compress && text.Length >= MinimumCompressedLength)
            {
                bool hashes = i >= (int)DataFormat.Section.SourceIds && i <= (int)DataFormat.Section.EventAliases;
                bool holdsText = i == (int)DataFormat.Section.Retired || i == (int)DataFormat.Section.Link || i == (int)DataFormat.Section.Imports;
                bool numbers = !hashes && !holdsText && (i < sectionCount || i >= firstListBlock);
                DataFormat.SegmentEncoding encoding = hashes ? DataFormat.SegmentEncoding.DeflateDeltaHashes
                    : numbers ? DataFormat.SegmentEncoding.DeflateDeltaInt32
                    : DataFormat.SegmentEncoding.Deflate;
                string packed = CompressedSegments.Get(text, encoding, encoding switch
                {
                    DataFormat.SegmentEncoding.DeflateDeltaHashes => t => SegmentCodec.DeltaHashes(t, encode: true),
                    DataFormat.SegmentEncoding.DeflateDeltaInt32 => t => SegmentCodec.DeltaInt32(t, encode: true),
                    _ => t => t,
                });
                if (packed.Length < text.Length)
                {
                    stored[i] = (label + " (compressed)", packed, text.Length, encoding);
                }
            }
        });

        // Segments go into constants 1, 2, … of up to ConstantLength characters each (a longer segment gets one of its own),
        // in order; constant 0 holds the header, which is all that opening the store reads.
        var constants = new int[stored.Length];
        var offsets = new int[stored.Length];
        int constant = 1, length = 0;
        for (int i = 0; i < stored.Length; i++)
        {
            int segmentLength = stored[i].Text.Length;
            if (length > 0 && length + segmentLength > DataFormat.ConstantLength)
            {
                constant++;
                length = 0;
            }
            constants[i] = constant;
            offsets[i] = length;
            length += segmentLength;
        }
        int constantCount = stored.Length == 0 ? 1 : constants[stored.Length - 1] + 1;

        // Header: magic, version, counts, longest short-event span, segment count, constant count, section count, section → segment, segment table.
        _out = new CharBuffer();
        _out.Append(DataFormat.Magic).Append((char)_format);
        Int(_sources.Count); Int(_actors.Count); Int(_places.Count); Int(_events.Count);
        Int(_events.Select(Span).Where(span => span <= DataFormat.LongEventDays).DefaultIfEmpty(0).Max());
        Int(stored.Length);
        Int(constantCount);
        Int(sectionCount);
        for (int i = 0; i < sectionCount; i++)
        {
            Int(i);
        }
        for (int i = 0; i < stored.Length; i++)
        {
            Int(constants[i]); Int(offsets[i]); Int(stored[i].Text.Length); Int(stored[i].Decoded); Int((int)stored[i].Encoding);
        }

        var parts = new List<DataPart>(stored.Length + 1) { new("header: magic, version, counts, longest short-event span, sections, segment table", _out.ToString(0, _out.Length), 0) };
        parts.AddRange(stored.Select((x, i) => new DataPart(x.Label, x.Text, constants[i])));
        return parts.ToEquatableArray();
    }

    /// <summary>
    /// Writes <paramref name="count"/> items (records, or event lists) in blocks of <paramref name="perBlock"/>, one segment
    /// each: a block starts with the offset of each of its items in the block, then the items. Returns the segment of
    /// each block, the content of the section that locates them.
    /// </summary>
    /// <param name="record">The linked record that item <c>i</c> is written from, when the text of a block is a function
    /// of its records alone: a block whose records are the same instances as in the last encode of this kind in this
    /// process (the link took them again) is not written again, its text is taken from then.</param>
    /// <param name="layout">What else the text of a block depends on (the records of events hold their ids in data of
    /// versions before 7): blocks are taken from the last encode of this kind with the same layout.</param>
    private int[] Blocks(List<(string Label, string Text)> segments, string kind, int count, int perBlock, Action<int> write, Func<int, string> id,
        Func<int, object>? record = null, string layout = "")
    {
        var blocks = new int[(count + perBlock - 1) / perBlock];
        WrittenBlocks? before = null;
        string cacheKey = layout.Length == 0 ? kind : kind + " " + layout;
        if (record is not null)
        {
            s_written.TryGetValue(cacheKey, out before);
        }
        var written = record is null ? null : new WrittenBlocks(new object[count], new string[blocks.Length]);
        for (int b = 0; b < blocks.Length; b++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            int first = b * perBlock, last = Math.Min(count, first + perBlock) - 1;
            string? text = null;
            if (written is not null)
            {
                // The same block: the same items (the last one ended at the same place) from the same records.
                bool same = before is not null && b < before.Texts.Length && Math.Min(before.Records.Length, first + perBlock) - 1 == last;
                for (int i = first; i <= last; i++)
                {
                    written.Records[i] = record!(i);
                    same = same && ReferenceEquals(written.Records[i], before!.Records[i]);
                }
                text = same ? before!.Texts[b] : null;
            }
            if (text is null)
            {
                _out = new CharBuffer();
                int table = Reserve(last - first + 1);
                for (int i = first; i <= last; i++)
                {
                    Patch(table + 2 * (i - first), _out.Length);
                    write(i);
                }
                text = _out.ToString(0, _out.Length);
            }
            if (written is not null)
            {
                written.Texts[b] = text;
            }
            blocks[b] = segments.Count;
            segments.Add((first == last ? $"{kind}: {id(first)}" : $"{kind}: {id(first)} … {id(last)}", text));
        }
        if (written is not null)
        {
            s_written[cacheKey] = written;
        }
        return blocks;
    }

    /// <summary>Forgets the record blocks written so far.</summary>
    internal static void ClearWrittenBlocks() => s_written.Clear();

    /// <summary>The record blocks of the last encode in this process, by kind: each item's record and each block's text.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WrittenBlocks> s_written = new(StringComparer.Ordinal);

    private sealed class WrittenBlocks
    {
        public WrittenBlocks(object[] records, string[] texts)
        {
            Records = records;
            Texts = texts;
        }

        public object[] Records { get; }

        public string[] Texts { get; }
    }

    private void Ints(int[] values)
    {
        foreach (int value in values)
        {
            Int(value);
        }
    }

    /// <summary>A hash table: the count, then (hash, entity) pairs sorted by unsigned hash, then entity.</summary>
    private void HashTable(IEnumerable<(string Key, int Entity)> entries)
    {
        // Each pair as one number, the unsigned hash above the entity, so that one sort of numbers orders them.
        var sorted = new List<ulong>();
        foreach (var (key, entity) in entries)
        {
            sorted.Add(((ulong)unchecked((uint)SegmentCodec.Hash(key)) << 32) | (uint)entity);
        }
        sorted.Sort();
        _cancellationToken.ThrowIfCancellationRequested();
        Int(sorted.Count);
        foreach (ulong pair in sorted)
        {
            Int(unchecked((int)(uint)(pair >> 32)));
            Int(unchecked((int)(uint)pair));
        }
    }

    /// <summary>The lists of the events involving each actor or its parts: the dataset's own actors, then the imported
    /// ones (whose parts in their own dataset the runtime adds).</summary>
    private List<int>[] ActorEventLists()
    {
        var lists = Enumerable.Range(0, _actors.Count + _dataset.ImportsOf(DataFormat.Kind.Actor).Count).Select(_ => new List<int>()).ToArray();
        var reached = new HashSet<int>();
        for (int e = 0; e < _events.Count; e++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            reached.Clear();
            foreach (var (actor, _) in _events[e].Participants)
            {
                for (int a = actor; a >= 0 && reached.Add(a); a = a < _actors.Count ? _actors[a].PartOf : DataFormat.None)
                {
                    lists[a].Add(e);
                }
            }
        }
        return lists;
    }

    /// <summary>The lists of the events at each place (or within it, when <paramref name="transitive"/>): the dataset's own
    /// places, then the imported ones.</summary>
    private List<int>[] PlaceEventLists(bool transitive)
    {
        var lists = Enumerable.Range(0, _places.Count + _dataset.ImportsOf(DataFormat.Kind.Place).Count).Select(_ => new List<int>()).ToArray();
        var reached = new HashSet<int>();
        for (int e = 0; e < _events.Count; e++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            reached.Clear();
            for (int p = _events[e].Place; p >= 0 && reached.Add(p); p = transitive && p < _places.Count ? _places[p].Within : DataFormat.None)
            {
                lists[p].Add(e);
            }
        }
        return lists;
    }

    /// <summary>The last day of <paramref name="e"/>: its end date, else its date.</summary>
    private static int LastDay(LinkedEvent e) => e.EndDate ?? e.Date;

    /// <summary>The days from the first to the last day of <paramref name="e"/> (0 for an event of one day).</summary>
    private static int Span(LinkedEvent e) => LastDay(e) - e.Date;

    /// <summary>
    /// The events longer than <see cref="DataFormat.LongEventDays"/>, in event order: each one's index, last day, and the
    /// latest last day of it and every long event before it. That running latest day never decreases, so a query binary-searches
    /// it for the first long event that can still be running on its first day.
    /// </summary>
    private void LongEvents()
    {
        int latest = int.MinValue;
        for (int i = 0; i < _events.Count; i++)
        {
            if (Span(_events[i]) > DataFormat.LongEventDays)
            {
                latest = Math.Max(latest, LastDay(_events[i]));
                Int(i);
                Int(LastDay(_events[i]));
                Int(latest);
            }
        }
    }

    /// <summary>
    /// The retired ids, in their linked order (kind word, then id): the count, then per retirement its kind (its position
    /// in <c>DataFormat.RetiredKinds</c>), how (<c>RetirementKind</c>), the successor's index and five strings.
    /// </summary>
    private void Retired()
    {
        Int(_retired.Count);
        foreach (LinkedRetirement r in _retired)
        {
            Int(Array.IndexOf(DataFormat.RetiredKinds, r.Kind));
            Int(r.How);
            Int(r.Successor);
            foreach (string text in new[] { r.Id, r.Target, r.Since, r.Reason, r.Name })
            {
                String(text);
            }
        }
    }

    /// <summary>
    /// The automaton that links texts to actors and places: over the keys of the actors' and places' alias tables (the
    /// ones <c>Find</c> looks up: ids, names, aliases and scoped aliases), each with the entity that has it.
    /// </summary>
    private Almanac.Text.LinkAutomaton LinkAutomaton() =>
        Almanac.Text.LinkAutomaton.Build(
            _aliases[1].Entries.Select(e => (e.Key, Almanac.Text.LinkAutomaton.ActorKind, e.Entity))
                .Concat(_aliases[2].Entries.Select(e => (e.Key, Almanac.Text.LinkAutomaton.PlaceKind, e.Entity))),
            _cancellationToken);

    /// <summary>
    /// The imports (version 6): the number of referenced datasets and each one's id, then per kind (sources, actors,
    /// places) the number of imported entities and, for each, its dataset's position in that list, its id, and the
    /// aliases (a count, then each) and notes (empty for none) that an entry of <c>extends</c> gives it.
    /// </summary>
    private void Imports()
    {
        Int(_dataset.References.Count);
        foreach (LinkedReference reference in _dataset.References)
        {
            String(reference.Id);
        }
        foreach (EquatableArray<LinkedImport> imports in _dataset.Imports)
        {
            Int(imports.Count);
            foreach (LinkedImport import in imports)
            {
                Int(import.Dataset);
                String(import.Id);
                Int(import.Aliases.Count);
                foreach (string alias in import.Aliases)
                {
                    String(alias);
                }
                String(import.Notes ?? "");
            }
        }
    }

    /// <summary>A string: its length, then its characters.</summary>
    private void String(string text)
    {
        Int(text.Length);
        _out.Append(text);
    }

    /// <summary>An event list: the count, then the event indexes in event order.</summary>
    private void List(List<int> events)
    {
        Int(events.Count);
        foreach (int item in events)
        {
            Int(item);
        }
    }

    private int Reserve(int ints)
    {
        int start = _out.Length;
        _out.Append('\0', 2 * ints);
        return start;
    }

    private void Patch(int position, int value)
    {
        _out[position] = (char)(value & 0xFFFF);
        _out[position + 1] = (char)((value >> 16) & 0xFFFF);
    }

    private void Int(int value) => _out.Append((char)(value & 0xFFFF)).Append((char)((value >> 16) & 0xFFFF));
}

/// <summary>A growable char array: appends, and patches of earlier positions, in constant time (a StringBuilder's indexer walks its chunks).</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[4096];

    public int Length { get; private set; }

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public CharBuffer Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
        return this;
    }

    public CharBuffer Append(char c, int count)
    {
        Ensure(count);
        for (int i = 0; i < count; i++)
        {
            _chars[Length++] = c;
        }
        return this;
    }

    public CharBuffer Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(0, _chars, Length, text.Length);
        Length += text.Length;
        return this;
    }

    public string ToString(int start, int length) => new(_chars, start, length);

    private void Ensure(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }
}
