using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Almanac.Benchmarks;

/// <summary>
/// <c>run --synth DIR --results DIR [--quick]</c>: runs the query and load benchmarks in process and writes
/// <c>queries.tsv</c> and <c>load.tsv</c> into the results folder.
/// <c>report --results DIR --doc docs/performance.md</c>: rewrites the results section of the document from every
/// results file (see <see cref="Report"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Dictionary<string, string> options = CommandLine.Options(args);
        string command = args.Length > 0 ? args[0] : "";
        if (command == "run" && options.TryGetValue("synth", out string? synth) && options.TryGetValue("results", out string? results))
        {
            return Run(Path.GetFullPath(synth), Path.GetFullPath(results), options.ContainsKey("quick"));
        }
        if (command == "report" && options.TryGetValue("results", out results) && options.TryGetValue("doc", out string? doc))
        {
            Report.Write(Path.GetFullPath(results), Path.GetFullPath(doc));
            return 0;
        }
        Console.Error.WriteLine("Usage: run --synth DIR --results DIR [--quick] | report --results DIR --doc PATH");
        return 2;
    }

    private static int Run(string synth, string results, bool quick)
    {
        Fixture.SynthFolder = synth;
        Directory.CreateDirectory(results);
        Job inProcess = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        Job queries = inProcess
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 3 : 10)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 100 : 250));
        Job load = inProcess.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(quick ? 1 : 5);
        IConfig Config(Job job) => ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(results, "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);

        Summary q = BenchmarkRunner.Run<Queries>(Config(queries));
        Write(q, Path.Combine(results, "queries.tsv"));
        Summary l = BenchmarkRunner.Run<Load>(Config(load));
        Write(l, Path.Combine(results, "load.tsv"));
        return q.HasCriticalValidationErrors || l.HasCriticalValidationErrors || q.Reports.Concat(l.Reports).Any(r => r.ResultStatistics is null) ? 1 : 0;
    }

    /// <summary>One line per benchmark: category, method, median, mean and standard deviation in nanoseconds, bytes allocated per operation.</summary>
    private static void Write(Summary summary, string path)
    {
        var text = new StringBuilder("category\tmethod\tmedian_ns\tmean_ns\tstddev_ns\tallocated_bytes\n");
        foreach (BenchmarkReport report in summary.Reports)
        {
            var statistics = report.ResultStatistics;
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            text.Append(string.Join(",", report.BenchmarkCase.Descriptor.Categories)).Append('\t')
                .Append(report.BenchmarkCase.Descriptor.WorkloadMethod.Name).Append('\t')
                .Append(statistics?.Median.ToString("0.###", CultureInfo.InvariantCulture) ?? "NaN").Append('\t')
                .Append(statistics?.Mean.ToString("0.###", CultureInfo.InvariantCulture) ?? "NaN").Append('\t')
                .Append(statistics?.StandardDeviation.ToString("0.###", CultureInfo.InvariantCulture) ?? "NaN").Append('\t')
                .Append(allocated?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }
}
