using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Almanac.Generator.Tests;

/// <summary>The pipeline caches: unchanged input re-runs nothing, one edited file re-parses only that file.</summary>
public class IncrementalTests
{
    private static readonly string[] s_steps =
    {
        "Options", "RuntimeReference", "Classify", "Parse", "Document", "Link", "Model", "LinkDiagnostics", "ParseDiagnostics",
    };

    private static (GeneratorDriver Driver, Compilation Compilation, List<InMemoryText> Texts) FirstRun()
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
    public void Editing_a_cs_file_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun();
        SyntaxTree old = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("internal static class A { internal static int B => 1; }", GeneratorHarness.ParseOptions, old.FilePath));
        driver = driver.RunGenerators(edited);
        foreach (var (step, reasons) in Reasons(driver))
        {
            Assert.All(reasons, r => Assert.True(r == IncrementalStepRunReason.Cached, $"{step}: {r}"));
        }
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file()
    {
        var (driver, compilation, texts) = FirstRun();
        InMemoryText old = texts.Single(t => t.Path.EndsWith("/more.yaml", StringComparison.Ordinal));
        var edited = GeneratorHarness.Data("more.yaml", "actors:\n  - id: green-party\n    name: Green Party of the River\n    kind: political-party\n");
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);

        var parse = driver.GetRunResult().Results.Single().TrackedSteps["Parse"];
        var modified = parse.SelectMany(run => run.Outputs.Select(o => (run, o.Reason))).Where(x => x.Reason != IncrementalStepRunReason.Cached).ToList();
        var (run, reason) = Assert.Single(modified);
        Assert.Equal(IncrementalStepRunReason.Modified, reason);
        Assert.EndsWith("/more.yaml", ((dynamic)run.Outputs[0].Value).Path);
        Assert.Equal(3, parse.Length); // dataset.yaml, entities.yaml and more.yaml; the document is not parsed
        Assert.Contains(Reasons(driver)["Model"], r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void No_step_output_holds_a_compiler_or_yaml_object()
    {
        var (driver, _, _) = FirstRun();
        foreach (var (step, runs) in driver.GetRunResult().Results.Single().TrackedSteps)
        {
            if (!s_steps.Contains(step) || step is "Classify")
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
