using System.Text.Json;
using Almanac.Export;
using DuckDB.NET.Data;

namespace Almanac.Export.Tests;

/// <summary>Every export names the release it came from: the same <see cref="ExportMetadata"/> in each format.</summary>
public sealed class MetadataTests : IClassFixture<ExportFolder>
{
    private readonly ExportFolder _folder;

    public MetadataTests(ExportFolder folder) => _folder = folder;

    private static IReadOnlyList<KeyValuePair<string, string>> Expected => ExportMetadata.Of(LibyaDataset.Dataset.Info);

    [Fact]
    public void The_metadata_names_the_version_and_content_hash_of_the_dataset()
    {
        var metadata = Expected.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(LibyaDataset.Id, metadata[ExportMetadata.Dataset]);
        Assert.Equal(LibyaDataset.Version, metadata[ExportMetadata.Version]);
        Assert.Equal(LibyaDataset.ContentHash, metadata[ExportMetadata.ContentHash]);
        Assert.Equal(LibyaDataset.Citation, metadata[ExportMetadata.Citation]);
        Assert.StartsWith("Almanac.Export ", metadata[ExportMetadata.Generator], StringComparison.Ordinal);
        Assert.Equal(
            new[] { "dataset", "title", "version", "content-hash", "license", "citation", "generator" },
            Expected.Select(e => e.Key));
    }

    [Fact]
    public void Every_Parquet_file_carries_the_metadata_as_key_value_file_metadata()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (ExportTable table in ExportFolder.Tables())
        {
            using var command = connection.CreateCommand();
            string path = _folder.PathOf($"parquet/{table.Name}.parquet").Replace("'", "''", StringComparison.Ordinal);
            command.CommandText = $"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{path}')";
            using var reader = command.ExecuteReader();
            var actual = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                actual[reader.GetString(0)] = reader.GetString(1);
            }
            Assert.Equal(table.Name, actual[ParquetExport.TableKey]);
            foreach (var (key, value) in Expected)
            {
                Assert.Equal(value, actual["almanac:" + key]);
            }
        }
    }

    [Theory]
    [InlineData("events.geojson")]
    [InlineData("places.geojson")]
    [InlineData("dataset.json")]
    [InlineData("datapackage.json")]
    public void Every_JSON_export_carries_the_metadata_in_its_almanac_member(string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf(file)));
        JsonElement almanac = document.RootElement.GetProperty("almanac");
        foreach (var (key, value) in Expected)
        {
            Assert.Equal(value, almanac.GetProperty(key).GetString());
        }
    }
}
