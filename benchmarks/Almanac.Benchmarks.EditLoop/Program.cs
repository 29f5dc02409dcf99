using System.Diagnostics;
using System.Globalization;
using System.Text;
using Almanac.Generator.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Benchmarks.EditLoop;

/// <summary>
/// <c>--synth DIR [--edits K]</c>: the curators' edit loop on the synthetic dataset in DIR. Runs Almanac.Generator
/// once through Roslyn's <see cref="GeneratorDriver"/> over the files a build hands it (<c>data/*.yaml</c> as data,
/// <c>seeds/*</c> as documents, the project's <c>RootNamespace</c>), then K times (default 7): changes the name of one
/// event in one <c>events-NNN.yaml</c> (a different file each time) and runs the same warm driver again, which parses
/// the edited file again, then links, encodes and emits. Prints each time and a <c>result:</c> line with the median.
/// </summary>
public static class Program
{
    private const string NameKey = "\n    name: \"";

    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string? synth = null;
        int edits = 7;
        bool steps = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--synth" when i + 1 < args.Length: synth = args[++i]; break;
                case "--edits" when i + 1 < args.Length: edits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--steps": steps = true; break;
                default:
                    Console.Error.WriteLine("Usage: --synth DIR [--edits K] [--steps]");
                    return 2;
            }
        }
        if (synth is null || edits < 1)
        {
            Console.Error.WriteLine("Usage: --synth DIR [--edits K] (K at least 1)");
            return 2;
        }

        synth = Path.GetFullPath(synth);
        string events = File.ReadLines(Path.Combine(synth, "probe.txt")).First(l => l.StartsWith("events=", StringComparison.Ordinal))["events=".Length..];
        List<AlmanacInput> inputs = Inputs(synth);
        var properties = new GeneratorProperties { RootNamespace = "Synth.Data" };
        Compilation compilation = OfflineRun.Compilation("Synth.Data", new[] { MetadataReference.CreateFromFile(typeof(Actor).Assembly.Location) });

        long start = Stopwatch.GetTimestamp();
        GeneratorDriver driver = OfflineRun.CreateDriver(inputs, properties, trackSteps: steps).RunGenerators(compilation);
        double firstMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Check(driver, "the first run");
        Console.WriteLine($"first run (cold, JIT included): {firstMs:0} ms, {inputs.Count} files");
        if (steps)
        {
            PrintSteps(driver, firstMs);
        }

        List<int> eventFiles = Enumerable.Range(0, inputs.Count).Where(i => Path.GetFileName(inputs[i].Path).StartsWith("events-", StringComparison.Ordinal)).ToList();
        var times = new List<double>();
        GeneratorDriver previous = driver;
        for (int k = 0; k < edits; k++)
        {
            int index = eventFiles[k * 7 % eventFiles.Count];
            AlmanacInput before = inputs[index];
            AlmanacInput after = AlmanacInput.FromBytes(before.Path, Encoding.UTF8.GetBytes(Rename(before.GetText()!.ToString(), $" (revised {k + 1})")), AlmanacFileKind.Data);
            inputs[index] = after;

            start = Stopwatch.GetTimestamp();
            driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation);
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Check(driver, $"edit {k + 1}");
            if (!Changed(previous, driver))
            {
                throw new InvalidOperationException($"Edit {k + 1} did not change the generated code: the driver did not run again.");
            }
            previous = driver;
            times.Add(ms);
            Console.WriteLine($"edit {k + 1}, {Path.GetFileName(after.Path)}: {ms:0.0} ms");
            if (steps)
            {
                PrintSteps(driver, ms);
            }
        }
        double median = Median(times);
        Console.WriteLine($"result: events={events} files={inputs.Count} first_ms={firstMs:0.0} edit_ms={median:0.0} edit_runs={string.Join(",", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))} {Memory.Report()}");
        GC.KeepAlive(driver);
        return 0;
    }

    /// <summary>The files a build of the dataset project hands the generator, in path order: the YAML files, then the documents.</summary>
    private static List<AlmanacInput> Inputs(string synth)
    {
        IEnumerable<AlmanacInput> Files(string folder, string pattern, AlmanacFileKind kind) =>
            Directory.GetFiles(Path.Combine(synth, folder), pattern).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => AlmanacInput.FromBytes(p, File.ReadAllBytes(p), kind));
        return Files("data", "*.yaml", AlmanacFileKind.Data).Concat(Files("seeds", "*", AlmanacFileKind.Document)).ToList();
    }

    /// <summary><paramref name="yaml"/> with <paramref name="suffix"/> added to the name of its first event (inside the quotes).</summary>
    private static string Rename(string yaml, string suffix)
    {
        int key = yaml.IndexOf(NameKey, StringComparison.Ordinal);
        int close = key < 0 ? -1 : yaml.IndexOf('"', key + NameKey.Length);
        if (close < 0)
        {
            throw new InvalidOperationException("No quoted event name in the file.");
        }
        return string.Concat(yaml.AsSpan(0, close), suffix, yaml.AsSpan(close));
    }

    /// <summary>
    /// The time of each step of the generator's pipeline that ran in the last run (Roslyn's tracked steps, 0.5 ms or more),
    /// and what is left for the source outputs (emitting the C# text and reporting diagnostics).
    /// </summary>
    private static void PrintSteps(GeneratorDriver driver, double totalMs)
    {
        double stepsMs = 0;
        foreach (var (name, runs) in driver.GetRunResult().Results[0].TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            double ms = runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
            stepsMs += ms;
            if (ms >= 0.5)
            {
                Console.WriteLine($"  step {name}: {ms:0.0} ms");
            }
        }
        Console.WriteLine($"  outside the steps (source outputs, driver): {totalMs - stepsMs:0.0} ms");
    }

    /// <summary>Fails on any error the generator reported, or when it generated nothing.</summary>
    private static void Check(GeneratorDriver driver, string what)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        Diagnostic[] errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0 || result.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException($"The generator failed on {what}: {(errors.Length > 0 ? string.Join("; ", errors.Take(3)) : "nothing generated")}");
        }
    }

    /// <summary>Whether a generated file of <paramref name="after"/> differs from the one of the same name of <paramref name="before"/>.</summary>
    private static bool Changed(GeneratorDriver before, GeneratorDriver after)
    {
        Dictionary<string, SourceText> old = before.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        return after.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .Any(s => !old.TryGetValue(s.HintName, out SourceText? text) || !text.ContentEquals(s.SourceText));
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
