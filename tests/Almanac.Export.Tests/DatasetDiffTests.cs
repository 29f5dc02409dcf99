using System.Text;
using System.Text.Json;

namespace Almanac.Export.Tests;

/// <summary>The differences between two releases: entities matched by id, retirements read from the newer release.</summary>
public class DatasetDiffTests
{
    private const string Older = """
        { "format": "almanac-json", "format-version": 1,
          "dataset": { "id": "demo", "title": "Demo", "version": "1.0.0" },
          "actors": [
            { "id": "gna-forces", "name": "GNA forces" },
            { "id": "lna", "name": "LNA", "aliases": ["Haftar's forces"] },
            { "id": "old-militia", "name": "Old militia" },
            { "id": "vanished", "name": "Vanished" }
          ],
          "places": [ { "id": "tarhuna", "name": "Tarhuna", "location": { "latitude": 32.43, "longitude": 13.63 } } ],
          "events": [], "sources": [] }
        """;

    private const string Newer = """
        { "format": "almanac-json", "format-version": 1,
          "dataset": { "id": "demo", "title": "Demo", "version": "2.0.0" },
          "actors": [
            { "id": "gna", "name": "GNA forces" },
            { "id": "lna", "name": "LNA", "aliases": ["Haftar's forces", "Hifter | LNA"] },
            { "id": "new-brigade", "name": "New brigade" }
          ],
          "places": [ { "id": "tarhuna", "name": "Tarhuna", "location": { "latitude": 32.435, "longitude": 13.634 } } ],
          "events": [], "sources": [],
          "retired": [
            { "actor": "gna-forces", "replaced-by": "gna", "since": "2.0.0", "reason": "the article's own name", "name": "GNA forces" },
            { "actor": "old-militia", "since": "2.0.0", "reason": "not in the sources", "name": "Old militia" }
          ] }
        """;

    private static DatasetDiff Diff()
    {
        using JsonDocument a = JsonDocument.Parse(Older), b = JsonDocument.Parse(Newer);
        return DatasetDiff.Compare(a.RootElement, b.RootElement);
    }

    [Fact]
    public void Entities_are_matched_by_id_and_retirements_explain_missing_ids()
    {
        DatasetDiff diff = Diff();
        Assert.Equal(("1.0.0", "2.0.0"), (diff.OldVersion, diff.NewVersion));
        Assert.Equal(
            new[]
            {
                ("dataset", "demo", EntityChangeKind.Changed),
                ("actor", "gna-forces", EntityChangeKind.Renamed),
                ("actor", "lna", EntityChangeKind.Changed),
                ("actor", "new-brigade", EntityChangeKind.Added),
                ("actor", "old-militia", EntityChangeKind.Removed),
                ("actor", "vanished", EntityChangeKind.Lost),
                ("place", "tarhuna", EntityChangeKind.Changed),
            },
            diff.Changes.Select(c => (c.Kind, c.Id, c.Change)));
        Assert.True(diff.LosesIds);
        EntityChange renamed = diff.Changes.Single(c => c.Id == "gna-forces");
        Assert.Equal(("gna", "the article's own name"), (renamed.Successor, renamed.Reason));
        FieldChange aliases = Assert.Single(diff.Changes.Single(c => c.Id == "lna").Fields);
        Assert.Equal(("aliases", "[\"Haftar's forces\"]", "[\"Haftar's forces\",\"Hifter | LNA\"]"), (aliases.Field, aliases.Old, aliases.New));
        Assert.Equal("version", Assert.Single(diff.Changes[0].Fields).Field);
    }

