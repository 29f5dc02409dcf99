using System.Linq;
using Almanac.Testing;

namespace Almanac.Generator.Tests;

/// <summary>The generated code for the small fixture, reviewed as snapshots.</summary>
public class SnapshotTests
{
    [Fact]
    public void Generated_code_for_the_small_fixture()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"));
        Assert.Empty(result.Diagnostics);
        var sources = result.Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "RiverDataset.Actors.g.cs", "RiverDataset.Data.g.cs", "RiverDataset.Events.g.cs", "RiverDataset.Places.g.cs", "RiverDataset.Sources.g.cs", "RiverDataset.g.cs" },
            sources.Select(s => s.HintName));
        // The generator's version (in [GeneratedCode]) is replaced by a fixed token, so that a version bump leaves the snapshots alone.
        string stamp = $"GeneratedCode(\"Almanac.Generator\", \"{typeof(AlmanacGenerator).Assembly.GetName().Version}\")";
        foreach (var (hintName, text) in sources)
        {
            Assert.Equal(hintName == "RiverDataset.Data.g.cs" ? 0 : 1, CountOf(text, stamp)); // the data's part of the class has no attributes
            Snapshot.Verify(text.Replace(stamp, "GeneratedCode(\"Almanac.Generator\", \"VERSION\")"), "cs", hintName.Replace(".g.cs", ""));
        }
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;

    [Fact]
    public void Generated_code_compiles_without_warnings()
    {
        const string program = """
            using Almanac;
            using Test.Data;
            internal static class Use
            {
                public static int Count()
                {
                    Actor a = Actors.BlueForce;
                    Actor? b = Actors.Find("Blues");
                    bool ok = Places.TryGet("river-town", out Place? p);
                    System.Collections.Generic.IEnumerable<Event> e1 = Events.Involving(Actors.BlueState);
                    System.Collections.Generic.IEnumerable<Event> e2 = Events.At(Places.Blueland);
                    System.Collections.Generic.IEnumerable<Event> e3 = Events.Between(new System.DateOnly(2020, 5, 18), new System.DateOnly(2020, 5, 24));
                    System.Collections.Generic.IEnumerable<Event> e4 = Events.Near(Places.RiverTown.Location!.Value, radiusKm: 100);
                    foreach (Citation cit in Events.All[0].Citations) { Source s = cit.Source; string q = cit.Quote; }
                    return RiverDataset.Version.Length + (ok ? 1 : 0) + (a.Name == b?.Name ? 1 : 0) + (p is null ? 0 : 1);
                }
            }
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"), sources: program);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.CompilationDiagnostics.Count == 0, string.Join("\n", result.CompilationDiagnostics));
    }
}
