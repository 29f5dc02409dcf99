using Almanac.Export;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Parsing;

namespace Almanac.Generator.Tests;

/// <summary>Compressed and plain data decode to the same dataset; size limits are diagnostics, not compiler failures.</summary>
public class CompressionTests
{
    private static GeneratorHarness.Result Run(string compression, IEnumerable<AlmanacInput>? texts = null) =>
        GeneratorHarness.Run(texts ?? GeneratorHarness.Fixture("small"), properties: new Dictionary<string, string> { ["AlmanacCompression"] = compression });

    /// <summary>
    /// A data file <c>{id}.yaml</c>: the dataset section, <paramref name="sections"/> (YAML of other sections), then the
    /// events section with the <paramref name="count"/> events <paramref name="item"/> writes, one mapping each.
    /// </summary>
    private static AlmanacInput Events(string id, string sections, int count, Func<int, string> item)
    {
        var yaml = new System.Text.StringBuilder($"dataset: {{ id: {id}, title: T, version: '1', license: CC0-1.0, citation: C }}\n").Append(sections).Append("events:\n");
        for (int i = 0; i < count; i++)
        {
            yaml.Append("  - { ").Append(item(i)).Append(" }\n");
        }
        return GeneratorHarness.Data(id + ".yaml", yaml.ToString());
    }

    [Fact]
    public void Compressed_and_plain_data_decode_to_the_same_dataset()
    {
        var plain = Run("never");
        var compressed = Run("always");
        Assert.Empty(plain.Diagnostics);
        Assert.Empty(compressed.Diagnostics);
        Assert.DoesNotContain("(compressed)", plain.Sources.Single(s => s.HintName == "RiverDataset.Data.g.cs").Text);
        Assert.Contains("(compressed)", compressed.Sources.Single(s => s.HintName == "RiverDataset.Data.g.cs").Text);

        string expected = CanonicalText.Render(plain.Dataset("Test.Data.RiverDataset"));
        Assert.Equal(expected, CanonicalText.Render(compressed.Dataset("Test.Data.RiverDataset")));
        Assert.Contains("Blue Force strikes River Town", expected);
    }

