using System.Collections.Concurrent;
using System.Diagnostics;
using Almanac.Generator.Parsing;
using CsCheck;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Randomised mutation of the fixture and of the real dataset: for every mutated input no exception escapes the
/// generator, the run ends within a bound, and every diagnostic points at a line of a file it was given.
/// </summary>
/// <remarks>
/// ALMANAC_MUTATIONS sets the number of inputs (default 10,000), ALMANAC_SEED the seed (default
/// <see cref="DefaultSeed"/>); input <c>i</c> is generated from CsCheck's PCG stream <c>i</c> of that seed, so
/// ALMANAC_SEED=s ALMANAC_MUTATION_CASE=i replays exactly one failing input. A failing input is also written to a file
/// (its path is in the failure message) to become a regression case in <see cref="MutationRegressionTests"/>.
/// </remarks>
public class MutationTests
{
    public const ulong DefaultSeed = 20_250_611;

    /// <summary>The longest one input may take through parse, link and emit. Real inputs take milliseconds.</summary>
    private static readonly TimeSpan PerInputBound = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper _output;

    public MutationTests(ITestOutputHelper output) => _output = output;

    private static int Count => Environment.GetEnvironmentVariable("ALMANAC_MUTATIONS") is { Length: > 0 } n
        ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;

    private static ulong Seed => Environment.GetEnvironmentVariable("ALMANAC_SEED") is { Length: > 0 } s
        ? ulong.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;

    private static int? OnlyCase => Environment.GetEnvironmentVariable("ALMANAC_MUTATION_CASE") is { Length: > 0 } c
        ? int.Parse(c, CultureInfo.InvariantCulture) : null;

    /// <summary>Input <paramref name="index"/> of the run with <paramref name="seed"/>: the same on every machine.</summary>
    internal static MutationCase Case(Gen<MutationCase> gen, ulong seed, int index) => gen.Generate(new PCG((uint)index, seed), null!, out _);

    private sealed class CorpusContext
    {
        public CorpusContext(Corpus corpus)
        {
            Parsed = Pipeline.ParseAll(corpus);
            Documents = Pipeline.Documents(corpus);
            Files = corpus.Data.Concat(corpus.Documents).ToDictionary(f => f.Path, f => f.Text);
        }

        public ImmutableArray<ParsedFile> Parsed { get; }
        public ImmutableArray<IndexedDocument> Documents { get; }
        public Dictionary<string, string> Files { get; }
    }

