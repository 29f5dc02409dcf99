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
        Assert.Equal(new[] { "RiverDataset.Actors.g.cs", "RiverDataset.Data.g.cs", "RiverDataset.Events.g.cs", "RiverDataset.Lookup.g.cs", "RiverDataset.Places.g.cs", "RiverDataset.Sources.g.cs", "RiverDataset.g.cs" },
            sources.Select(s => s.HintName));
        // The generator's version (in [GeneratedCode]) is replaced by a fixed token, so that a version bump leaves the snapshots alone.
        string stamp = $"GeneratedCode(\"Almanac.Generator\", \"{typeof(AlmanacGenerator).Assembly.GetName().Version}\")";
        foreach (var (hintName, text) in sources)
        {
            Assert.Equal(hintName is "RiverDataset.Data.g.cs" or "RiverDataset.Lookup.g.cs" ? 0 : 1, CountOf(text, stamp)); // the data's part of the class and the lookup table have no [GeneratedCode]
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
                    EventList e5 = Events.At(Places.Blueland);
                    EntityCollection<Actor> actors = Actors.All;
                    EventCollection events = Events.All;
                    Dataset dataset = RiverDataset.Dataset;
                    DatasetInfo info = dataset.Info;
                    return RiverDataset.Version.Length + RiverDataset.Id.Length + RiverDataset.Title.Length + RiverDataset.License.Length
                        + RiverDataset.Citation.Length + RiverDataset.ContentHash.Length + info.Title.Length + e5.Count + actors.Count + events.Count
                        + (ok ? 1 : 0) + (a.Name == b?.Name ? 1 : 0) + (p is null ? 0 : 1);
                }
            }
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"), sources: program);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.CompilationDiagnostics.Count == 0, string.Join("\n", result.CompilationDiagnostics));
    }

    [Fact]
    public void The_dataset_carries_the_constants_of_its_class_and_backs_the_entity_classes()
    {
        System.Reflection.Assembly assembly = GeneratorHarness.Run(GeneratorHarness.Fixture("small")).Load();
        System.Type type = assembly.GetType("Test.Data.RiverDataset", throwOnError: true)!;
        string Constant(string name) => (string)type.GetField(name)!.GetValue(null)!;
        var dataset = (Dataset)type.GetProperty("Dataset")!.GetValue(null)!;
        var expected = new DatasetInfo(Constant("Id"), Constant("Title"), Constant("Version"), Constant("License"), Constant("Citation"))
        {
            Description = Constant("Description"),
            Url = Constant("Url"),
            ContentHash = Constant("ContentHash"),
            Authors = new[] { "Lovelace, Ada", "River Valley Monitoring Group" },
            Released = new System.DateOnly(2021, 3, 4),
            Keywords = new[] { "rivers", "test" },
        };
        Assert.Equal(expected, dataset.Info);
        Assert.NotEqual(expected with { Keywords = new[] { "rivers" } }, dataset.Info);
        Assert.Equal("https://example.org/river", dataset.Info.Url);
        Assert.Same(dataset, type.GetProperty("Dataset")!.GetValue(null));
        foreach (string kind in new[] { "Sources", "Actors", "Places", "Events" })
        {
            object? all = assembly.GetType("Test.Data." + kind, throwOnError: true)!.GetProperty("All")!.GetValue(null);
            Assert.Same(typeof(Dataset).GetProperty(kind)!.GetValue(dataset), all);
        }
        Assert.Null(type.GetProperty("Store"));
    }
}
