using Almanac.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Synth.Data;

namespace Almanac.Benchmarks.Link;

/// <summary>
/// <c>run --synth DIR --results DIR [--quick]</c>: links a text of 10 MB (<see cref="LinkText"/>) against the compiled
/// synthetic dataset and writes <c>link.tsv</c> into the results folder: the dataset's alias keys, the text's size, the
/// median time of one <c>Dataset.Link</c> and the throughput. <c>Link</c> runs on one thread, so one core.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Dictionary<string, string> options = CommandLine.Options(args);
        if (args.Length == 0 || args[0] != "run" || !options.TryGetValue("synth", out string? synth) || !options.TryGetValue("results", out string? results))
        {
            Console.Error.WriteLine("Usage: run --synth DIR --results DIR [--quick]");
            return 2;
        }
        bool quick = options.ContainsKey("quick");
        LinkText.SynthFolder = Path.GetFullPath(synth);
        LinkText.RequireAliases = !quick;
        Directory.CreateDirectory(results);
        Job job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 3 : 10)
            .WithInvocationCount(1).WithUnrollFactor(1) // one Link of the whole text per measurement
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 100 : 250));
        IConfig config = ManualConfig.CreateMinimumViable().AddJob(job)
            .WithArtifactsPath(Path.Combine(Path.GetFullPath(results), "bdn-link"))
            .WithOptions(ConfigOptions.DisableLogFile);
        Summary summary = BenchmarkRunner.Run<LinkBenchmark>(config);
        BenchmarkReport? report = summary.Reports.SingleOrDefault();
        if (summary.HasCriticalValidationErrors || report?.ResultStatistics is null)
        {
            return 1;
        }
        double medianNs = report.ResultStatistics.Median;
        LinkText text = LinkText.Instance;
        double megabytes = text.Utf8Bytes / 1e6;
        File.WriteAllText(Path.Combine(results, "link.tsv"),
            "alias_keys\ttext_chars\ttext_utf8_bytes\tmentions\tmedian_ns\tmb_per_s\n" +
            $"{text.AliasKeys}\t{text.Text.Length}\t{text.Utf8Bytes}\t{text.Mentions}\t{medianNs:0}\t{megabytes / (medianNs / 1e9):0.0}\n");
        Console.WriteLine($"Link: {megabytes:0.0} MB against {text.AliasKeys:N0} alias keys in {medianNs / 1e6:0.0} ms (median): {megabytes / (medianNs / 1e9):0.0} MB/s");
        return 0;
    }
}

/// <summary>Dataset.Link over the whole text, the automaton already read (the first Link of a dataset reads it).</summary>
public class LinkBenchmark
{
    private Dataset _dataset = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _dataset = SynthDataset.Dataset;
        _text = LinkText.Instance.Text;
    }

    [Benchmark]
    public int Link() => _dataset.Link(_text).Count;
}

/// <summary>
/// The text the benchmark links: the synthetic dataset's source documents (news-like prose), repeated to 10 MB (10,000,000
/// UTF-8 bytes; the prose is ASCII apart from the names), with one name of an actor or place every 300 characters or so,
/// drawn with a fixed seed from every name and alias and written as a curator meets them: as written, in upper case, in
/// lower case or with hyphens for spaces.
/// </summary>
public sealed class LinkText
{
    private static LinkText? s_instance;

    public static LinkText Instance => s_instance ??= new LinkText();

    public static string SynthFolder { get; set; } = "";

    /// <summary>Whether the dataset must have at least 10,000 alias keys (off for a quick run on a small dataset).</summary>
    public static bool RequireAliases { get; set; } = true;

    public const int TargetBytes = 10_000_000;

    private LinkText()
    {
        Dataset dataset = SynthDataset.Dataset;
        var names = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Entity entity in dataset.Actors.Cast<Entity>().Concat(dataset.Places))
        {
            foreach (string name in new[] { entity.Id, entity.Name }.Concat(entity.Aliases))
            {
                names.Add(name);
                keys.Add(AliasKey.Normalize(name));
            }
        }
        AliasKeys = keys.Count;
        if (RequireAliases && AliasKeys < 10_000)
        {
            throw new InvalidOperationException($"The dataset in {SynthFolder} has {AliasKeys} alias keys of actors and places, fewer than 10,000: generate it with --events 137000.");
        }
        string[] documents = Directory.GetFiles(Path.Combine(SynthFolder, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(20200521);
        var text = new StringBuilder(TargetBytes + 1000);
        int bytes = 0;
        for (int d = 0; bytes < TargetBytes; d = (d + 1) % documents.Length)
        {
            string document = documents[d];
            for (int at = 0; at < document.Length && bytes < TargetBytes;)
            {
                int next = document.IndexOf(' ', Math.Min(document.Length - 1, at + 250 + random.Next(100)));
                next = next < 0 ? document.Length : next + 1;
                string prose = document[at..next];
                string name = names[random.Next(names.Count)];
                name = random.Next(4) switch { 0 => name.ToUpperInvariant(), 1 => name.ToLowerInvariant(), 2 => name.Replace(' ', '-'), _ => name };
                string piece = prose + name + " ";
                text.Append(piece);
                bytes += Encoding.UTF8.GetByteCount(piece);
                at = next;
            }
        }
        Text = text.ToString();
        Utf8Bytes = bytes;
        Mentions = dataset.Link(Text).Count; // also reads the automaton before anything is measured
    }

    public string Text { get; }

    public int Utf8Bytes { get; }

    public int AliasKeys { get; }

    public int Mentions { get; }
}
