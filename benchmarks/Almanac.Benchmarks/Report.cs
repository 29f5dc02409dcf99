using System.Text.Json;

namespace Almanac.Benchmarks;

/// <summary>
/// Writes the results section of docs/performance.md (between <c>&lt;!-- results:begin --&gt;</c> and
/// <c>&lt;!-- results:end --&gt;</c>) from the files of one run of benchmarks/run-all.sh: machine.txt, probe.txt,
/// build.tsv, startup.tsv, hyperfine.json (optional), edit.tsv, queries.tsv and load.tsv. Medians throughout; verdicts
/// against the targets of the performance issue, each from measurements of the same run.
/// </summary>
public static class Report
{
    private const string Begin = "<!-- results:begin -->";
    private const string End = "<!-- results:end -->";

    public static void Write(string results, string doc)
    {
        string section = Render(results);
        string text = File.Exists(doc) ? File.ReadAllText(doc) : $"# Performance\n\n{Begin}\n{End}\n";
        int begin = text.IndexOf(Begin, StringComparison.Ordinal), end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{doc} has no {Begin} … {End} section.");
        }
        text = text[..(begin + Begin.Length)] + "\n" + section + text[end..];
        File.WriteAllText(doc, text);
        Console.WriteLine(section);
    }

    private sealed record Row(Dictionary<string, string> Values)
    {
        public string this[string key] => Values.TryGetValue(key, out string? v) ? v : "";

        public double Number(string key) => double.TryParse(this[key], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
    }

    private static List<Row> Tsv(string path)
    {
        if (!File.Exists(path))
        {
            return new List<Row>();
        }
        string[] lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        string[] header = lines[0].Split('\t');
        return lines.Skip(1).Select(l =>
        {
            string[] cells = l.Split('\t');
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                values[header[i]] = i < cells.Length ? cells[i] : "";
            }
            return new Row(values);
        }).ToList();
    }

    private static Dictionary<string, string> KeyValues(string text) => text
        .Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries)
        .Where(x => x.Contains('=', StringComparison.Ordinal))
        .GroupBy(x => x[..x.IndexOf('=', StringComparison.Ordinal)])
        .ToDictionary(g => g.Key, g => g.Last()[(g.Key.Length + 1)..], StringComparer.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        double[] v = values.Where(x => !double.IsNaN(x)).OrderBy(x => x).ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    /// <summary>The <c>key=value</c> lines of a file (the last value of a key counts); empty when there is no such file.</summary>
    private static Dictionary<string, string> Properties(string path) => File.Exists(path)
        ? File.ReadAllLines(path).Where(l => l.Contains('=', StringComparison.Ordinal))
            .GroupBy(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).ToDictionary(g => g.Key, g => g.Last()[(g.Key.Length + 1)..], StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A category of the query benchmarks without its ordering number ("06 Involving (part-of)": "Involving (part-of)").</summary>
    private static string Title(string category) => category[(category.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static string Render(string results)
    {
        Dictionary<string, string> machine = Properties(Path.Combine(results, "machine.txt"));
        Dictionary<string, string> probe = Properties(Path.Combine(results, "probe.txt"));
        string M(string key) => machine.TryGetValue(key, out string? v) ? v : "n/a";
        string P(string key) => probe.TryGetValue(key, out string? v) ? v : "n/a";
        int size = int.TryParse(M("bench_events"), out int s) ? s : 100000;
        int small = int.TryParse(M("small_events"), out int sm) ? sm : 10000;
        string sizeText = size.ToString("N0", CultureInfo.InvariantCulture), smallText = small.ToString("N0", CultureInfo.InvariantCulture);
        string fallback = size == 100000 ? "" : $" (at {sizeText})";
        string smallFallback = small == 10000 ? "" : $" (at {smallText})";
        int[] measured = new[] { small, size }.Distinct().ToArray();

        List<Row> builds = Tsv(Path.Combine(results, "build.tsv"));
        List<Row> startup = Tsv(Path.Combine(results, "startup.tsv"));
        List<Row> queries = Tsv(Path.Combine(results, "queries.tsv")).OrderBy(q => q["category"], StringComparer.Ordinal).ToList();
        List<Row> load = Tsv(Path.Combine(results, "load.tsv"));
        List<Row> edits = Tsv(Path.Combine(results, "edit.tsv"));
        Dictionary<string, double> hyperfine = Hyperfine(Path.Combine(results, "hyperfine.json"));

        var md = new StringBuilder();
        md.Append($"_Generated by `bash benchmarks/run-all.sh` on {M("date")} (commit {M("commit")}, {M("total_minutes")} min). Do not edit by hand._\n\n");
        md.Append("### Machine\n\n| | |\n|---|---|\n");
        md.Append($"| CPU | {M("cpu")}, {M("nproc")} cores |\n| memory | {M("memory")} |\n| OS | {M("os")} |\n| .NET SDK / runtime | {M("sdk")} / {M("runtime")} |\n");
        md.Append($"| load average (1, 5, 15 min) at start / end | {M("load")} / {M("load_end")} |\n\n");

        // Build.
        md.Append("### Build from clean\n\n`dotnet build -c Release --no-dependencies` of the synthetic dataset project after deleting its `bin/` and `obj/` (restore included; generator and runtime built before). ");
        md.Append("Csc is the compiler task (the generator runs inside it). Peak memory is the sum over the build's process tree, sampled every 0.2 s. ");
        md.Append("\"Others' CPU\" is the CPU that other processes used during the build, as a share of the machine: above ~10 % the times are inflated.\n\n");
        md.Append("| project | events | median wall | runs | Csc (median) | peak memory | assembly | result | others' CPU (max) |\n|---|---:|---:|---|---:|---:|---:|---|---:|\n");
        foreach (Row b in builds)
        {
            string label = b["label"] == "empty" ? "empty console app" : $"synthetic {b["label"].Replace("synth-", "", StringComparison.Ordinal)}";
            md.Append($"| {label} | {Count(b["events"])} | {Seconds(b.Number("wall_s_median"))} | {b["wall_s_runs"]} | {Seconds(b.Number("csc_s_median"))} | {Mb(b.Number("tree_peak_mb"))} | {Bytes(b["assembly_bytes"])} | {Escape(b["status"])} | {b["others_cpu_pct"]} % |\n");
        }
        md.Append('\n');

        // Start-up.
        double StartupMedian(string name, string field) => field == "wall_ms"
            ? Median(startup.Where(r => r["name"] == name).Select(r => r.Number("wall_ms")))
            : Median(startup.Where(r => r["name"] == name).Select(r => KeyValues(r["result"]).TryGetValue(field, out string? v) ? double.Parse(v, CultureInfo.InvariantCulture) : double.NaN));
        int RunsOf(string name) => startup.Count(r => r["name"] == name);
        double Wall(string name) => hyperfine.TryGetValue(name, out double ms) ? ms : StartupMedian(name, "wall_ms");
        string wallSource = hyperfine.Count > 0 ? "hyperfine (warm-up 3, no shell) for the empty and Almanac processes, `date +%s%N` around each run otherwise" : "`date +%s%N` around each run, after one unrecorded run";
        md.Append("### Start-up: a fresh process answers one query\n\n");
        md.Append("`Find` an actor by alias, then `Involving` it (with its parts), exit. *First event*: the leaf actor of the probe; print the count and the first event. ");
        md.Append("*Every event read*: the well-connected actor (the one whose `Involving` returns the most events); read the date, kind, place and participants (actor and role) of every event of the answer. ");
        md.Append($"Wall: the whole process ({wallSource}). In process: from the start of `Main` to the answer.\n\n");
        md.Append("| process | runs | median wall | median in process | of which: open the store / Find / Involving and the first event or every event read | events in the answer | JIT time in the process |\n|---|---:|---:|---:|---|---:|---:|\n");
        var processes = new List<(string Name, string Title)> { ("empty", "empty console app (`Hello, World!`)") };
        foreach (int n in measured)
        {
            string events = n.ToString("N0", CultureInfo.InvariantCulture);
            processes.Add(($"almanac-query-{n}", $"Almanac, {events} events, first event"));
            processes.Add(($"yaml-query-{n}", $"YamlDotNet + LINQ, {events} events, first event"));
            processes.Add(($"almanac-read-{n}", $"Almanac, {events} events, every event read"));
            processes.Add(($"yaml-read-{n}", $"YamlDotNet + LINQ, {events} events, every event read"));
        }
        foreach (var (name, title) in processes)
        {
            bool almanac = name.StartsWith("almanac", StringComparison.Ordinal);
            string phases = almanac ? $"{Ms(StartupMedian(name, "open_ms"))} / {Ms(StartupMedian(name, "find_ms"))} / {Ms(StartupMedian(name, "involving_ms"))}" : "";
            string count = name == "empty" ? "" : Count(StartupMedian(name, "events").ToString(CultureInfo.InvariantCulture));
            md.Append($"| {title} | {RunsOf(name)} | {Ms(Wall(name))} | {(name == "empty" ? "" : Ms(StartupMedian(name, "main_ms")))} | {phases} | {count} | {(almanac ? Ms(StartupMedian(name, "jit_ms")) : "")} |\n");
        }
        md.Append('\n');

        // Queries.
        md.Append($"### Queries at {sizeText} events\n\nBenchmarkDotNet, in process, median per operation (entities already decoded by the warm-up, as in a running program). Baseline 1: LINQ over `List<T>` loaded with YamlDotNet (`benchmarks/Shared/YamlBaseline.cs`). Baseline 2: DuckDB SQL over the tables of the Parquet export, loaded into memory. ");
        md.Append($"Every query reads the date of every event it returns; the well-connected actor's row (`{P("well-connected-actor")}`: {Count(P("well-connected-events"))} events, {P("well-connected-from")} to {P("well-connected-to")}) reads the date, kind, place name and participants (actor name and role) of every event. ");
        md.Append($"The Arabic-script alias is `{P("arabic-actor-alias")}`. The data holds {Count(P("year-long-events"))} events that last a year or more (the longest {Count(P("longest-event-days"))} days).\n\n");
        md.Append("| query | Almanac | allocated | LINQ (baseline 1) | Almanac faster | DuckDB (baseline 2) | Almanac faster |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var category in queries.GroupBy(q => q["category"]))
        {
            Row? a = category.FirstOrDefault(r => r["method"].EndsWith("_Almanac", StringComparison.Ordinal));
            Row? l = category.FirstOrDefault(r => r["method"].EndsWith("_Linq", StringComparison.Ordinal));
            Row? d = category.FirstOrDefault(r => r["method"].EndsWith("_DuckDB", StringComparison.Ordinal));
            double an = a?.Number("median_ns") ?? double.NaN;
            md.Append($"| {Title(category.Key)} | {Ns(an)} | {Bytes(a?["allocated_bytes"] ?? "")} | {Ns(l?.Number("median_ns") ?? double.NaN)} | {Times((l?.Number("median_ns") ?? double.NaN) / an)} | {Ns(d?.Number("median_ns") ?? double.NaN)} | {Times((d?.Number("median_ns") ?? double.NaN) / an)} |\n");
        }
        md.Append('\n');

        // Edit loop.
        double Edit(int n, string field) => edits.FirstOrDefault(r => r["name"] == $"edit-{n}") is Row r && KeyValues(r["result"]).TryGetValue(field, out string? v)
            ? double.Parse(v, CultureInfo.InvariantCulture) : double.NaN;
        string EditRuns(int n) => edits.FirstOrDefault(r => r["name"] == $"edit-{n}") is Row r && KeyValues(r["result"]).TryGetValue("edit_runs", out string? v) ? v.Replace(",", " ", StringComparison.Ordinal) : "";
        md.Append("### Edit loop: the generator again after one YAML file changes\n\n");
        md.Append("Almanac.Generator in process through Roslyn's `GeneratorDriver` (Microsoft.CodeAnalysis 4.8, the generator's offline host `OfflineRun`) over the files a build hands it. ");
        md.Append("After a first run over the original files, each edit changes the name of one event in one `events-NNN.yaml` (a different file each time) and runs the same driver again: the edited file is parsed again, then the dataset is linked, encoded and emitted. ");
        md.Append("The C# compilation of the generated code is not included. Peak memory: the process's peak resident set.\n\n");
        md.Append("| events | files | first run (cold, JIT included) | median edit | edits (ms) | peak memory |\n|---:|---:|---:|---:|---|---:|\n");
        foreach (int n in measured)
        {
            md.Append($"| {n.ToString("N0", CultureInfo.InvariantCulture)} | {Count(Edit(n, "files").ToString(CultureInfo.InvariantCulture))} | {Ms(Edit(n, "first_ms"))} | {Ms(Edit(n, "edit_ms"))} | {EditRuns(n)} | {Mb(Edit(n, "peak_rss_mb"))} |\n");
        }
        md.Append('\n');

        // Loading and memory.
        double LoadNs(string method) => load.FirstOrDefault(r => r["method"] == method)?.Number("median_ns") ?? double.NaN;
        double almanacAll = LoadNs("Almanac_MaterialiseAll"), yamlAll = LoadNs("Yaml_LoadAll"), duckAll = LoadNs("DuckDB_LoadParquet");
        double cold = StartupMedian($"almanac-all-{size}", "main_ms"), yamlCold = StartupMedian($"yaml-all-{size}", "main_ms");
        double peak = StartupMedian($"almanac-all-{size}", "peak_rss_mb"), yamlPeak = StartupMedian($"yaml-all-{size}", "peak_rss_mb");
        double heap = StartupMedian($"almanac-all-{size}", "gc_heap_mb"), yamlHeap = StartupMedian($"yaml-all-{size}", "gc_heap_mb");
        double heapQuery = StartupMedian($"almanac-query-{size}", "gc_heap_mb"), yamlHeapQuery = StartupMedian($"yaml-query-{size}", "gc_heap_mb");
        double peakQuery = StartupMedian($"almanac-query-{size}", "peak_rss_mb"), yamlPeakQuery = StartupMedian($"yaml-query-{size}", "peak_rss_mb");
        double heapRead = StartupMedian($"almanac-read-{size}", "gc_heap_mb"), yamlHeapRead = StartupMedian($"yaml-read-{size}", "gc_heap_mb");
        double peakRead = StartupMedian($"almanac-read-{size}", "peak_rss_mb"), yamlPeakRead = StartupMedian($"yaml-read-{size}", "peak_rss_mb");
        md.Append($"### Loading everything at {sizeText} events\n\nMaterialise: every field of every source, actor, place and event (`benchmarks/Shared/Materialise.cs`). BenchmarkDotNet rows open a fresh `DatasetStore` on each operation (the string constants of the assembly already read); cold rows are fresh processes (median of {RunsOf($"almanac-all-{size}")}), from `Main` to done, JIT included. Memory is the process after loading everything, or after answering one query (the start-up processes): the managed heap after a full collection and the peak resident set (`VmHWM`), runtime included.\n\n");
        md.Append("| | Almanac | YamlDotNet (baseline 1) | Almanac better by | DuckDB, Parquet into tables (baseline 2) |\n|---|---:|---:|---:|---:|\n");
        md.Append($"| materialise everything (BenchmarkDotNet) | {Ns(almanacAll)} | {Ns(yamlAll)} | {Times(yamlAll / almanacAll)} | {Ns(duckAll)} |\n");
        md.Append($"| materialise everything, cold process | {Ms(cold)} | {Ms(yamlCold)} | {Times(yamlCold / cold)} | |\n");
        md.Append($"| managed heap after loading | {Mb(heap)} | {Mb(yamlHeap)} | {Times(yamlHeap / heap)} | |\n");
        md.Append($"| peak resident memory of the process | {Mb(peak)} | {Mb(yamlPeak)} | {Times(yamlPeak / peak)} | |\n");
        md.Append($"| managed heap after answering one query, first event | {Mb(heapQuery)} | {Mb(yamlHeapQuery)} | {Times(yamlHeapQuery / heapQuery)} | |\n");
        md.Append($"| peak resident memory after answering one query, first event | {Mb(peakQuery)} | {Mb(yamlPeakQuery)} | {Times(yamlPeakQuery / peakQuery)} | |\n");
        md.Append($"| managed heap after one query with every event read | {Mb(heapRead)} | {Mb(yamlHeapRead)} | {Times(yamlHeapRead / heapRead)} | |\n");
        md.Append($"| peak resident memory after one query with every event read | {Mb(peakRead)} | {Mb(yamlPeakRead)} | {Times(yamlPeakRead / peakRead)} | |\n\n");

        // Targets.
        md.Append("### Targets\n\n");
        Row? b100 = builds.FirstOrDefault(b => b["label"] == "synth-100000");
        if (b100 is not null && b100["status"] != "ok")
        {
            md.Append($"The 100,000-event dataset does not build (see Build), so the targets stated at 100k events for start-up, queries, loading and memory are measured at {sizeText} events, the largest size the run tries that builds; rows marked \"(at {sizeText})\" are those. Times grow with the dataset on both sides, so the figures at 100k would differ.\n\n");
        }
        else if (size != 100000 || small != 10000)
        {
            md.Append($"This run measured other sizes than the targets name (`--sizes`): the targets stated at 100k events are measured at {sizeText} events and those at 10k at {smallText}; rows marked \"(at …)\" are those. The verdicts are not those of the targets' sizes.\n\n");
        }
        md.Append("Every ratio compares two measurements of this run.\n\n");
        md.Append("| target | measured | verdict |\n|---|---|---|\n");

        // Builds: against the empty app's clean build of the same run; 1M on its own budget.
        Row? empty = builds.FirstOrDefault(b => b["label"] == "empty");
        Row? bBench = b100 is not null && b100["status"] == "ok" ? b100 : builds.FirstOrDefault(b => b["label"] == $"synth-{size}");
        string buildFallback = ReferenceEquals(bBench, b100) ? "" : fallback;
        if (bBench is null || empty is null)
        {
            md.Append("| clean build at 100k ≤ 4× the empty app's clean build | not measured | — |\n");
        }
        else if (bBench["status"] != "ok")
        {
            md.Append($"| clean build at 100k ≤ 4× the empty app's clean build{buildFallback} | does not build: {Escape(bBench["status"])} ({Seconds(bBench.Number("wall_s_median"))} to the error) | **missed** |\n");
        }
        else
        {
            double w = bBench.Number("wall_s_median"), e = empty.Number("wall_s_median");
            md.Append($"| clean build at 100k ≤ 4× the empty app's clean build{buildFallback} | {Seconds(w)} against {Seconds(e)} (medians of {bBench["runs"]}; Csc {Seconds(bBench.Number("csc_s_median"))} against {Seconds(empty.Number("csc_s_median"))}), others' CPU up to {bBench["others_cpu_pct"]} %: {w / e:0.00}× | {RatioAtMost(w / e, 4)} |\n");
        }
        Row? b1m = builds.FirstOrDefault(b => b["label"] == "synth-1000000");
        if (b1m is null)
        {
            md.Append("| 1M events build from clean in ≤ 90 s with ≤ 4 GB (4,096 MB) peak memory | not run (opt-in: `bash benchmarks/run-all.sh --million`) | — |\n");
        }
        else
        {
            double w = b1m.Number("wall_s_median"), m = b1m.Number("tree_peak_mb");
            bool ok = b1m["status"] == "ok";
            string measuredText = ok ? $"builds in {Seconds(w)}, peak {Mb(m)}, assembly {Bytes(b1m["assembly_bytes"])}" : $"{Escape(b1m["status"])} after {Seconds(w)}, peak {Mb(m)}";
            var over = new List<string>();
            if (w > 90)
            {
                over.Add($"time {w / 90:0.00}× the budget");
            }
            if (m > 4096)
            {
                over.Add($"memory {m / 4096:0.00}× the budget");
            }
            string verdict = !ok ? "**missed** (does not build)" : over.Count == 0 ? "**met**" : $"**missed**: {string.Join(", ", over)}";
            md.Append($"| 1M events build from clean in ≤ 90 s with ≤ 4 GB (4,096 MB) peak memory | {measuredText} | {verdict} |\n");
        }
        if (bBench is not null)
        {
            bool built = long.TryParse(bBench["assembly_bytes"], out long bytes);
            md.Append(built
                ? $"| assembly ≤ 10 MB (10,485,760 bytes) at 100k{buildFallback} | {Bytes(bBench["assembly_bytes"])} | {(bytes <= 10485760 ? "**met**" : $"**missed** by {Bytes((bytes - 10485760).ToString(CultureInfo.InvariantCulture))} ({bytes / 10485760.0:0.00}×)")} |\n"
                : $"| assembly ≤ 10 MB (10,485,760 bytes) at 100k{buildFallback} | no assembly: {Escape(bBench["status"])} | **missed** |\n");
        }

        // Start-up: the well-connected actor's answer read in full.
        double read = StartupMedian($"almanac-read-{size}", "main_ms"), yamlRead = StartupMedian($"yaml-read-{size}", "main_ms");
        var shortfalls = new List<string>();
        if (yamlRead / read < 100)
        {
            shortfalls.Add($"{yamlRead / read:0.#}× of the 100× asked");
        }
        if (read > 50)
        {
            shortfalls.Add($"{Ms(read - 50)} over the 50 ms");
        }
        string readVerdict = double.IsNaN(read) || double.IsNaN(yamlRead) ? "—" : shortfalls.Count == 0 ? "**met**" : $"**missed**: {string.Join(", ", shortfalls)}";
        md.Append($"| first answer in a fresh process at 100k (`Find`, then `Involving` with every event read: date, kind, place, participants) ≥ 100× faster than YamlDotNet + LINQ and ≤ 50 ms in process{fallback} | Almanac {Ms(read)} ({Count(StartupMedian($"almanac-read-{size}", "events").ToString(CultureInfo.InvariantCulture))} events), baseline {Ms(yamlRead)}: {Times(yamlRead / read)} | {readVerdict} |\n");
        double emptyWall = Wall("empty"), wallRead = Wall($"almanac-read-{small}");
        md.Append($"| a process answering one query and reading every event of the answer at 10k: wall ≤ 1.5× an empty console app's{smallFallback} | {Ms(wallRead)} against {Ms(emptyWall)}: {wallRead / emptyWall:0.00}× | {RatioAtMost(wallRead / emptyWall, 1.5)} |\n");
        md.Append($"| materialising every event with every field ≥ 10× faster than the baseline's load{fallback} | BenchmarkDotNet {Ns(almanacAll)} against {Ns(yamlAll)}: {Times(yamlAll / almanacAll)}; cold process {Ms(cold)} against {Ms(yamlCold)}: {Times(yamlCold / cold)} | {MaterialiseVerdict(yamlAll / almanacAll, yamlCold / cold)} |\n");

        // Queries.
        double QueryNs(string category, string suffix) =>
            queries.FirstOrDefault(q => q["category"] == category && q["method"].EndsWith(suffix, StringComparison.Ordinal))?.Number("median_ns") ?? double.NaN;
        foreach (var (category, limit) in new[] { ("01 Get actor by id", 100), ("02 Get event by id", 100), ("03 Find actor by alias", 100), ("04 Find actor by alias in Arabic script", 200), ("05 Find place by alias", 100) })
        {
            double ns = QueryNs(category, "_Almanac");
            md.Append($"| {Title(category)} ≤ {limit} ns{fallback} | {Ns(ns)} | {(double.IsNaN(ns) ? "—" : ns <= limit ? "**met**" : $"**missed** by {Ns(ns - limit)} ({ns / limit:0.0}×)")} |\n");
        }
        foreach (var (category, target, note) in new[]
        {
            ("06 Involving (part-of)", 50, ""),
            ("07 Involving the well-connected actor, reading every event", 100, ""),
            ("08 At (within)", 50, ""),
            ("09 Between (one week)", 50, $", with {Count(P("year-long-events"))} events of a year or more in the data (the longest {Count(P("longest-event-days"))} days)"),
            ("10 Near (50 km)", 50, ""),
        })
        {
            double a = QueryNs(category, "_Almanac"), l = QueryNs(category, "_Linq");
            md.Append($"| {Title(category)} ≥ {target}× faster than a LINQ scan{note}{fallback} | {Ns(a)} against {Ns(l)}: {Times(l / a)} | {Verdict(l / a, target)} |\n");
        }

        // Memory.
        md.Append($"| memory at 100k, every entity decoded: peak resident ≤ 0.5× the baseline's{fallback} | peak resident {Mb(peak)} against {Mb(yamlPeak)} ({peak / yamlPeak:0.00}×); managed heap {Mb(heap)} against {Mb(yamlHeap)} ({heap / yamlHeap:0.00}×) | {RatioAtMost(peak / yamlPeak, 0.5)} |\n");
        md.Append($"| memory at 100k after one query with every event of the answer read: peak resident ≤ 0.2× the baseline's{fallback} | peak resident {Mb(peakRead)} against {Mb(yamlPeakRead)} ({peakRead / yamlPeakRead:0.00}×); managed heap {Mb(heapRead)} against {Mb(yamlHeapRead)} ({heapRead / yamlHeapRead:0.00}×) | {RatioAtMost(peakRead / yamlPeakRead, 0.2)} |\n");

        // Edit loop.
        foreach (var (n, limit, label, note) in new[] { (small, 300.0, "10k: the generator again after one YAML file changes ≤ 300 ms", smallFallback), (size, 2000.0, "100k ≤ 2 s", fallback) })
        {
            double ms = Edit(n, "edit_ms");
            md.Append($"| edit loop at {label}{note} | median {Ms(ms)} of {EditRuns(n).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length} edits | {(double.IsNaN(ms) ? "—" : ms <= limit ? "**met**" : $"**missed** by {Ms(ms - limit)} ({ms / limit:0.00}× the budget)")} |\n");
        }
        return md.ToString();
    }

    /// <summary>The verdict of a ratio that must stay at or below <paramref name="limit"/>.</summary>
    private static string RatioAtMost(double ratio, double limit) =>
        double.IsNaN(ratio) || double.IsInfinity(ratio) ? "—" : ratio <= limit ? "**met**" : $"**missed**: {ratio:0.00}× ({limit:0.0#}× allowed)";

    private static Dictionary<string, double> Hyperfine(string path)
    {
        var medians = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return medians;
        }
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonElement result in json.RootElement.GetProperty("results").EnumerateArray())
        {
            medians[result.GetProperty("command").GetString()!] = result.GetProperty("median").GetDouble() * 1000;
        }
        return medians;
    }

    private static string MaterialiseVerdict(double warm, double cold) =>
        double.IsNaN(warm) || double.IsNaN(cold) ? "—"
        : warm >= 10 && cold >= 10 ? "**met**"
        : warm < 10 && cold < 10 ? $"**missed**: {warm:0.0}× and {cold:0.0}× of the 10× asked"
        : warm >= 10 ? $"**met** in a running process ({warm:0.0}×), **missed** cold ({cold:0.0}×, JIT and reading the string constants included)"
        : $"**met** cold ({cold:0.0}×), **missed** in a running process ({warm:0.0}×)";

    private static string Verdict(double ratio, double target) =>
        double.IsNaN(ratio) ? "—" : ratio >= target ? "**met**" : $"**missed**: {ratio:0.#}× of the {target:0}× asked ({target / ratio:0.0}× short)";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Count(string events) => int.TryParse(events, out int n) && n > 0 ? n.ToString("N0", CultureInfo.InvariantCulture) : "—";

    private static string Seconds(double s) => double.IsNaN(s) ? "n/a" : $"{s:0.0} s";

    private static string Ms(double ms) => double.IsNaN(ms) ? "n/a" : ms >= 10000 ? $"{ms / 1000:0.00} s" : ms >= 100 ? $"{ms:0} ms" : $"{ms:0.0} ms";

    private static string Mb(double mb) => double.IsNaN(mb) ? "n/a" : $"{mb:0} MB";

    private static string Times(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "n/a" : ratio >= 100 ? $"{ratio:0}×" : ratio >= 10 ? $"{ratio:0.0}×" : $"{ratio:0.00}×";

    private static string Bytes(string bytes) => long.TryParse(bytes, out long b)
        ? b >= 1048576 ? $"{b / 1048576.0:0.0} MB" : b >= 1024 ? $"{b / 1024.0:0.0} KB" : $"{b} B"
        : bytes.Length == 0 ? "" : bytes;

    private static string Ns(double ns) => double.IsNaN(ns) ? "n/a"
        : ns >= 1e9 ? $"{ns / 1e9:0.00} s" : ns >= 1e6 ? $"{ns / 1e6:0.00} ms" : ns >= 1e3 ? $"{ns / 1e3:0.0} µs" : $"{ns:0} ns";
}
