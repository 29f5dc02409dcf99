using System.Collections.Immutable;
using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace Almanac.Generator.Tests;

/// <summary>The pipeline caches: unchanged input re-runs nothing, one edited file re-parses only that file.</summary>
public class IncrementalTests
{
    /// <summary>Every step name the pipeline declares.</summary>
    private static readonly string[] s_steps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The steps that read the compilation: any edit of a C# file runs them again (with an unchanged result).</summary>
    private static readonly string[] s_compilationSteps = { TrackingNames.Runtime };

    private static (GeneratorDriver Driver, Compilation Compilation, List<AlmanacInput> Texts) FirstRun()
    {
        var texts = GeneratorHarness.Fixture("small");
        texts.Add(GeneratorHarness.Data("more.yaml", "actors:\n  - id: green-party\n    name: Green Party\n    kind: political-party\n"));
        CSharpCompilation compilation = GeneratorHarness.Compilation(true, "internal static class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static Dictionary<string, List<IncrementalStepRunReason>> Reasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps
            .Where(step => s_steps.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(o => o.Reason).ToList());

    /// <summary>The compilation with its one C# file replaced by a variant that declares <paramref name="member"/>.</summary>
    private static Compilation EditCsFile(Compilation compilation, string member)
    {
        SyntaxTree old = compilation.SyntaxTrees.Single();
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText($"internal static class A {{ {member} }}", GeneratorHarness.ParseOptions, old.FilePath));
    }

    private static void AssertEveryStepCached(GeneratorDriver driver)
    {
        foreach (var (step, reasons) in Reasons(driver))
        {
            Assert.All(reasons, r => Assert.True(r == IncrementalStepRunReason.Cached
                || (r == IncrementalStepRunReason.Unchanged && s_compilationSteps.Contains(step)), $"{step}: {r}"));
        }
    }

    /// <summary>Asserts that the Parse step re-ran for the file ending in <paramref name="fileSuffix"/> alone, and the model changed.</summary>
    private static void AssertOnlyReparsed(GeneratorDriver driver, string fileSuffix, int files)
    {
        var parse = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Parse];
        Assert.Equal(files, parse.Length);
        var reparsed = parse.SelectMany(run => run.Outputs.Select(o => (run, o.Reason))).Where(x => x.Reason != IncrementalStepRunReason.Cached).ToList();
        var (run, reason) = Assert.Single(reparsed);
        Assert.Equal(IncrementalStepRunReason.Modified, reason);
        Assert.EndsWith(fileSuffix, ((dynamic)run.Outputs[0].Value).Path);
        Assert.Contains(Reasons(driver)[TrackingNames.Model], r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Every_step_is_tracked()
    {
        var (driver, _, _) = FirstRun();
        Assert.Equal(s_steps.OrderBy(s => s), Reasons(driver).Keys.OrderBy(s => s));
    }

    [Fact]
    public void Running_again_with_the_same_input_reruns_nothing()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation.Clone());
        foreach (var (step, reasons) in Reasons(driver))
        {
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
    }

    [Fact]
    public void Requiring_provenance_reparses_no_file_and_reports_the_gaps_the_parse_found()
    {
        var (driver, compilation, texts) = FirstRun();
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id == "ALM029");
        driver = driver.WithUpdatedAnalyzerConfigOptions(new Options(texts, GeneratorHarness.Properties(properties: new Dictionary<string, string>
        {
            [OptionKeys.Properties.RequireProvenance] = "true",
        }))).RunGenerators(compilation);
        var reasons = Reasons(driver);
        Assert.All(reasons[TrackingNames.Parse], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(reasons[TrackingNames.ProvenanceDiagnostics], r => r == IncrementalStepRunReason.Modified);
        // The small fixture names the provenance of each of its values but the blue state's Wikidata id and the hill fort's location.
        Assert.Equal(new[] { "The 'location' of place 'hill-fort'", "The 'wikidata' of actor 'blue-state'" },
            driver.GetRunResult().Diagnostics.Where(d => d.Id == "ALM029").Select(d => d.GetMessage()[..d.GetMessage().IndexOf(" is ", StringComparison.Ordinal)])
                .OrderBy(m => m, StringComparer.Ordinal));
    }

    /// <summary>The analyzer config of a build with <paramref name="properties"/>: the properties, and each input's kind.</summary>
    private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private readonly List<AlmanacInput> _inputs;

        public Options(List<AlmanacInput> inputs, GeneratorProperties properties)
        {
            _inputs = inputs;
            GlobalOptions = new Values(properties.Values.ToDictionary(p => OptionKeys.Property(p.Key), p => p.Value));
        }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(new Dictionary<string, string> { [OptionKeys.KindKey] = ((AlmanacInput)textFile).KindMetadata });

        private sealed class Values(Dictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }

    [Fact]
    public void Editing_a_cs_file_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(EditCsFile(compilation, "internal static int B => 1;"));
        AssertEveryStepCached(driver);
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file_and_indexes_no_document_again()
    {
        var (driver, compilation, texts) = FirstRun();
        AlmanacInput old = texts.Single(t => t.Path.EndsWith("/more.yaml", StringComparison.Ordinal));
        var edited = GeneratorHarness.Data("more.yaml", "actors:\n  - id: green-party\n    name: Green Party of the River\n    kind: political-party\n");
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        AssertOnlyReparsed(driver, "/more.yaml", files: 3); // dataset.yaml, entities.yaml and more.yaml; the document is not parsed
        var reasons = Reasons(driver);
        Assert.NotEmpty(reasons[TrackingNames.DocumentIndex]);
        Assert.All(reasons[TrackingNames.DocumentIndex], r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{TrackingNames.DocumentIndex}: {r}"));
        Assert.Contains(reasons[TrackingNames.Link], r => r == IncrementalStepRunReason.Modified); // the link ran again, with the cached documents
    }

    [Fact]
    public void Editing_a_document_indexes_that_document_alone()
    {
        var texts = GeneratorHarness.Fixture("small");
        texts.Add(GeneratorHarness.Document("other.txt", "Another document."));
        CSharpCompilation compilation = GeneratorHarness.Compilation(true, "internal static class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        AlmanacInput old = texts.Single(t => t.Path.EndsWith("/other.txt", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, GeneratorHarness.Document("other.txt", "Another document, edited.")).RunGenerators(compilation);
        var runs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.DocumentIndex]
            .SelectMany(run => run.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        var (value, reason) = Assert.Single(runs);
        Assert.Equal(IncrementalStepRunReason.Modified, reason);
        Assert.EndsWith("/other.txt", ((IndexedDocument)value).Path);
    }

    /// <summary>A dataset of 100 files: the dataset, the actors and places, and 98 files of 50 events each.</summary>
    private static List<AlmanacInput> HundredFiles()
    {
        var texts = new List<AlmanacInput>
        {
            GeneratorHarness.Data("dataset.yaml", "dataset: { id: scale, title: Scale, version: '1', license: CC0-1.0, citation: C }\nsources:\n  - { id: s, title: S, kind: report }\n"),
            GeneratorHarness.Data("entities.yaml", "actors:\n  - { id: a, name: A, kind: group }\n  - { id: b, name: B, kind: group }\nplaces:\n  - { id: p, name: P, kind: town }\n"),
        };
        for (int f = 0; f < 98; f++)
        {
            var yaml = new System.Text.StringBuilder("events:\n");
            for (int e = 0; e < 50; e++)
            {
                yaml.Append($"  - {{ id: e-{f:000}-{e:00}, name: Event {f:000} {e:00}, kind: armed-clash, date: 2020-05-{1 + e % 28:00}, time-precision: day, place: p, participants: [{{ actor: a, role: attacker }}, {{ actor: b, role: target }}], sources: [{{ source: s, claim: q }}] }}\n");
            }
            texts.Add(GeneratorHarness.Data($"events-{f:000}.yaml", yaml.ToString()));
        }
        return texts;
    }

    [Fact]
    public void At_scale_editing_one_of_a_hundred_yaml_files_reparses_only_that_file_and_a_cs_edit_reruns_nothing()
    {
        List<AlmanacInput> texts = HundredFiles();
        CSharpCompilation compilation = GeneratorHarness.Compilation(true, "internal static class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Equal(100, driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Parse].Length);

        AlmanacInput old = texts.Single(t => t.Path.EndsWith("/events-042.yaml", StringComparison.Ordinal));
        var edited = GeneratorHarness.Data("events-042.yaml", old.GetText()!.ToString().Replace("name: Event 042 07,", "name: Event 042 seven,"));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        AssertOnlyReparsed(driver, "/events-042.yaml", files: 100);
        // 4,900 events: five files of event members. The new name changes the dataset class (its content hash), the data,
        // the lookup table and the one file that documents the event; no other file is written again.
        var files = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Files].SelectMany(run => run.Outputs).ToList();
        int eventFiles = (98 * 50 + Emit.Emitter.MembersPerFile - 1) / Emit.Emitter.MembersPerFile;
        Assert.Equal(3 + 3 + eventFiles, files.Count);
        var rewritten = files.Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(o => ((SourceFile)o.Value).HintName).ToList();
        string eventsFile = Assert.Single(rewritten, name => name.Contains(".Events.", StringComparison.Ordinal));
        Assert.Contains(((EntityFile)files.Single(o => ((SourceFile)o.Value).HintName == eventsFile).Value).Members, m => m.Id == "e-042-07");
        string dataset = files.Select(o => o.Value).OfType<DatasetClassFile>().Single().ClassName;
        Assert.Equal(new[] { $"{dataset}.Data.g.cs", $"{dataset}.Lookup.g.cs", $"{dataset}.g.cs", eventsFile }.OrderBy(n => n, StringComparer.Ordinal),
            rewritten.OrderBy(n => n, StringComparer.Ordinal));

        driver = driver.RunGenerators(EditCsFile(compilation, "internal static int B => 2;"));
        AssertEveryStepCached(driver);
    }

    /// <summary>What a run generated and reported, in an order that does not depend on the run.</summary>
    private static (string[] Sources, string[] Diagnostics) Output(GeneratorDriver driver)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        return (result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToArray(),
            result.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_warm_run_after_each_edit_gives_what_a_fresh_run_of_the_same_files_gives()
    {
        // The link takes again the events it linked last time when their file was not parsed again and the ids they can
        // name are unchanged: edits that change those ids, introduce or mend a wrong reference, or change the dataset's id
        // must still give exactly what a run over the edited files from scratch gives.
        List<AlmanacInput> texts = HundredFiles();
        CSharpCompilation compilation = GeneratorHarness.Compilation(true, "internal static class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        // The warm runs go first, one after the other; the runs from scratch afterwards, each after the process's caches
        // are emptied (a run in between would be the "last run" the next warm run finds).
        var edits = new List<(List<AlmanacInput> Texts, (string[] Sources, string[] Diagnostics) Warm)>();

        void Edit(string file, string from, string to)
        {
            int index = texts.FindIndex(t => t.Path.EndsWith("/" + file, StringComparison.Ordinal));
            string text = texts[index].GetText()!.ToString();
            Assert.Contains(from, text);
            AlmanacInput edited = GeneratorHarness.Data(file, text.Replace(from, to));
            driver = driver.ReplaceAdditionalText(texts[index], edited).RunGenerators(compilation);
            texts[index] = edited;
            edits.Add((texts.ToList(), Output(driver)));
        }

        Edit("events-042.yaml", "name: Event 042 07,", "name: Event 042 seven,");
        Edit("entities.yaml", "id: b,", "id: c,");
        Edit("events-007.yaml", "name: Event 007 01,", "name: Event 007 one,");
        Edit("entities.yaml", "id: c,", "id: b,");
        Edit("events-010.yaml", "id: e-010-03, name: Event 010 03, kind: armed-clash, date: 2020-05-04, time-precision: day, place: p, participants: [{ actor: a,",
            "id: e-010-03, name: Event 010 03, kind: armed-clash, date: 2020-05-04, time-precision: day, place: p, participants: [{ actor: z,");
        Edit("events-011.yaml", "name: Event 011 01,", "name: Event 011 one,");
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "ALM006" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'z'"));
        // One event fewer, then again as many: the last block of records holds one record less, then the same again.
        string last = texts.Single(t => t.Path.EndsWith("/events-097.yaml", StringComparison.Ordinal)).GetText()!.ToString().Split('\n')[50] + "\n";
        Assert.StartsWith("  - { id: e-097-49,", last);
        Edit("events-097.yaml", last, "");
        Edit("events-097.yaml", "  - { id: e-097-48,", last + "  - { id: e-097-48,");
        // The latest event added in a file of its own, then the file removed: the last block of records holds one record
        // less, and every other record of it is the one the last run wrote.
        AlmanacInput latest = GeneratorHarness.Data("events-latest.yaml",
            "events:\n  - { id: e-latest, name: The latest event, kind: armed-clash, date: 2020-06-30, time-precision: day, place: p, participants: [{ actor: a, role: attacker }], sources: [{ source: s, claim: q }] }\n");
        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(latest)).RunGenerators(compilation);
        texts.Add(latest);
        edits.Add((texts.ToList(), Output(driver)));
        driver = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(latest)).RunGenerators(compilation);
        texts.Remove(latest);
        edits.Add((texts.ToList(), Output(driver)));
        Edit("dataset.yaml", "id: scale,", "id: scaled,");
        Edit("events-010.yaml", "participants: [{ actor: z,", "participants: [{ actor: a,");
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Severity > DiagnosticSeverity.Info);

        foreach (var (edited, warm) in edits)
        {
            ProcessCaches.Clear();
            var fresh = Output(GeneratorHarness.Driver(edited).RunGenerators(compilation));
            Assert.Equal(fresh.Diagnostics, warm.Diagnostics);
            Assert.Equal(fresh.Sources, warm.Sources);
        }
    }

    [Fact]
    public void No_step_output_holds_a_compiler_or_yaml_object()
    {
        var (driver, _, _) = FirstRun();
        foreach (var (step, runs) in driver.GetRunResult().Results.Single().TrackedSteps)
        {
            if (!s_steps.Contains(step) || step is TrackingNames.Classify)
            {
                continue; // Roslyn's own input nodes, and Classify, which pairs each AdditionalText with its kind before parsing
            }
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                AssertNoBannedObject(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void AssertNoBannedObject(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 30)
        {
            return;
        }
        Type type = value.GetType();
        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or SemanticModel or AdditionalText,
            $"Step {step} outputs a {type.FullName}");
        Assert.False(type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true, $"Step {step} outputs a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoBannedObject(item, step, seen, depth + 1);
            }
        }
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }
            AssertNoBannedObject(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
