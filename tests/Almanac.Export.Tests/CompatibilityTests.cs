using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Almanac.Export.Tests;

/// <summary>
/// Dataset assemblies compiled by earlier releases of the toolchain (<c>Compat/&lt;release&gt;/</c>) load with the current
/// runtime and read back every field of every entity as their release exported it.
/// </summary>
public class CompatibilityTests
{
    private static readonly string Compat = Path.Combine(AppContext.BaseDirectory, "Compat");

    private static IEnumerable<string> Folders() => Directory.GetDirectories(Compat).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Releases() => new(Folders());

    [Fact]
    public void The_first_covered_release_is_kept() => Assert.Contains("0.2.0", Folders());

    [Theory]
    [MemberData(nameof(Releases))]
    public void A_dataset_compiled_by_an_earlier_release_reads_back_as_it_was_exported(string release)
    {
        string folder = Path.Combine(Compat, release);
        // Its own load context: the assembly has the same name as the Almanac.Libya this test project references; the
        // Almanac runtime is the current one, shared with this test.
        var context = new AssemblyLoadContext($"compat-{release}");
        Assembly assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "Almanac.Libya.dll"));
        Assert.NotSame(typeof(LibyaDataset).Assembly, assembly);
        PropertyInfo property = assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Single(p => p.PropertyType == typeof(Dataset));
        var dataset = (Dataset)property.GetValue(null)!;

        using JsonDocument now = DatasetDiff.ToJson(dataset);
        using JsonDocument then = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "dataset.json")));
        DatasetDiff diff = DatasetDiff.Compare(then.RootElement, now.RootElement);
        Assert.True(diff.Changes.Count == 0, diff.ToMarkdown());

        // The indexes answer too, not only the records.
        Actor gna = dataset.Actors.Get("gna");
        Assert.Same(gna, dataset.Actors.Find("Al-Wefaq"));
        Assert.Equal(EventsInvolving(then.RootElement, "gna"), dataset.Events.Involving(gna).Select(e => e.Id));

        // Linking works on data compiled before the link automaton was stored: the dataset builds it from its entities.
        IReadOnlyList<Mention> mentions = dataset.Link("Al-Wefaq forces shelled Tarhuna, forces of Khalifa Hifter said; ترهونة");
        Assert.Equal(new[] { "gna-forces", "tarhuna", "lna", "tarhuna" }, mentions.Select(m => m.Entity?.Id));
        Assert.Same(gna, dataset.Link("GNA").Single().Entity);
    }

    /// <summary>The ids of the events of an exported release in which <paramref name="actor"/> or an actor part of it takes part, in dataset order.</summary>
    private static List<string> EventsInvolving(JsonElement release, string actor)
    {
        var parent = release.GetProperty("actors").EnumerateArray().ToDictionary(
            a => a.GetProperty("id").GetString()!,
            a => a.TryGetProperty("part-of", out JsonElement p) ? p.GetString() : null);
        bool IsPartOf(string? id) => id is not null && (id == actor || IsPartOf(parent.GetValueOrDefault(id)));
        return release.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("participants", out JsonElement ps) && ps.EnumerateArray().Any(p => IsPartOf(p.GetProperty("actor").GetString())))
            .Select(e => e.GetProperty("id").GetString()!)
            .ToList();
    }
}
