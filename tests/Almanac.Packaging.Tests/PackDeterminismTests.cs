using System.IO.Compression;

namespace Almanac.Packaging.Tests;

/// <summary>
/// Two clean packs from the same commit give the same package contents, every entry byte for byte, including NuGet's
/// own parts (nuspec, _rels/.rels, [Content_Types].xml, package/services/metadata/core-properties/nuget.psmdcp).
/// What differs (docs/determinism.md): the zip entries' timestamps, which are the time of the pack, so the .nupkg
/// files are not byte-identical as a whole; and the git commit, which the packages record (nuspec &lt;repository
/// commit&gt;, the assemblies' informational version), so packs from two commits differ even when the code does not.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackDeterminismTests(PackagedFeed feed, ITestOutputHelper output)
{
    private static Dictionary<string, byte[]> Entries(string path)
    {
        using ZipArchive zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public async Task Two_clean_packs_give_identical_package_contents()
    {
        string again = await feed.RepackCleanAsync();
        var differences = new List<string>();
        foreach (string id in PackagedFeed.PackedIds)
        {
            var first = Entries(feed.PackagePath(id));
            var second = Entries(Path.Combine(again, Path.GetFileName(feed.PackagePath(id))));
            Assert.Equal(first.Keys.OrderBy(k => k, StringComparer.Ordinal), second.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (string name in first.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (!first[name].AsSpan().SequenceEqual(second[name]))
                {
                    differences.Add($"{id}: {name} ({first[name].Length} and {second[name].Length} bytes)");
                }
            }
            output.WriteLine($"{id}: {first.Count} entries compared");
        }
        Assert.True(differences.Count == 0, "Entries that differ between two clean packs:\n" + string.Join("\n", differences));
    }
}
