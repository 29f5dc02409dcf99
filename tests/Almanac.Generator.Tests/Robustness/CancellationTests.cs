using System.Diagnostics;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Parsing;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// The generator honours the cancellation token in every loop over files and entities: a cancelled run stops
/// promptly wherever it is (the IDE cancels on each keystroke), and never turns cancellation into a diagnostic.
/// </summary>
[Collection(nameof(CancellationTests))]
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
            yaml.Append($"  - {{ id: a{i}, name: Actor {i}, kind: group, aliases: [Alias {i}], part-of: a{(i / 10 * 10 + (i + 1) % 10)}, sources: [{{ source: s, claim: word{i % 100} }}] }}\n");
        }
        yaml.Append("places:\n");
        for (int i = 0; i < n; i++)
        {
            yaml.Append($"  - {{ id: p{i}, name: Place {i}, kind: town, within: p{i / 10 * 10} }}\n");
        }
        yaml.Append("events:\n");
        for (int i = 0; i < n; i++)
        {
            yaml.Append($"  - {{ id: e{i}, name: Event {i}, kind: statement, date: 2020-05-20, time-precision: day, place: p{i}, participants: [{{ actor: a{i}, role: speaker }}, {{ actor: missing{i % 50}, role: target }}], sources: [{{ source: s, claim: word{i % 100} }}] }}\n");
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
    /// Cancels a run of <paramref name="stage"/> at ten points spread over its length and checks that each run stops
    /// within a tenth of the whole (at least 40 ms). Length and latency are the processor time of the thread that runs the
    /// stage (<see cref="ThreadClock"/>), not wall time, so that other processes on the machine (test assemblies run side
    /// by side) do not count as work the stage did after it was cancelled. A point that misses the bound is tried twice
    /// more (a garbage collection on the stage's thread counts as its time); a stage that does not check its token between
    /// those points misses every try.
    /// </summary>
    private void AssertStopsPromptly(string name, Action<CancellationToken> stage)
    {
        StageRun.Run(stage, target: null); // warm up: the first run includes JIT compilation
        double total = StageRun.Run(stage, target: null).Stopped;
        double bound = Math.Max(40, total / 10);
        var latencies = new List<double>();
        for (int k = 1; k <= 10; k++)
        {
            double at = total * k / 11;
            double best = double.NaN; // NaN: it finished before the cancellation
            for (int attempt = 0; attempt < 3 && !(best < bound); attempt++)
            {
                StageRun run = StageRun.Run(stage, at);
                if (run.Cancelled is not double cancelled)
                {
                    break;
                }
                double latency = run.Stopped - cancelled;
                best = double.IsNaN(best) ? latency : Math.Min(best, latency);
            }
            latencies.Add(best);
            Assert.False(best >= bound,
                $"{name}: cancelled at {at:0} ms of {total:0} ms of {ThreadClock.Unit}, it stopped {best:0} ms later at best of three runs (bound {bound:0} ms)");
        }
        _output.WriteLine($"{name}: {total:0} ms of {ThreadClock.Unit} in full; stopped {string.Join(", ", latencies.Select(l => l.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms after cancellation");
    }

    /// <summary>One run of a stage on a thread of its own, cancelled once that thread has spent <c>target</c> milliseconds.</summary>
    /// <param name="Cancelled">The thread's time when the token was cancelled; null when the stage finished first.</param>
    /// <param name="Stopped">The thread's time when the stage returned or threw.</param>
    private readonly record struct StageRun(double? Cancelled, double Stopped)
    {
        public static StageRun Run(Action<CancellationToken> stage, double? target)
        {
            using var source = new CancellationTokenSource();
            ThreadClock? clock = null;
            double stopped = 0;
            bool finished = false;
            Exception? failure = null;
            using var started = new ManualResetEventSlim();
            var thread = new Thread(() =>
            {
                var own = ThreadClock.ForCurrentThread();
                Volatile.Write(ref clock, own);
                started.Set();
                try
                {
                    stage(source.Token);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    failure = e;
                }
                stopped = own.Milliseconds;
                Volatile.Write(ref finished, true);
            }, maxStackSize: 16 * 1024 * 1024);
            thread.Start();
            started.Wait();
            double? cancelled = null;
            if (target is double at)
            {
                ThreadClock watched = Volatile.Read(ref clock)!;
                // The thread's account disappears when the thread ends: a failed read means it has finished.
                while (!Volatile.Read(ref finished) && watched.TryRead(out double now))
                {
                    if (now >= at)
                    {
                        source.Cancel();
                        cancelled = watched.TryRead(out double then) ? then : null;
                        break;
                    }
                    Thread.Sleep(0);
                }
            }
            thread.Join();
            if (failure is not null)
            {
                throw new InvalidOperationException("The stage failed instead of finishing or stopping.", failure);
            }
            return new StageRun(Volatile.Read(ref finished) && cancelled is not null && stopped >= cancelled ? cancelled : null, stopped);
        }
    }

    /// <summary>
    /// The processor time one thread has used since the clock was made, readable from any thread: on Linux the
    /// scheduler's per-thread account (<c>/proc/self/task/&lt;tid&gt;/schedstat</c>, nanoseconds); elsewhere wall time.
    /// </summary>
    private sealed class ThreadClock
    {
        private readonly string? _schedstat;
        private readonly long _start;
        private readonly Stopwatch _wall = Stopwatch.StartNew();

        private ThreadClock(string? schedstat)
        {
            _schedstat = schedstat;
            _start = schedstat is null ? 0 : ReadNanoseconds(schedstat);
        }

        /// <summary>What the clock measures on this machine.</summary>
        public static string Unit => File.Exists("/proc/thread-self/schedstat") ? "the stage thread's processor time" : "wall time";

        /// <summary>A clock for the calling thread.</summary>
        public static ThreadClock ForCurrentThread()
        {
            string? target = File.Exists("/proc/thread-self/schedstat") ? new FileInfo("/proc/thread-self").LinkTarget : null;
            string? path = target is null ? null : $"/proc/self/task/{Path.GetFileName(target)}/schedstat";
            return new ThreadClock(path is not null && File.Exists(path) && ReadNanoseconds(path) > 0 ? path : null);
        }

        /// <summary>Milliseconds used by the thread since the clock was made.</summary>
        public double Milliseconds => _schedstat is null
            ? _wall.Elapsed.TotalMilliseconds
            : (ReadNanoseconds(_schedstat) - _start) / 1e6;

        /// <summary>Reads <see cref="Milliseconds"/> from another thread; false once the thread has ended.</summary>
        public bool TryRead(out double milliseconds)
        {
            try
            {
                milliseconds = Milliseconds;
                return true;
            }
            catch (IOException)
            {
                milliseconds = 0;
                return false;
            }
        }

        private static long ReadNanoseconds(string path)
        {
            string text = File.ReadAllText(path);
            int space = text.IndexOf(' ');
            return long.Parse(space < 0 ? text : text[..space], System.Globalization.CultureInfo.InvariantCulture);
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
        // Encoding is the fastest stage: a larger dataset gives it a length well above the bound's floor.
        ParsedFile larger = FileParser.Parse("/project/data/t.yaml", Large(12_000), CancellationToken.None);
        LinkedDataset linked = Linker.Link(ImmutableArray.Create(larger), ImmutableArray.Create(s_document), GeneratorOptions.Default("T.D"), CancellationToken.None).Dataset!;
        AssertStopsPromptly("encode", token => DataEncoder.Encode(linked, DataCompression.Always, token));
        // Many files: the driver parses each, then links them all.
        var texts = Enumerable.Range(0, 2_000).Select(i => GeneratorHarness.Data($"f{i}.yaml", $"actors:\n  - {{ id: a{i}, name: A{i}, kind: group }}\n")).ToList();
        texts.Add(GeneratorHarness.Data("dataset.yaml", "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n"));
        AssertStopsPromptly("driver", token => GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation(), token));
    }
}

/// <summary>Runs <see cref="CancellationTests"/> alone, after the tests that run in parallel, so that they do not share its process.</summary>
[CollectionDefinition(nameof(CancellationTests), DisableParallelization = true)]
public sealed class CancellationTestsCollection
{
}
