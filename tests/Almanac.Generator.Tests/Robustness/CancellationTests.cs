using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Linking;
using Almanac.Generator.Model;
using Almanac.Generator.Parsing;
using Almanac.Generator.Project;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// The generator honours the cancellation token in every loop over files and entities: a cancelled run stops
/// promptly wherever it is (the IDE cancels on each keystroke), and never turns cancellation into a diagnostic.
/// </summary>
public class CancellationTests
{
    private readonly ITestOutputHelper _output;

    public CancellationTests(ITestOutputHelper output) => _output = output;

    /// <summary>A dataset large in every dimension the linker and encoder loop over: entities, references, short part-of cycles and within chains, aliases, citations.</summary>
    private static string Large(int n)
    {
        var yaml = new StringBuilder("dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n")
            .Append("sources:\n  - { id: s, title: S, kind: report, document: seeds/doc.txt }\nactors:\n");
        for (int i = 0; i < n; i++)
        {
            yaml.Append($"  - {{ id: a{i}, name: Actor {i}, kind: group, aliases: [Alias {i}], part-of: a{(i / 10 * 10 + (i + 1) % 10)}, sources: [{{ source: s, quote: word{i % 100} }}] }}\n");
        }
        yaml.Append("places:\n");
        for (int i = 0; i < n; i++)
        {
            yaml.Append($"  - {{ id: p{i}, name: Place {i}, kind: town, within: p{i / 10 * 10} }}\n");
        }
        yaml.Append("events:\n");
        for (int i = 0; i < n; i++)
        {
            yaml.Append($"  - {{ id: e{i}, name: Event {i}, kind: statement, date: 2020-05-20, time-precision: day, place: p{i}, participants: [{{ actor: a{i}, role: speaker }}, {{ actor: missing{i % 50}, role: target }}], sources: [{{ source: s, quote: word{i % 100} }}] }}\n");
        }
        return yaml.ToString();
    }

    private static readonly string s_documentText = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"word{i}"));

    private static readonly IndexedDocument s_document = QuoteIndex.Prepare("/project/seeds/doc.txt", s_documentText, CancellationToken.None);

    [Fact]
    public void A_cancelled_token_stops_every_stage_and_the_driver()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string yaml = Large(10);
        Assert.ThrowsAny<OperationCanceledException>(() => FileParser.Parse("/project/data/t.yaml", yaml, cancelled.Token));
        ParsedFile parsed = FileParser.Parse("/project/data/t.yaml", yaml, CancellationToken.None);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Linker.Link(ImmutableArray.Create(parsed), ImmutableArray.Create(s_document), GeneratorOptions.Default("T.D"), cancelled.Token));
        LinkedDataset linked = Linker.Link(ImmutableArray.Create(parsed), ImmutableArray.Create(s_document), GeneratorOptions.Default("T.D"), CancellationToken.None).Dataset!;
        Assert.ThrowsAny<OperationCanceledException>(() => DataEncoder.Encode(linked, DataCompression.Auto, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => QuoteIndex.Prepare("/project/seeds/doc.txt", s_documentText, cancelled.Token));
        var texts = new[] { GeneratorHarness.Data("t.yaml", yaml), GeneratorHarness.Document("doc.txt", s_documentText) };
        Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation(), cancelled.Token));
    }

    /// <summary>
    /// Cancels a run of <paramref name="stage"/> at ten points spread over its length; each must stop within a tenth of the
    /// whole (at least 250 ms). A point that misses the bound is tried twice more, so that a pause of the machine (a
    /// garbage collection, another process on the cores) does not fail it; a stage that does not check its token between
    /// those points misses every try.
    /// </summary>
    private void AssertStopsPromptly(string name, Action<CancellationToken> stage)
    {
        stage(CancellationToken.None); // warm up: the first run includes JIT compilation
        var full = Stopwatch.StartNew();
        stage(CancellationToken.None);
        TimeSpan total = full.Elapsed;
        TimeSpan bound = TimeSpan.FromMilliseconds(Math.Max(250, total.TotalMilliseconds / 10));
        var latencies = new List<double>();
        for (int k = 1; k <= 10; k++)
        {
            TimeSpan at = total * k / 11;
            double best = double.NaN; // NaN: it finished before the cancellation
            for (int attempt = 0; attempt < 3 && !(best < bound.TotalMilliseconds); attempt++)
            {
                double? latency = LatencyAfterCancelling(stage, at);
                if (latency is null)
                {
                    break;
                }
                best = double.IsNaN(best) ? latency.Value : Math.Min(best, latency.Value);
            }
            latencies.Add(best);
            Assert.False(best >= bound.TotalMilliseconds,
                $"{name}: cancelled at {at.TotalMilliseconds:0} ms of {total.TotalMilliseconds:0} ms, it stopped {best:0} ms later at best of three runs (bound {bound.TotalMilliseconds:0} ms)");
        }
        _output.WriteLine($"{name}: {total.TotalMilliseconds:0} ms in full; stopped {string.Join(", ", latencies.Select(l => l.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms after cancellation");
    }

    /// <summary>How long after <paramref name="at"/> a run cancelled at <paramref name="at"/> stopped, in milliseconds; null when
    /// it finished before the cancellation.</summary>
    private static double? LatencyAfterCancelling(Action<CancellationToken> stage, TimeSpan at)
    {
        using var source = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        source.CancelAfter(at);
        try
        {
            stage(source.Token);
            return null;
        }
        catch (OperationCanceledException)
        {
            return (clock.Elapsed - at).TotalMilliseconds;
        }
    }

    [Fact]
    public void Parsing_and_linking_stop_promptly_when_cancelled()
    {
        string yaml = Large(4_000);
        AssertStopsPromptly("parse", token => FileParser.Parse("/project/data/t.yaml", yaml, token));
        ParsedFile parsed = FileParser.Parse("/project/data/t.yaml", yaml, CancellationToken.None);
        AssertStopsPromptly("link", token =>
            Linker.Link(ImmutableArray.Create(parsed), ImmutableArray.Create(s_document), GeneratorOptions.Default("T.D"), token));
        LinkedDataset linked = Linker.Link(ImmutableArray.Create(parsed), ImmutableArray.Create(s_document), GeneratorOptions.Default("T.D"), CancellationToken.None).Dataset!;
        AssertStopsPromptly("encode", token => DataEncoder.Encode(linked, DataCompression.Always, token));
        // Many files: the driver parses each, then links them all.
        var texts = Enumerable.Range(0, 2_000).Select(i => GeneratorHarness.Data($"f{i}.yaml", $"actors:\n  - {{ id: a{i}, name: A{i}, kind: group }}\n")).ToList();
        texts.Add(GeneratorHarness.Data("dataset.yaml", "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n"));
        AssertStopsPromptly("driver", token => GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation(), token));
    }
}
