using System.Reflection;
using Almanac.Compiled;
using Almanac.Libya;
using Almanac.Storage;

namespace Almanac.Tests;

public class StoreTests
{
    [Fact]
    public void Open_rejects_null_and_data_that_is_not_a_dataset()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetStore.Open(null!));
        Assert.Throws<InvalidOperationException>(() => DatasetStore.Open(""));
        Assert.Throws<InvalidOperationException>(() => DatasetStore.Open("not a dataset at all, but long enough"));
    }

    [Fact]
    public void Open_names_the_format_version_it_cannot_read()
    {
        string data = DataFormat.Magic + (char)(DataFormat.Version + 1) + new string('\0', 64);
        var e = Assert.Throws<InvalidOperationException>(() => DatasetStore.Open(data));
        Assert.Contains($"format {DataFormat.Version + 1}", e.Message);
        Assert.Contains($"reads formats {Compiled.CompiledDataset.OldestFormat} to {DataFormat.Version}", e.Message);
    }

    [Fact]
    public void Opening_reads_only_the_header_constant()
    {
        // The generated class carries the header in Data and the segments in Data1, Data2, …; a store opened with the
        // header alone knows the counts, and fails only when a segment is needed.
        string[] constants = LibyaConstants();

        Dataset headerOnly = CompiledDataset.Open(LibyaDataset.Dataset.Info, constants[0]);
        Assert.Equal(Actors.All.Count, headerOnly.Actors.Count);
        Assert.Equal(Events.All.Count, headerOnly.Events.Count);
        Assert.Throws<InvalidOperationException>(() => headerOnly.Actors[0]);

        Dataset complete = CompiledDataset.Open(LibyaDataset.Dataset.Info, constants);
        Assert.Equal(Actors.All[0].Id, complete.Actors[0].Id);
        Assert.Equal(Events.All[Events.All.Count - 1].Id, complete.Events[Events.All.Count - 1].Id);
    }

    [Fact]
    public void Reading_what_queries_read_decodes_no_event_details()
    {
        // Dates, kinds, places and participants are in the events' records; headlines, text and citations are in their
        // detail records, decoded only when one of them is read.
        Dataset dataset = OpenCopyOfLibya();
        Event first = dataset.Events[0];
        DatasetStore store = first.Store;
        long touched = 0;
        foreach (Event e in dataset.Events)
        {
            touched += e.Date.DayNumber + (int)e.Kind + (int)e.TimePrecision + (e.EndDate?.DayNumber ?? 0) + (e.Place?.Id.Length ?? 0) + (e.ClaimedBy?.Id.Length ?? 0);
            foreach (Participant p in e.Participants)
            {
                touched += p.Actor.Id.Length + (int)p.Role;
            }
        }
        Assert.True(touched > 0);
        Assert.True(store.DecodedBlocks(DataFormat.Section.EventOffsets) > 0);
        Assert.Equal(0, store.DecodedBlocks(DataFormat.Section.EventDetailOffsets));
        Assert.Equal(0, store.DecodedBlocks(DataFormat.Section.EventIdOffsets)); // nor ids, stored apart from the records

        Event last = dataset.Events[dataset.Events.Count - 1];
        Assert.Equal(Events.All[dataset.Events.Count - 1].Name, last.Name);
        Assert.Equal(1, store.DecodedBlocks(DataFormat.Section.EventDetailOffsets));
        // The block's text is kept while some of its records have not been decoded; the one record read is kept.
        Assert.Equal(1, store.KeptBlockTexts(DataFormat.Section.EventDetailOffsets));
        Assert.True(store.KeptBlockTexts(DataFormat.Section.EventOffsets) > 0);
        Assert.Same(last.Citations, last.Citations); // decoded once, then kept
        Assert.Equal(Events.All[dataset.Events.Count - 1].Summary, last.Summary);
        Assert.Equal(0, store.DecodedBlocks(DataFormat.Section.EventIdOffsets));

        // Once every record of the block has been decoded, its text is let go.
        Assert.Equal(Events.All.Select(e => e.Name), dataset.Events.Select(e => e.Name));
        Assert.Equal(0, store.KeptBlockTexts(DataFormat.Section.EventDetailOffsets));
    }

    [Fact]
    public void The_ids_of_events_are_read_a_block_at_a_time_when_first_asked_for_and_kept()
    {
        Dataset dataset = OpenCopyOfLibya();
        DatasetStore store = dataset.Events.Store;
        Assert.Equal(DataFormat.Version, store.Format);
        Event first = dataset.Events[0];
        Assert.Equal(0, store.DecodedBlocks(DataFormat.Section.EventIdOffsets));

        Assert.Equal(Events.All[0].Id, first.Id);
        Assert.Same(first.Id, first.Id);
        Assert.Equal(1, store.DecodedBlocks(DataFormat.Section.EventIdOffsets));
        // The block's text is kept until every id of the block has been read.
        Assert.Equal(1, store.KeptBlockTexts(DataFormat.Section.EventIdOffsets));

        // A lookup by id confirms its candidate by the id, read from the same blocks, without decoding the event first.
        Event last = Events.All[Events.All.Count - 1];
        Assert.Equal(last.Name, dataset.Events.Get(last.Id).Name);
        Assert.True(dataset.Events.TryGet(first.Id, out Event? again) && ReferenceEquals(first, again));
        Assert.False(dataset.Events.ContainsId(first.Id + "-x"));
        Assert.Equal(Events.All.Select(e => e.Id), dataset.Events.Select(e => e.Id));
        Assert.Equal((Events.All.Count + DataFormat.EventIdsPerBlock - 1) / DataFormat.EventIdsPerBlock, store.DecodedBlocks(DataFormat.Section.EventIdOffsets));
        Assert.Equal(0, store.KeptBlockTexts(DataFormat.Section.EventIdOffsets)); // every id read: the texts let go
    }

    [Fact]
    public void Differences_of_numbers_round_trip_and_make_ascending_lists_small()
    {
        int[] numbers = { 3, 0, 17, 18, 40, 99_000, 99_001, int.MaxValue, int.MinValue, -1, 5 };
        string text = string.Concat(numbers.Select(n => new string(new[] { (char)(n & 0xFFFF), (char)((uint)n >> 16) })));
        string deltas = SegmentCodec.DeltaInt32(text, encode: true);
        Assert.Equal(text, SegmentCodec.DeltaInt32(deltas, encode: false));
        Assert.Equal(new[] { 1, 0, 22, 0 }, deltas.Substring(6, 4).Select(c => (int)c)); // 17 → 18 and 18 → 40
        Assert.Equal(text, SegmentCodec.Decompress(SegmentCodec.Compress(text), 0, SegmentCodec.Compress(text).Length, text.Length));
        Assert.Throws<System.IO.InvalidDataException>(() => SegmentCodec.DeltaInt32("odd", encode: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII text, long enough to be widened as one run of bytes: 0123456789 abcdefghijklmnopqrstuvwxyz")]
    [InlineData("\u00e9\u0627\u0644\u0648\u0641\u0627\u0642 mixed with ASCII \u0637\u0631\u0647\u0648\u0646\u0629, \u007f\u0080\u3fff\u4000\uffff")]
    [InlineData("\ud800 lone surrogates \udfff and \0 control \u0001 characters\u0085")]
    public void Compressed_segments_round_trip_every_code_unit(string text)
    {
        string longer = string.Concat(Enumerable.Repeat(text, 50)); // runs of ASCII longer than one vector
        foreach (string sample in new[] { text, longer })
        {
            string stored = SegmentCodec.Compress(sample);
            Assert.Equal(sample, SegmentCodec.Decompress(stored, 0, stored.Length, sample.Length));
        }
    }

    [Fact]
    public void Segments_stored_as_differences_are_restored_while_decompressed()
    {
        int[] numbers = Enumerable.Range(0, 5_000).Select(i => i * 37 + (i % 7 == 0 ? 70_000 : 0)).ToArray();
        string text = string.Concat(numbers.Select(n => new string(new[] { (char)(n & 0xFFFF), (char)((uint)n >> 16) })));
        string stored = SegmentCodec.Compress(SegmentCodec.DeltaInt32(text, encode: true));
        Assert.Equal(text, SegmentCodec.Decompress(stored, 0, stored.Length, text.Length, DataFormat.SegmentEncoding.DeflateDeltaInt32));
        string plain = SegmentCodec.Compress(text);
        Assert.True(stored.Length < plain.Length / 2, $"differences: {stored.Length} characters, numbers: {plain.Length}");
        Assert.Throws<System.IO.InvalidDataException>(() => SegmentCodec.Decompress(stored, 0, stored.Length, text.Length - 1, DataFormat.SegmentEncoding.DeflateDeltaInt32));
    }

    [Fact]
    public void A_section_map_with_more_or_fewer_sections_than_this_runtime_knows_still_opens()
    {
        string[] constants = LibyaConstants();
        string header = constants[0];
        int countAt = DataFormat.FixedHeaderLength - 2;
        int count = DataReader.Int32At(header, countAt);
        // Data of format 7 has every section this runtime knows (the imports empty for a dataset that refers to no other).
        Assert.Equal(DataFormat.Version, header[3]);
        Assert.Equal((int)DataFormat.Section.Count, count);
        string WithSections(int sections, string entries) =>
            header.Substring(0, countAt) + (char)sections + (char)0 + entries + header.Substring(DataFormat.FixedHeaderLength + 2 * count);
        string map = header.Substring(DataFormat.FixedHeaderLength, 2 * count);
        // The map with the sections that a writer before them did not have listed as absent (None), which is how this
        // runtime reads a section past the end of a shorter map: the event ids of format 7 are the last section.
        string Without(params DataFormat.Section[] sections)
        {
            char[] entries = map.ToCharArray();
            foreach (DataFormat.Section section in sections)
            {
                entries[2 * (int)section] = entries[2 * (int)section + 1] = '￿';
            }
            return new string(entries);
        }
        Dataset expected = LibyaDataset.Dataset;

        // A newer writer's map: two more sections, one absent, which this runtime skips.
        string[] newer = (string[])constants.Clone();
        newer[0] = WithSections(count + 2, map + "\uFFFF\uFFFF" + "\u0005\u0000");
        Dataset read = CompiledDataset.Open(expected.Info, newer);
        Assert.Equal(expected.Events.Select(e => e.Id), read.Events.Select(e => e.Id));
        Assert.Equal(expected.Events.Involving(Actors.Gna).Count, read.Events.Involving(read.Actors.Get("gna")).Count);

        // An older writer's map: without the link automaton, which reads as empty: Link builds the automaton from the
        // entities instead (LinkTests compares the two).
        string[] older = (string[])constants.Clone();
        older[0] = WithSections(count, Without(DataFormat.Section.Link));
        read = CompiledDataset.Open(expected.Info, older);
        Assert.Equal("", read.Events[0].Store.Section(DataFormat.Section.Link));
        Assert.NotEqual("", expected.Events[0].Store.Section(DataFormat.Section.Link));
        Assert.False(read.Linker.IsStored);
        Assert.True(expected.Linker.IsStored);
        // Without the retired ids too, which read as empty: data compiled before the section existed has no retirements.
        older[0] = WithSections(count, Without(DataFormat.Section.Link, DataFormat.Section.Retired));
        read = CompiledDataset.Open(expected.Info, older);
        Assert.Equal("", read.Events[0].Store.Section(DataFormat.Section.Retired));
        Assert.NotEqual("", expected.Events[0].Store.Section(DataFormat.Section.Retired));
        Assert.Empty(read.Retired);
        Assert.Empty(read.Actors.Retired);
        Assert.Throws<KeyNotFoundException>(() => read.Actors.Get("no-such-actor"));
        // Without the long events too, those are lost; every other section is still read.
        older[0] = WithSections(count, Without(DataFormat.Section.Link, DataFormat.Section.Retired, DataFormat.Section.LongEvents));
        read = CompiledDataset.Open(expected.Info, older);
        Assert.Equal("", read.Events[0].Store.Section(DataFormat.Section.LongEvents));
        Assert.NotEqual("", expected.Events[0].Store.Section(DataFormat.Section.LongEvents));
        Assert.Equal(expected.Events.Select(e => e.Id), read.Events.Select(e => e.Id));
        Assert.Equal(expected.Actors.Select(a => a.Name), read.Actors.Select(a => a.Name));

        // A shorter map: the sections past its end read as empty. Without its last section, format 7 data has lost the
        // ids of its events, which are then corrupt data; everything else is still read.
        older[0] = WithSections(count - 1, map.Substring(0, map.Length - 2));
        read = CompiledDataset.Open(expected.Info, older);
        Assert.Equal("", read.Events[0].Store.Section(DataFormat.Section.EventIdOffsets));
        Assert.Equal(expected.Events.Select(e => e.Date), read.Events.Select(e => e.Date));
        Assert.Equal(expected.Actors.Select(a => a.Id), read.Actors.Select(a => a.Id));
        Assert.Throws<InvalidOperationException>(() => read.Events[0].Id);

        // A map that does not fit in the header is corrupt.
        string[] broken = (string[])constants.Clone();
        broken[0] = header.Substring(0, countAt) + "\uffff\u0000" + header.Substring(DataFormat.FixedHeaderLength);
        Assert.Throws<InvalidOperationException>(() => CompiledDataset.Open(expected.Info, broken));
    }

    /// <summary>The string constants of the generated Libya class, in order: Data (the header), Data1, Data2, ….</summary>
    internal static string[] LibyaConstants()
    {
        Type holder = typeof(LibyaDataset).GetNestedType("Holder", BindingFlags.NonPublic)!;
        var fields = holder.GetFields(BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.Name.StartsWith("Data", StringComparison.Ordinal)).ToList();
        return Enumerable.Range(0, fields.Count)
            .Select(k => (string)fields.Single(f => f.Name == (k == 0 ? "Data" : "Data" + k)).GetRawConstantValue()!)
            .ToArray();
    }

    /// <summary>A second dataset opened from the same constants as <see cref="LibyaDataset.Dataset"/>: equal data, other entities.</summary>
    internal static Dataset OpenCopyOfLibya() => CompiledDataset.Open(LibyaDataset.Dataset.Info, LibyaConstants());

    [Fact]
    public void The_constants_read_in_place_from_metadata_are_the_constants_reflection_reads()
    {
        Type holder = typeof(LibyaDataset).GetNestedType("Holder", BindingFlags.NonPublic)!;
        Dictionary<string, ConstantText> inPlace = MetadataConstants.TryRead(holder)!;
        string[] constants = LibyaConstants();
        Assert.True(constants.Length > 1);
        for (int k = 0; k < constants.Length; k++)
        {
            Assert.Equal(constants[k], inPlace[k == 0 ? "Data" : "Data" + k].ToString());
        }
        // Only string literals: the generated class's other members are not constants of text.
        Assert.All(inPlace.Keys, name => Assert.True(holder.GetField(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)!.IsLiteral));
    }

    /// <summary>String constants of every kind the reader must tell apart: text, empty, Arabic, and constants it must skip.</summary>
    private static class ConstantSample
    {
        public const string Text = "text";
        internal const string Empty = "";
        private const string Arabic = "\u0627\u0644\u0648\u0641\u0627\u0642";
        public const string? Null = null;
        public const int Number = 5;
        public static readonly string NotConstant = "x";

        internal static string Use() => Arabic;
    }

    /// <summary>The string constants of <paramref name="type"/> as System.Reflection.Metadata reads them from its assembly's file.</summary>
    private static Dictionary<string, string> ConstantsBySystemReflectionMetadata(Type type)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(type.Assembly.Location));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var handle = (System.Reflection.Metadata.TypeDefinitionHandle)System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(type.MetadataToken);
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fieldHandle in reader.GetTypeDefinition(handle).GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var constantHandle = field.GetDefaultValue();
            if ((field.Attributes & FieldAttributes.Literal) != 0 && !constantHandle.IsNil
                && reader.GetConstant(constantHandle) is { TypeCode: System.Reflection.Metadata.ConstantTypeCode.String } constant)
            {
                constants[reader.GetString(field.Name)] = reader.GetBlobReader(constant.Value).ReadUTF16(reader.GetBlobReader(constant.Value).Length);
            }
        }
        return constants;
    }

    [Theory]
    [InlineData(typeof(ConstantSample))]
    [InlineData(typeof(System.Runtime.CompilerServices.RuntimeFeature))] // System.Private.CoreLib: tables of more than 65,535 rows, four-byte indexes
    [InlineData(typeof(System.Net.Mime.MediaTypeNames.Application))]
    [InlineData(typeof(LibyaDataset))]
    public void The_metadata_reader_finds_the_string_constants_that_System_Reflection_Metadata_finds(Type type)
    {
        Dictionary<string, string> expected = ConstantsBySystemReflectionMetadata(type);
        Dictionary<string, ConstantText> actual = MetadataConstants.TryRead(type)!;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), actual.Select(c => KeyValuePair.Create(c.Key, c.Value.ToString())).OrderBy(c => c.Key, StringComparer.Ordinal));
        if (type == typeof(ConstantSample))
        {
            Assert.Equal(new[] { "Arabic", "Empty", "Text" }, actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(ConstantSample.Use(), actual["Arabic"].ToString());
        }
    }

    [Fact]
    public void Constants_read_through_reflection_give_the_same_data()
    {
        // Where the runtime gives no metadata in place (a dynamic assembly; Native AOT), the constants are read through
        // reflection: the same data either way.
        Type holder = typeof(LibyaDataset).GetNestedType("Holder", BindingFlags.NonPublic)!;
        DatasetStore inPlace = DatasetStore.Open(holder, "Data"), reflected = DatasetStore.OpenThroughReflection(holder, "Data");
        Assert.Equal(inPlace.Events.Select(e => e.Id + e.Name + e.Summary), reflected.Events.Select(e => e.Id + e.Name + e.Summary));
        Assert.Equal(inPlace.Sources.Select(s => s.Id + s.Document), reflected.Sources.Select(s => s.Id + s.Document));
        Assert.Throws<ArgumentException>(() => DatasetStore.OpenThroughReflection(typeof(StoreTests), "Data"));

        var module = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DynamicData"), System.Reflection.Emit.AssemblyBuilderAccess.Run)
            .DefineDynamicModule("DynamicData");
        var builder = module.DefineType("Holder", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        builder.DefineField("Data", typeof(string), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal).SetConstant("text");
        Assert.Null(MetadataConstants.TryRead(builder.CreateType()));
    }

    [Fact]
    public void Open_by_constant_names_a_missing_constant()
    {
        var e = Assert.Throws<ArgumentException>(() => CompiledDataset.Open(LibyaDataset.Dataset.Info, typeof(StoreTests), "Data"));
        Assert.Contains("has no string constant named 'Data'", e.Message);
        Assert.Throws<ArgumentNullException>(() => CompiledDataset.Open(null!, typeof(LibyaDataset), "Data"));
    }

    [Fact]
    public void The_generated_classes_share_one_dataset()
    {
        Assert.Same(LibyaDataset.Dataset, LibyaDataset.Dataset);
        Assert.Same(LibyaDataset.Dataset.Sources, Sources.All);
        Assert.Same(LibyaDataset.Dataset.Actors, Actors.All);
        Assert.Same(LibyaDataset.Dataset.Places, Places.All);
        Assert.Same(LibyaDataset.Dataset.Events, Events.All);
        Assert.Equal("libya", LibyaDataset.Id);
        Assert.Matches(@"^\d+\.\d+\.\d+", LibyaDataset.Version);
        Assert.Matches("^[0-9a-f]{64}$", LibyaDataset.ContentHash);
    }

    [Fact]
    public void The_dataset_info_holds_the_generated_constants()
    {
        var expected = new DatasetInfo(LibyaDataset.Id, LibyaDataset.Title, LibyaDataset.Version, LibyaDataset.License, LibyaDataset.Citation)
        {
            Description = LibyaDataset.Description,
            ContentHash = LibyaDataset.ContentHash,
            Authors = new[] { "Almanac contributors" },
            Keywords = new[] { "Libya", "armed conflict", "event data" },
            Released = new DateOnly(2026, 12, 3),
        };
        Assert.Equal(expected, LibyaDataset.Dataset.Info);
        Assert.Equal($"{LibyaDataset.Title} ({LibyaDataset.Version})", LibyaDataset.Dataset.ToString());
    }

    [Fact]
    public void Collections_reject_indexes_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Actors.All[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Places.All[Places.All.Count]);
    }
}
