using System.Diagnostics;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Resource limits (docs/limits.md): alias and anchor bombs, deep nesting, a 50 MB file and 10,000 files finish in
/// bounded time and memory, through the real driver, with a located diagnostic where a limit is hit.
/// </summary>
public class LimitTests
{
    private const string Dataset = "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n";

    private readonly ITestOutputHelper _output;

    public LimitTests(ITestOutputHelper output) => _output = output;

    /// <summary>Runs the generator (not the compiler) on <paramref name="texts"/>; returns the result, the time and the bytes allocated on this thread.</summary>
    private GeneratorHarness.Result Measure(string what, IEnumerable<AlmanacInput> texts, TimeSpan bound, long allocationBound, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = texts.ToList();
        long inputChars = list.Sum(t => (long)t.GetText()!.Length);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var result = GeneratorHarness.Run(list, properties: properties);
        stopwatch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{what}: {list.Count} files, {inputChars / 1e6:0.0} M characters: {stopwatch.Elapsed.TotalSeconds:0.00} s, {allocated / 1e6:0} MB allocated, "
            + $"{result.Diagnostics.Length} diagnostics ({string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} ×{g.Count()}"))})");
        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.True(stopwatch.Elapsed < bound, $"{what} took {stopwatch.Elapsed.TotalSeconds:0.0} s, more than {bound.TotalSeconds} s");
        Assert.True(allocated < allocationBound, $"{what} allocated {allocated / 1e6:0} MB, more than {allocationBound / 1e6:0} MB");
        foreach (Diagnostic d in result.Diagnostics)
        {
            Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, d.ToString());
            Assert.NotEqual("ALM016", d.Id);
        }
        return result;
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expanding_it()
    {
        // "Billion laughs": ten levels of ten aliases each would expand to 10^10 values.
        var yaml = new StringBuilder(Dataset).Append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }
        yaml.Append("actors:\n  - &x { id: x, name: X, kind: group }\n  - <<: *x\n    id: y\n");
        var result = Measure("alias bomb", new[] { GeneratorHarness.Data("bomb.yaml", yaml.ToString()) }, TimeSpan.FromSeconds(10), 200_000_000);
        var refused = result.Diagnostics.Where(d => d.Id == "ALM015").ToList();
        Assert.Equal(11 + 100 + 2, refused.Count); // every anchor and every alias, each at its line
        Assert.All(refused, d => Assert.EndsWith("/bomb.yaml", d.Location.GetLineSpan().Path));
    }

    [Theory]
    [InlineData(1_000, "flow")]
    [InlineData(1_000, "block")]
    [InlineData(100_000, "flow")]
    public void Deep_nesting_stops_at_the_limit_with_a_located_error(int depth, string style)
    {
        string nested = style == "flow"
            ? "actors: " + new string('[', depth) + new string(']', depth) + "\n"
            : "actors:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i + 2) + "-\n"));
        var result = Measure($"{depth} levels ({style})", new[] { GeneratorHarness.Data("dataset.yaml", Dataset), GeneratorHarness.Data("deep.yaml", nested) },
            TimeSpan.FromSeconds(20), 2_000_000_000);
        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Id == "ALM001");
        Assert.Contains("more than 64 levels", d.GetMessage());
        Assert.EndsWith("/deep.yaml", d.Location.GetLineSpan().Path);
    }

    /// <summary>About 50 MB of events in one file: 120,000 events with distinct text.</summary>
    private static string FiftyMegabytes()
    {
        var yaml = new StringBuilder(52_000_000).Append(Dataset)
            .Append("sources:\n  - { id: s, title: S, kind: report }\nactors:\n  - { id: a, name: A, kind: group }\nplaces:\n  - { id: p, name: P, kind: town }\nevents:\n");
        var random = new Random(7);
        int i = 0;
        while (yaml.Length < 50_000_000)
        {
            yaml.Append("  - id: e").Append(i).Append("\n    name: Event ").Append(i).Append("\n    kind: statement\n    date: 2020-05-")
                .Append((1 + i % 28).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\n    time-precision: day\n    place: p\n    participants: [{ actor: a, role: speaker }]\n    summary: ");
            for (int w = 0; w < 30; w++)
            {
                yaml.Append((char)('a' + random.Next(26))).Append((char)('a' + random.Next(26))).Append((char)('a' + random.Next(26))).Append(' ');
            }
            yaml.Append("\n    sources: [{ source: s, claim: q").Append(i).Append(" }]\n");
            i++;
        }
        return yaml.ToString();
    }

    [Fact]
    public void A_fifty_megabyte_file_compiles_in_bounded_time()
    {
        string yaml = FiftyMegabytes();
        var result = Measure("50 MB file", new[] { GeneratorHarness.Data("big.yaml", yaml) }, TimeSpan.FromSeconds(60), 6_000_000_000,
            new Dictionary<string, string> { ["AlmanacNamedEventsLimit"] = "1000" });
        // Compressed, the data is more than the 16 MB string heap of an assembly could hold, and it still compiles.
        Assert.Equal("ALM018", Assert.Single(result.Diagnostics).Id);
        Assert.Contains("(compressed)", result.Sources.Single(s => s.HintName == "TDataset.Data.g.cs").Text);
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void Ten_thousand_unknown_references_among_ten_thousand_ids_end_in_bounded_time()
    {
        // Every event names an actor that does not exist. Found by this test: each ALM006 compared the wrong id with all
        // 10,000 ids, taking 122 s and 17.7 GB of allocations. Suggestions now stop early and share a budget of comparisons.
        var yaml = new StringBuilder(Dataset).Append("sources:\n  - { id: s, title: S, kind: report }\nactors:\n");
        for (int i = 0; i < 10_000; i++)
        {
            yaml.Append($"  - {{ id: actor-{i}, name: Actor {i}, kind: group }}\n");
        }
        yaml.Append("events:\n");
        for (int i = 0; i < 10_000; i++)
        {
            yaml.Append($"  - {{ id: e{i}, name: E{i}, kind: statement, date: 2020-05-20, time-precision: day, participants: [{{ actor: actr-{i}, role: speaker }}], sources: [{{ source: s, claim: q }}] }}\n");
        }
        var result = Measure("10,000 unknown references", new[] { GeneratorHarness.Data("refs.yaml", yaml.ToString()) }, TimeSpan.FromSeconds(30), 4_000_000_000);
        Assert.Equal(10_000, result.Diagnostics.Count(d => d.Id == "ALM006"));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().EndsWith("too many unknown references to search for the closest ids", StringComparison.Ordinal));
        Assert.Contains("closest ids: actor-1,", result.Diagnostics.First(d => d.Id == "ALM006" && d.GetMessage().Contains("'actr-1'", StringComparison.Ordinal)).GetMessage());
    }

    [Fact]
    public void Ten_thousand_files_end_in_bounded_time()
    {
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("dataset.yaml", Dataset + "sources:\n  - { id: s, title: S, kind: report }\nplaces:\n  - { id: p, name: P, kind: area }\n") };
        for (int i = 0; i < 10_000; i++)
        {
            texts.Add(GeneratorHarness.Data($"f{i:00000}.yaml",
                $"actors:\n  - {{ id: a{i}, name: Actor {i}, kind: group }}\nevents:\n  - {{ id: e{i}, name: Event {i}, kind: statement, date: 2020-05-20, time-precision: day, place: p, participants: [{{ actor: a{i}, role: speaker }}], sources: [{{ source: s, claim: q }}] }}\n"));
        }
        var result = Measure("10,000 files", texts, TimeSpan.FromSeconds(60), 4_000_000_000);
        Assert.Empty(result.Diagnostics);
        // The dataset class, its data, its lookup table, one file of sources and one of places, and the files of the
        // 10,000 actors and of the 10,000 events, Emitter.MembersPerFile members to a file.
        int files = 10_000 / Emit.Emitter.MembersPerFile;
        Assert.Equal(3 + 1 + 1 + 2 * files, result.Sources.Count);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith($".Events.{files}.g.cs", StringComparison.Ordinal));
    }
}
