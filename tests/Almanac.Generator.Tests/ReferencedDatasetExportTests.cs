using System.Text.Json;
using System.Text.Json.Nodes;
using Almanac.Export;

namespace Almanac.Generator.Tests;

/// <summary>
/// The exports of a dataset that extends another (the consumer <c>notes</c> over <c>river</c>, compiled in process): every
/// reference resolves inside the export, each row says its dataset, and the union option holds both datasets in full.
/// </summary>
public sealed class ReferencedDatasetExportTests : IDisposable
{
    private readonly string _root = TempDirectory.Create("referenced-export");

    public void Dispose() => TempDirectory.Delete(_root);

    /// <summary>Exports the consumer in every format into a new folder and returns the folder.</summary>
    private async Task<string> ExportAsync(ExportOptions options)
    {
        var run = ReferencedDatasetTests.RunConsumer(ReferencedDatasetTests.EventsOverRiver, ReferencedDatasetTests.River);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var (context, _, _, notes) = ReferencedDatasetTests.Load(run);
        string folder = Path.Combine(_root, options.WithReferenced ? "union" : "default");
        await DatasetExport.WriteAsync(notes, folder, DatasetExport.AllFormats, options);
        context.Unload();
        return folder;
    }

    /// <summary>Reads a CSV file: its rows as column → value maps.</summary>
    private static List<Dictionary<string, string>> Read(string path) => CsvFile.Read(path).Rows;

    private static List<string> Column(string folder, string table, string column) =>
        Read(Path.Combine(folder, "csv", table + ".csv")).Select(r => r[column]).ToList();

    [Fact]
    public async Task Every_reference_of_an_extending_datasets_export_resolves_inside_it_to_a_row_with_its_dataset()
    {
        string folder = await ExportAsync(ExportOptions.Default);
        Assert.True(DataPackageKeys.Check(folder) >= 10);

        // The own entities under their ids, then the river entities that the notes name, directly or through them, qualified.
        Assert.Equal(new[] { "village-council", "river:blue-force", "river:blue-state", "river:red-militia" }, Column(folder, "actors", "id"));
        Assert.Equal(new[] { "notes", "river", "river", "river" }, Column(folder, "actors", "dataset"));
        Assert.Equal(new[] { "river:blue-state" }, Column(folder, "actors", "part_of").Where(v => v.Length > 0).Distinct());
        // The mill lies within River Town, which lies within Blueland; Hill Fort is named by no exported row.
        Assert.Equal(new[] { "mill", "river:blueland", "river:river-town" }, Column(folder, "places", "id"));
        Assert.Equal(new[] { "river:gazetteer", "river:report" }, Column(folder, "sources", "id"));
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-20-mill-raid" }, Column(folder, "events", "id"));
        Assert.Empty(Column(folder, "retired", "id"));
        Assert.Equal(new[] { "river:river-town", "mill" }, Column(folder, "events", "place_id"));
        Assert.Equal(new[] { "river:blue-force", "river:red-militia", "village-council" }, Column(folder, "participants", "actor_id"));
        // A river actor's own rows come with it: Blue Force's alignment and citation.
        Assert.Equal(new[] { "river:blue-state" }, Column(folder, "alignments", "aligned_with"));
        Assert.Contains("river:blue-force", Column(folder, "citations", "entity_id"));

        // acled.csv: the own events, with their dataset after ACLED's columns.
        var acled = Read(Path.Combine(folder, DatasetExport.AcledPath));
        Assert.Equal(new[] { ("2020-05-18-town-meeting", "notes"), ("2020-05-20-mill-raid", "notes") }, acled.Select(r => (r["event_id_cnty"], r["dataset"])));

        // GeoJSON: the places the events are at are features of places.geojson.
        using JsonDocument places = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "places.geojson")));
        using JsonDocument events = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "events.geojson")));
        var placeIds = places.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { "mill", "river:blueland", "river:river-town" }, placeIds);
        Assert.All(events.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Contains(f.GetProperty("properties").GetProperty("place_id").GetString(), placeIds));
        Assert.Equal(new[] { "notes", "river", "river" },
            places.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("dataset").GetString()));

        // The descriptor names the release of the extended dataset whose rows the export holds.
        JsonNode extends = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, DataPackage.FileName)))!["almanac"]!["extends"]!;
        Assert.Equal(("river", "1.2.3", "CC0-1.0"), ((string)extends[0]!["dataset"]!, (string)extends[0]!["version"]!, (string)extends[0]!["license"]!));
        Assert.Single(extends.AsArray());

        // dataset.json is the dataset's own document: a reference to another dataset's entity is qualified, as YAML qualifies it.
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "dataset.json")));
        JsonElement raid = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2020-05-20-mill-raid");
        Assert.Equal(new[] { "river:red-militia", "village-council" }, raid.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("actor").GetString()));
        Assert.Equal("mill", raid.GetProperty("place").GetString());
        Assert.Equal(new[] { "village-council" }, json.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_canonical_text_qualifies_a_reference_to_another_datasets_entity()
    {
        var run = ReferencedDatasetTests.RunConsumer(ReferencedDatasetTests.EventsOverRiver, ReferencedDatasetTests.River);
        var (context, _, _, notes) = ReferencedDatasetTests.Load(run);
        string text = CanonicalText.Render(notes);
        context.Unload();
        Assert.Contains("\n  place: river:river-town\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    - river:red-militia: attacker\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  within: river:river-town\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_union_holds_the_referenced_datasets_entities_and_events_in_full_and_every_reference_still_resolves()
    {
        string folder = await ExportAsync(new ExportOptions { WithReferenced = true });
        Assert.True(DataPackageKeys.Check(folder) >= 10);

        Assert.Equal(new[] { "mill", "river:blueland", "river:hill-fort", "river:river-town" }, Column(folder, "places", "id"));
        var events = Read(Path.Combine(folder, "csv", "events.csv"));
        Assert.Equal(new[]
        {
            ("2020-05-18-town-meeting", "notes"), ("2020-05-20-mill-raid", "notes"),
            ("river:2020-05-19-river-town-strike", "river"), ("river:2020-05-20-red-statement", "river"),
        }, events.Select(r => (r["id"], r["dataset"])));
        // The river strike's own lists, under its qualified id, name river entities qualified.
        Assert.Contains(Read(Path.Combine(folder, "csv", "materiel.csv")), r => r["event_id"] == "river:2020-05-19-river-town-strike" && r["owner_id"] == "river:blue-force");

        // The river dataset's retired ids, qualified, with their successors.
        Assert.Contains(Read(Path.Combine(folder, "csv", "retired.csv")), r => r["id"] == "river:blue-army" && r["successor_id"] == "river:blue-force");

        var acled = Read(Path.Combine(folder, DatasetExport.AcledPath));
        Assert.Equal(events.Select(r => (r["id"], r["dataset"])), acled.Select(r => (r["event_id_cnty"], r["dataset"])));
        using JsonDocument geo = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "events.geojson")));
        Assert.Equal(events.Select(r => r["id"]), geo.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }
}