    [Fact]
    public void Markdown_and_json_show_every_change()
    {
        DatasetDiff diff = Diff();
        string markdown = diff.ToMarkdown();
        Assert.StartsWith("# Changes in demo 2.0.0 since 1.0.0\n\n1 added, 1 renamed, 1 removed, 1 lost, 2 changed.\n", markdown);
        Assert.Contains("**Ids lost without being retired:** actor `vanished`.", markdown);
        Assert.Contains("- `gna-forces` GNA forces: renamed to `gna` (the article's own name)\n", markdown);
        Assert.Contains("- `old-militia` Old militia: removed (not in the sources)\n", markdown);
        Assert.Contains("| aliases | [\"Haftar's forces\"] | [\"Haftar's forces\",\"Hifter \\| LNA\"] |", markdown);
        Assert.Contains("| location | {\"latitude\":32.43,\"longitude\":13.63} | {\"latitude\":32.435,\"longitude\":13.634} |", markdown);

        using var stream = new MemoryStream();
        diff.WriteJson(stream);
        using JsonDocument json = JsonDocument.Parse(stream.ToArray());
        JsonElement changes = json.RootElement.GetProperty("changes");
        Assert.Equal(diff.Changes.Count, changes.GetArrayLength());
        JsonElement location = changes.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "tarhuna").GetProperty("fields")[0];
        Assert.Equal(32.435, location.GetProperty("new").GetProperty("latitude").GetDouble());
        Assert.Equal("renamed", changes.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "gna-forces").GetProperty("change").GetString());
    }

    [Fact]
    public void A_dataset_compared_with_itself_has_no_changes()
    {
        DatasetDiff diff = DatasetDiff.Compare(LibyaDataset.Dataset, LibyaDataset.Dataset);
        Assert.Empty(diff.Changes);
        Assert.Equal($"# Changes in libya {LibyaDataset.Version} since {LibyaDataset.Version}\n\nNo changes.\n", diff.ToMarkdown());
    }

    [Fact]
    public void The_first_release_of_the_libya_dataset_is_compared_without_losing_an_id()
    {
        string release = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases", "0.1.0", "dataset.json");
        using JsonDocument older = JsonDocument.Parse(File.ReadAllText(release, Encoding.UTF8));
        using JsonDocument newer = DatasetDiff.ToJson(LibyaDataset.Dataset);
        DatasetDiff diff = DatasetDiff.Compare(older.RootElement, newer.RootElement);
        Assert.False(diff.LosesIds, diff.ToMarkdown());
        Assert.Equal("0.1.0", diff.OldVersion);
    }

    [Fact]
    public void Documents_that_are_not_json_exports_are_refused()
    {
        using JsonDocument a = JsonDocument.Parse("""{ "format": "other" }"""), b = JsonDocument.Parse(Newer);
        Assert.Throws<ArgumentException>(() => DatasetDiff.Compare(a.RootElement, b.RootElement));
    }

    [Fact]
    public void The_changelog_compares_each_kept_release_with_the_one_before_newest_first()
    {
        string releases = TempDirectory.Create("releases");
        try
        {
            string baseline = File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases", "0.1.0", "dataset.json"));
            void Keep(string version, string json)
            {
                Directory.CreateDirectory(Path.Combine(releases, version));
                File.WriteAllText(Path.Combine(releases, version, DatasetChangelog.ReleaseFile), json.Replace("\"version\": \"0.1.0\"", $"\"version\": \"{version}\"", StringComparison.Ordinal));
            }
            void Note(string version, string notes)
            {
                Directory.CreateDirectory(Path.Combine(releases, version));
                File.WriteAllText(Path.Combine(releases, version, DatasetChangelog.NotesFile), notes);
            }
            string current = LibyaDataset.Version;
            Keep("0.0.8", baseline.Replace("\"name\": \"Tarhuna\",", "\"name\": \"Tarhouna\",", StringComparison.Ordinal));
            Keep("0.0.9", baseline);
            Note("0.0.9", "Tarhuna is spelt as the gazetteer spells it.\r\n");
            Keep(current, baseline); // the current version: not compared with itself
            Note(current, "\nWhy this release changes what it changes.\n\n");
            Keep("99.0.0", baseline); // later than the dataset: ignored

            string changelog = DatasetChangelog.Render(LibyaDataset.Dataset, releases);
            Assert.StartsWith("# Changelog of libya\n", changelog, StringComparison.Ordinal);
            int now = changelog.IndexOf($"\n## Changes in libya {current} since 0.0.9\n\nWhy this release changes what it changes.\n\n", StringComparison.Ordinal);
            int previous = changelog.IndexOf("\n## Changes in libya 0.0.9 since 0.0.8\n\nTarhuna is spelt as the gazetteer spells it.\n\n1 changed.\n", StringComparison.Ordinal);
            int first = changelog.IndexOf("\n## 0.0.8\n\nThe first release.\n", StringComparison.Ordinal);
            Assert.True(now > 0 && previous > now && first > previous, changelog);
            Assert.Contains("| name | Tarhouna | Tarhuna |", changelog, StringComparison.Ordinal);
            Assert.DoesNotContain("99.0.0", changelog, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(releases);
        }
    }
}