    [Fact]
    public void A_synthetic_dataset_round_trips_through_compressed_blocks()
    {
        // Enough events for several record blocks, with Arabic text, so that block boundaries and packing are exercised.
        var texts = new[]
        {
            Events("synth", "actors:\n  - { id: a, name: A, kind: group }\nplaces:\n  - { id: p, name: P, kind: town, location: { lat: 1.5, lon: 2.5 }, geo-precision: exact }\nsources:\n  - { id: s, title: S, kind: report }\n", 400,
                i => $"id: e-{i}, name: 'Event {i} \u0627\u0644\u0648\u0641\u0627\u0642', kind: statement, date: 2020-05-{1 + i % 28:00}, time-precision: day, place: p, participants: [{{ actor: a, role: speaker }}], summary: '{new string((char)('a' + i % 26), 20 + i % 150)}', sources: [{{ source: s, claim: 'q{i}' }}]"),
        };
        var plain = Run("never", texts);
        var compressed = Run("always", texts);
        Assert.Empty(plain.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        var data = compressed.Dataset("Test.Data.SynthDataset");
        Assert.Equal(CanonicalText.Render(plain.Dataset("Test.Data.SynthDataset")), CanonicalText.Render(data));
        Assert.Equal("e-399", data.Events.Get("e-399").Id);
        Assert.Equal("e-7", data.Events.Find("Event 7 الوفاق")!.Id);
        Assert.Equal(400, data.Events.Involving(data.Actors.Get("a")).Count);
    }

    [Fact]
    public void Event_records_and_their_details_are_found_across_blocks_of_different_sizes()
    {
        // 4,100 events: two blocks of event records (4,096 a block) and nine blocks of their details (512 a block).
        var result = Run("always", new[]
        {
            Events("blocks", "actors:\n  - { id: a, name: A, kind: group }\nplaces:\n  - { id: p, name: P, kind: area }\nsources:\n  - { id: s, title: S, kind: report }\n", 4_100,
                i => $"id: e-{i:0000}, name: 'Event {i}', kind: statement, date: 2020-05-{1 + i / 160:00}, time-precision: day, place: p, participants: [{{ actor: a, role: speaker }}], sources: [{{ source: s, claim: 'q{i}' }}]"),
        });
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Dataset data = result.Dataset("Test.Data.BlocksDataset");
        foreach (int i in new[] { 0, 511, 512, 4_095, 4_096, 4_099 })
        {
            Event e = data.Events[i];
            Assert.Equal($"e-{i:0000}", e.Id);
            Assert.Equal($"Event {i}", e.Name);
            Assert.Equal($"q{i}", e.Citations.Single().Claim);
            Assert.Same(e, data.Events.Get(e.Id));
        }
        Assert.Equal(4_100, data.Events.Involving(data.Actors.Get("a")).Count);
    }

    [Fact]
    public void An_entity_class_of_more_than_a_thousand_members_is_written_a_thousand_members_to_a_file()
    {
        int perFile = Emit.Emitter.MembersPerFile, count = 2 * perFile + 1;
        var result = Run("auto", new[]
        {
            Events("split", "actors:\n  - { id: a, name: A, kind: group }\nplaces:\n  - { id: p, name: P, kind: area }\nsources:\n  - { id: s, title: S, kind: report }\n", count,
                i => $"id: e-{i:0000}, name: 'Event {i}', kind: statement, date: 2020-05-{1 + i / 80:00}, time-precision: day, place: p, participants: [{{ actor: a, role: speaker }}], sources: [{{ source: s, claim: 'q{i}' }}]"),
        });
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(result.CompilationDiagnostics);
        var files = result.Sources.Where(s => s.HintName.StartsWith("SplitDataset.Events.", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "SplitDataset.Events.g.cs", "SplitDataset.Events.2.g.cs", "SplitDataset.Events.3.g.cs" }, files.Select(f => f.HintName));
        int MemberCount(string text) => text.Split('\n').Count(line => line.TrimStart().StartsWith("public static global::Almanac.Event ", StringComparison.Ordinal) && line.Contains("=> All[", StringComparison.Ordinal));
        Assert.Equal(new[] { perFile, perFile, 1 }, files.Select(f => MemberCount(f.Text)));
        // The first file documents the class and holds its lookups and queries; the others hold members only.
        Assert.Contains("public static global::Almanac.EventList Involving(", files[0].Text);
        Assert.All(files.Skip(1), f => Assert.DoesNotContain("All =>", f.Text));
        Assert.All(files.Skip(1), f => Assert.DoesNotContain("GeneratedCode", f.Text));

        // Every member of every file is its own event.
        Type events = result.Load().GetType("Test.Data.Events", throwOnError: true)!;
        var ids = events.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Event))
            .Select(p => ((Event)p.GetValue(null)!).Id)
            .ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"e-{i:0000}"), ids.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void ALM018_named_event_members_are_omitted_above_the_limit()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"), properties: new Dictionary<string, string> { ["AlmanacNamedEventsLimit"] = "1" });
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM018", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.EndsWith("/dataset.yaml", d.Location.GetLineSpan().Path);
        string events = result.Sources.Single(s => s.HintName == "RiverDataset.Events.g.cs").Text;
        Assert.DoesNotContain("_2020_05_19RiverTownStrike", events);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void ALM019_data_larger_than_one_constant_can_hold()
    {
        // The real limit (DataEncoder.MaxDataChars: 268,435,455 characters, the largest blob of the metadata) takes minutes
        // to reach; the encoder applies the same check with a small limit.
        string yaml = "dataset: { id: big, title: B, version: '1', license: CC0-1.0, citation: C }\nsources:\n  - { id: s, title: S, kind: report }\nplaces:\n  - { id: p, name: P, kind: area }\n"
            + "events:\n  - { id: e, name: E, kind: other, date: 2020-01-01, time-precision: day, place: p, summary: "
            + new string('x', 5_000) + ", sources: [{ source: s, claim: q }] }\n";
        ParsedFile file = FileParser.Parse("/project/data/big.yaml", yaml, CancellationToken.None);
        LinkResult linked = Linker.Link(ImmutableArray.Create(file), ImmutableArray<IndexedDocument>.Empty, GeneratorOptions.Default("T.D"), CancellationToken.None);
        Assert.Empty(linked.Diagnostics);
        EncodeResult never = DataEncoder.Encode(linked.Dataset, DataCompression.Never, CancellationToken.None, maxDataChars: 4_000);
        Diagnostic d = Assert.Single(never.Diagnostics).ToDiagnostic();
        Assert.Equal("ALM019", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("/project/data/big.yaml", d.Location.GetLineSpan().Path);
        Assert.Matches(@"^The compiled data takes 0\.0 MB, more than the 0\.0 MB one assembly can carry uncompressed \(set AlmanacCompression to auto\); split the dataset into several projects$", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(never.Data);

        // Compressed, the same data fits.
        EncodeResult always = DataEncoder.Encode(linked.Dataset, DataCompression.Always, CancellationToken.None, maxDataChars: 4_000);
        Assert.Empty(always.Diagnostics);
        Assert.NotNull(always.Data);
    }

    [Fact]
    public void Data_larger_than_the_string_heap_compiles_and_loads()
    {
        // 9 million characters of data: more than the 16 MB string heap of an assembly (CS8103) would hold as a literal.
        var result = Run("never", new[]
        {
            Events("big", "sources:\n  - { id: s, title: S, kind: report }\nplaces:\n  - { id: p, name: P, kind: area }\n", 300,
                i => $"id: e-{i}, name: E{i}, kind: other, date: 2020-01-01, time-precision: day, place: p, summary: {new string((char)('a' + i % 26), 30_000)}, sources: [{{ source: s, claim: q }}]"),
        });
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(result.CompilationDiagnostics);
        string dataset = result.Sources.Single(s => s.HintName == "BigDataset.Data.g.cs").Text;
        // The header, then the segments in constants of at most 128K characters (a longer segment alone), each read when first used.
        Assert.Contains("private const string Data =", dataset);
        Assert.Contains("private const string Data1 =", dataset);
        Assert.Contains("private const string Data2 =", dataset);
        var data = result.Dataset("Test.Data.BigDataset");
        Assert.Equal(300, data.Events.Count);
        Assert.Equal(new string('x', 30_000), data.Events.Get("e-23").Summary);
    }
}
