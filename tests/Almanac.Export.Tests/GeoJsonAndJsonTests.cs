using System.Text.Json;
using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>The GeoJSON and JSON exports, parsed back with System.Text.Json.</summary>
public sealed class GeoJsonAndJsonTests : IClassFixture<ExportFolder>
{
    private readonly ExportFolder _folder;

    public GeoJsonAndJsonTests(ExportFolder folder) => _folder = folder;

    /// <summary>The root of the export file <paramref name="relative"/>, parsed.</summary>
    private JsonElement Root(string relative)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf(relative)));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Events_geojson_is_an_RFC_7946_feature_collection_in_longitude_latitude_order()
    {
        JsonElement root = Root("events.geojson");
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal(LibyaDataset.Id, root.GetProperty("almanac").GetProperty("dataset").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(Events.All.Count, features.Count);
        foreach (var (feature, e) in features.Zip(Events.All))
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(e.Id, feature.GetProperty("id").GetString());
            Assert.Equal(e.Id, feature.GetProperty("properties").GetProperty("id").GetString());
            Assert.Equal(Almanac.Samples.Explorer.Tour.Word(e.Kind), feature.GetProperty("properties").GetProperty("kind").GetString());
            JsonElement geometry = feature.GetProperty("geometry");
            if (e.Place?.Location is GeoPoint at)
            {
                Assert.Equal("Point", geometry.GetProperty("type").GetString());
                var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
                Assert.Equal(new[] { at.Longitude, at.Latitude }, coordinates);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, geometry.ValueKind);
            }
        }
        // Tarhuna lies at 13.6° E, 32.4° N: longitude first.
        JsonElement tarhuna = features.First(f => f.GetProperty("properties").GetProperty("place_id").GetString() == "tarhuna").GetProperty("geometry");
        Assert.Equal(13.6351, tarhuna.GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(32.4346, tarhuna.GetProperty("coordinates")[1].GetDouble());
    }

    [Fact]
    public void Places_geojson_counts_the_events_of_every_place()
    {
        var features = Root("places.geojson").GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(Places.All.Count, features.Count);
        foreach (var (feature, place) in features.Zip(Places.All))
        {
            JsonElement properties = feature.GetProperty("properties");
            Assert.Equal(place.Id, properties.GetProperty("id").GetString());
            Assert.Equal(Events.All.Count(e => e.Place == place), properties.GetProperty("event_count").GetInt32());
            Assert.Equal(Events.At(place).Count, properties.GetProperty("event_count_within").GetInt32());
            Assert.Equal(place.Location is null ? JsonValueKind.Null : JsonValueKind.Object, feature.GetProperty("geometry").ValueKind);
        }
    }

    [Fact]
    public void Dataset_json_holds_every_entity_with_the_schemas_keys()
    {
        JsonElement root = Root("dataset.json");
        Assert.Equal("almanac-json", root.GetProperty("format").GetString());
        Assert.Equal(LibyaDataset.Citation, root.GetProperty("dataset").GetProperty("citation").GetString());
        Assert.Equal(Sources.All.Select(s => s.Id), root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(Actors.All.Select(a => a.Id), root.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(Places.All.Select(p => p.Id), root.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(Events.All.Select(e => e.Id), events.Select(e => e.GetProperty("id").GetString()));

        Event pantsir = Events._2020_05_20PantsirStrikesTarhuna;
        JsonElement json = events.Single(e => e.GetProperty("id").GetString() == pantsir.Id);
        Assert.Equal("air-strike", json.GetProperty("kind").GetString());
        Assert.Equal("2020-05-20", json.GetProperty("date").GetString());
        Assert.Equal(pantsir.ClaimedBy!.Id, json.GetProperty("claimed-by").GetString());
        Assert.Equal(pantsir.Materiel.Sum(m => m.Count ?? 0), json.GetProperty("materiel").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32()));
        var citation = json.GetProperty("sources")[0];
        Assert.Equal(pantsir.Citations[0].Quote, citation.GetProperty("quote").GetString());
        Assert.Equal(pantsir.Citations[0].Paragraph, citation.GetProperty("paragraph").GetInt32());
        Assert.Equal("195", json.GetProperty("standards").GetProperty("cameo").GetString());
    }

    [Fact]
    public void Clarity_groups_and_counts_reach_the_JSON_and_GeoJSON_with_defaults_left_out_of_the_JSON()
    {
        var json = Root("dataset.json").GetProperty("events").EnumerateArray().ToList();
        var geo = Root("events.geojson").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal(Events.All.Count, json.Count);
        foreach (var (e, (item, properties)) in Events.All.Zip(json.Zip(geo)))
        {
            // The JSON has the YAML's keys: a clear event, like its YAML, has no clarity.
            Assert.Equal(e.Clarity == EventClarity.Aggregate ? "aggregate" : null, item.TryGetProperty("clarity", out JsonElement clarity) ? clarity.GetString() : null);
            Assert.Equal((int)e.Clarity, item.GetProperty("standards").GetProperty("ucdp-event-clarity").GetInt32());
            Assert.Equal(e.Group, item.TryGetProperty("group", out JsonElement group) ? group.GetString() : null);
            Assert.Equal(e.Counts.Count, item.TryGetProperty("counts", out JsonElement counts) ? counts.GetArrayLength() : 0);
            Assert.Equal(e.Clarity.ToYamlWord(), properties.GetProperty("clarity").GetString());
            Assert.Equal((int)e.Clarity, properties.GetProperty("ucdp_event_clarity").GetInt32());
            Assert.Equal(e.Group, properties.GetProperty("group_id").GetString());
        }
        JsonElement nine = json.Single(e => e.GetProperty("id").GetString() == "2020-05-20-gna-forces-claim-nine-pantsir-in-three-days").GetProperty("counts")[0];
        Assert.Equal("cumulative", nine.GetProperty("scope").GetString());
        JsonElement bodies = json.Single(e => e.GetProperty("id").GetString() == "2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies").GetProperty("counts")[0];
        Assert.False(bodies.TryGetProperty("scope", out _));
        Assert.Equal(7, bodies.GetProperty("best").GetInt32());
    }

    [Fact]
    public async Task Every_export_is_deterministic()
    {
        using TempFolder temp = new("again");
        string again = temp.Path;
        await DatasetExport.WriteAsync(LibyaDataset.Dataset, again, DatasetExport.AllFormats, ExportFolder.Changes);
        var first = Directory.GetFiles(_folder.Directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder.Directory, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var second = Directory.GetFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(first, second);
        foreach (string file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_folder.Directory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))), $"{file} differs between two exports");
        }
    }
}