    [Fact]
    public void Mutated_inputs_never_crash_hang_or_report_a_diagnostic_without_a_line()
    {
        ulong seed = Seed;
        int count = Count;
        Corpus[] corpora = { Corpus.Fixture, Corpus.Libya };
        var contexts = corpora.ToDictionary(c => c, c => new CorpusContext(c));
        // The fixture is small and fast; the real dataset is larger (about 15 ms an input): three to one.
        Gen<MutationCase> gen = Mutators.Cases((3, Corpus.Fixture), (1, Corpus.Libya));
        int[] indexes = OnlyCase is int only ? new[] { only } : Enumerable.Range(0, count).ToArray();
        _output.WriteLine($"Mutation run: {indexes.Length} inputs, ALMANAC_SEED={seed} (replay one with ALMANAC_SEED={seed} ALMANAC_MUTATION_CASE=<i>)");

        var failures = new ConcurrentQueue<string>();
        var byId = new ConcurrentDictionary<string, int>();
        var timeByCorpus = new ConcurrentDictionary<string, double>();
        int withModel = 0, next = -1, done = 0;
        int threads = Math.Max(2, Environment.ProcessorCount);
        var started = new long[threads];
        var current = new int[threads];
        var stopwatch = Stopwatch.StartNew();

        void Work(int slot)
        {
            while (failures.Count < 10)
            {
                int k = Interlocked.Increment(ref next);
                if (k >= indexes.Length)
                {
                    break;
                }
                int i = indexes[k];
                Volatile.Write(ref current[slot], i);
                Volatile.Write(ref started[slot], stopwatch.ElapsedTicks);
                MutationCase input = Case(gen, seed, i);
                string text = "";
                try
                {
                    text = input.Text();
                    CorpusContext context = contexts[input.Corpus];
                    var files = new Dictionary<string, string>(context.Files) { [input.Path] = text };
                    long before = stopwatch.ElapsedTicks;
                    Pipeline.Outcome outcome = Pipeline.Run(context.Parsed, context.Documents, input.File, input.Path, text);
                    TimeSpan elapsed = TimeSpan.FromTicks((stopwatch.ElapsedTicks - before) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
                    timeByCorpus.AddOrUpdate(input.Corpus.Name + " " + System.IO.Path.GetFileName(input.Path), elapsed.TotalMilliseconds, (_, t) => t + elapsed.TotalMilliseconds);
                    if (elapsed > PerInputBound)
                    {
                        Fail(i, input, text, $"took {elapsed.TotalSeconds:0.0} s");
                    }
                    foreach (var diagnostic in outcome.Diagnostics)
                    {
                        byId.AddOrUpdate(diagnostic.Descriptor.Id, 1, (_, n) => n + 1);
                        if (Pipeline.Problem(diagnostic, files) is { } problem)
                        {
                            Fail(i, input, text, problem);
                            break;
                        }
                    }
                    if (outcome.Sources.Count > 0)
                    {
                        Interlocked.Increment(ref withModel);
                    }
                }
                catch (Exception ex)
                {
                    Fail(i, input, text, "exception: " + ex);
                }
                Volatile.Write(ref started[slot], 0);
                Interlocked.Increment(ref done);
            }
        }

        void Fail(int i, MutationCase input, string text, string problem)
        {
            string file = SaveFailure(seed, i, text);
            failures.Enqueue($"ALMANAC_SEED={seed} ALMANAC_MUTATION_CASE={i}: {input}\n  input saved to {file}\n  {problem}");
        }

        var workers = Enumerable.Range(0, threads).Select(slot => new Thread(() => Work(slot)) { IsBackground = true, Name = "mutation " + slot }).ToList();
        workers.ForEach(w => w.Start());
        while (!workers.All(w => w.Join(100)))
        {
            for (int slot = 0; slot < threads; slot++)
            {
                long since = Volatile.Read(ref started[slot]);
                if (since != 0 && (stopwatch.ElapsedTicks - since) / (double)Stopwatch.Frequency > 3 * PerInputBound.TotalSeconds)
                {
                    int i = Volatile.Read(ref current[slot]);
                    Assert.Fail($"Input {i} has not finished after {3 * PerInputBound.TotalSeconds} s (a hang): ALMANAC_SEED={seed} ALMANAC_MUTATION_CASE={i}: {Case(gen, seed, i)}");
                }
            }
        }

        _output.WriteLine($"{done} of {indexes.Length} inputs in {stopwatch.Elapsed.TotalSeconds:0.0} s on {threads} threads; {withModel} produced code.");
        _output.WriteLine("Milliseconds by file: " + string.Join(", ", timeByCorpus.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:0}")));
        _output.WriteLine("Diagnostics by id: " + string.Join(", ", byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(failures.IsEmpty, $"ALMANAC_SEED={seed}: {failures.Count} failing inputs\n" + string.Join("\n", failures));
    }

    /// <summary>A smaller sample through the real driver and the compiler: the generator never throws (CS8785) and the generated code always compiles.</summary>
    [Fact]
    public void A_sample_of_mutated_inputs_compiles_through_the_driver()
    {
        ulong seed = Seed;
        int sample = Math.Max(60, Count / 100);
        Gen<MutationCase> fixtureCases = Mutators.Cases(Corpus.Fixture), libyaCases = Mutators.Cases(Corpus.Libya);
        _output.WriteLine($"Driver sample: {sample} inputs, ALMANAC_SEED={seed}");
        var stopwatch = Stopwatch.StartNew();
        var failures = new List<string>();
        int compiled = 0;
        for (int i = 0; i < sample && failures.Count < 5; i++)
        {
            // Mostly the fixture (fast to compile); every sixth input mutates the real dataset.
            bool libya = i % 6 == 5;
            MutationCase input = Case(libya ? libyaCases : fixtureCases, seed + 1, i);
            string text = input.Text();
            var result = GeneratorHarness.Run(input.Corpus.Texts(input.File, text));
            var files = input.Corpus.Texts(input.File, text).ToDictionary(t => t.Path, t => t.GetText()!.ToString());
            string where = $"driver sample {i} (ALMANAC_SEED={seed}, {(libya ? "libya" : "fixture")} stream {i} of seed {seed + 1}): {input}";
            if (result.RunResult.Results.Single().Exception is { } exception)
            {
                failures.Add($"{where}\n  the generator threw: {exception}");
                continue;
            }
            foreach (Diagnostic d in result.Diagnostics)
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                if (d.Id is "ALM016" or "CS8785" || !files.ContainsKey(span.Path))
                {
                    failures.Add($"{where}\n  {d}");
                }
            }
            var generatedErrors = result.Output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
                .ToList();
            if (generatedErrors.Count > 0)
            {
                failures.Add($"{where}\n  the generated code does not compile:\n  " + string.Join("\n  ", generatedErrors.Take(5)));
            }
            if (result.Sources.Count > 0)
            {
                compiled++;
            }
        }
        _output.WriteLine($"{sample} inputs through driver and compiler in {stopwatch.Elapsed.TotalSeconds:0.0} s; {compiled} produced code.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string SaveFailure(ulong seed, int index, string text)
    {
        string directory = Path.Combine(Path.GetTempPath(), "almanac-mutations");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"seed-{seed}-case-{index}.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
