using System.Text.Json;

namespace Almanac.Libya.Tests;

/// <summary>
/// Ids are never lost: every id of every released version of the dataset (the JSON export of each release, kept in
/// <c>dataset/releases/&lt;version&gt;/dataset.json</c>) still names an entity of the same kind in the current version, so
/// code written against an earlier release that looks it up keeps getting an answer.
/// </summary>
public class ReleaseTests
{
    private static readonly string Releases = Path.Combine(AppContext.BaseDirectory, "releases");

    private static IEnumerable<string> Versions() =>
        Directory.GetDirectories(Releases)
            .Where(folder => File.Exists(Path.Combine(folder, "dataset.json"))) // a release being prepared may hold only its notes
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> ReleasedVersions() => new(Versions());

    [Fact]
    public void The_first_release_is_kept() => Assert.Contains("0.1.0", Versions());

    [Theory]
    [MemberData(nameof(ReleasedVersions))]
    public void Every_id_of_a_release_is_still_found(string version)
    {
        using JsonDocument release = JsonDocument.Parse(File.ReadAllText(Path.Combine(Releases, version, "dataset.json")));
        JsonElement root = release.RootElement;
        Assert.Equal(version, root.GetProperty("dataset").GetProperty("version").GetString());
        Assert.True(Version.Parse(version) <= Version.Parse(LibyaDataset.Dataset.Info.Version),
            $"release {version} is newer than the dataset's version {LibyaDataset.Dataset.Info.Version}");

        var lost = new List<string>();
        void Check(string kind, Func<string, bool> found)
        {
            foreach (JsonElement entity in root.GetProperty(kind).EnumerateArray())
            {
                string id = entity.GetProperty("id").GetString()!;
                if (!found(id))
                {
                    lost.Add($"{kind}: {id}");
                }
            }
        }
        Check("sources", id => Sources.TryGet(id, out _));
        Check("actors", id => Actors.TryGet(id, out _));
        Check("places", id => Places.TryGet(id, out _));
        Check("events", id => Events.TryGet(id, out _));
        Assert.True(lost.Count == 0, $"ids of release {version} that the current data no longer has (retire them instead): {string.Join(", ", lost)}");
    }

    [Fact]
    public void The_package_version_is_the_data_version()
    {
        Version assembly = typeof(LibyaDataset).Assembly.GetName().Version!;
        Assert.Equal(Version.Parse(LibyaDataset.Dataset.Info.Version), new Version(assembly.Major, assembly.Minor, assembly.Build));
    }
}
