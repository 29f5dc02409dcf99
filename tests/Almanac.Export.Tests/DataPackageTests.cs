using System.Text.Json;
using System.Text.Json.Nodes;
using Almanac.Export;
using DuckDB.NET.Data;
using Json.Schema;

namespace Almanac.Export.Tests;

/// <summary>
/// The <c>datapackage.json</c> of the Libya exports: valid against the Frictionless profiles, listing every table file
/// with exactly its columns, typed from the same tables the CSV and Parquet writers use, with foreign keys that resolve.
/// </summary>
public sealed class DataPackageTests : IClassFixture<ExportFolder>
{
    private readonly ExportFolder _folder;

    public DataPackageTests(ExportFolder folder) => _folder = folder;

    private JsonNode Descriptor() => JsonNode.Parse(File.ReadAllText(_folder.PathOf(DataPackage.FileName)))!;

    private JsonArray Resources() => Descriptor()["resources"]!.AsArray();

    private static List<string> FieldNames(JsonNode resource) =>
        resource["schema"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();

    /// <summary>
    /// A profile of the <c>datapackage</c> npm package (Profiles/README.md). They declare draft 4 and use none of the
    /// keywords whose meaning changed after it, so they are evaluated as draft 7, which JsonSchema.Net implements.
    /// </summary>
    private static JsonSchema Profile(string file)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Profiles", file));
        Assert.DoesNotContain("\"exclusiveMinimum\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"exclusiveMaximum\"", text, StringComparison.Ordinal);
        JsonObject profile = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string)profile["$schema"]!);
        Assert.False(profile.ContainsKey("id"));
        profile["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(profile.ToJsonString());
    }

    [Theory]
    [InlineData("data-package.json")]
    [InlineData("tabular-data-package.json")]
    public void The_descriptor_is_valid_against_the_Frictionless_profile(string profile)
    {
        using JsonDocument descriptor = JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf(DataPackage.FileName)));
        EvaluationResults result = Profile(profile).Evaluate(descriptor.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        string errors = string.Join("\n", (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
        Assert.True(result.IsValid, errors);
    }

    [Fact]
    public void The_validation_rejects_a_descriptor_that_breaks_the_profile()
    {
        JsonNode descriptor = Descriptor();
        descriptor["resources"]![0]!["profile"] = "data-resource";
        descriptor["resources"]![1]!.AsObject().Remove("schema");
        using JsonDocument broken = JsonDocument.Parse(descriptor.ToJsonString());
        Assert.False(Profile("tabular-data-package.json").Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public void The_descriptor_names_the_release()
    {
        JsonNode descriptor = Descriptor();
        Assert.Equal("tabular-data-package", (string)descriptor["profile"]!);
        Assert.Equal(LibyaDataset.Id, (string)descriptor["name"]!);
        Assert.Equal(LibyaDataset.Version, (string)descriptor["version"]!);
        Assert.Equal(LibyaDataset.ContentHash, (string)descriptor["almanac"]!["content-hash"]!);
        Assert.Equal(LibyaDataset.Citation, (string)descriptor["citation"]!);
        Assert.Equal(LibyaDataset.License, (string)descriptor["licenses"]![0]!["name"]!);
        Assert.Equal(LibyaDataset.Dataset.Info.Authors, descriptor["contributors"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.All(descriptor["contributors"]!.AsArray(), c => Assert.Equal("author", (string)c!["role"]!));
        Assert.Equal(LibyaDataset.Dataset.Info.Keywords, descriptor["keywords"]!.AsArray().Select(k => (string)k!));
        Assert.Equal(Sources.All.Select(s => s.Title), descriptor["sources"]!.AsArray().Select(s => (string)s!["title"]!));
        DateOnly newest = Events.All.Select(e => e.LastDate).Concat(Sources.All.Select(s => s.Published).OfType<DateOnly>()).Max();
        Assert.Equal(newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", (string)descriptor["created"]!);
    }

    [Fact]
    public void Every_exported_table_file_is_a_resource_with_exactly_its_columns_in_order()
    {
        var files = Directory.GetFiles(_folder.PathOf("csv"), "*.csv").Concat(Directory.GetFiles(_folder.PathOf("parquet"), "*.parquet"))
            .Append(_folder.PathOf(DatasetExport.AcledPath))
            .Select(f => Path.GetRelativePath(_folder.Directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        JsonArray resources = Resources();
        Assert.Equal(files, resources.Select(r => (string)r!["path"]!).Order(StringComparer.Ordinal));
        Assert.Equal(resources.Count, resources.Select(r => (string)r!["name"]!).Distinct().Count());

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (JsonNode? resource in resources)
        {
            string path = (string)resource!["path"]!;
            List<string> header;
            if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                header = CsvExportTests.Read(_folder.PathOf(path)).Header.ToList();
                Assert.Equal("csv", (string)resource["format"]!);
                Assert.Equal("utf-8", (string)resource["encoding"]!);
                Assert.Equal(",", (string)resource["dialect"]!["delimiter"]!);
            }
            else
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('{_folder.PathOf(path).Replace("'", "''", StringComparison.Ordinal)}'))";
                using var reader = command.ExecuteReader();
                header = new List<string>();
                while (reader.Read())
                {
                    header.Add(reader.GetString(0));
                }
                Assert.Equal("parquet", (string)resource["format"]!);
            }
            Assert.Equal(header, FieldNames(resource));
        }
    }

    [Fact]
    public void The_schemas_are_the_export_tables_column_for_column()
    {
        IReadOnlyList<ExportTable> tables = ExportFolder.Tables();
        JsonArray resources = Resources();
        foreach (ExportTable table in tables)
        {
            foreach (string name in new[] { table.Name, table.Name + DataPackage.ParquetSuffix })
            {
                JsonNode resource = resources.Single(r => (string)r!["name"]! == name)!;
                JsonNode schema = resource["schema"]!;
                var fields = schema["fields"]!.AsArray();
                Assert.Equal(table.Columns.Select(c => c.Name), fields.Select(f => (string)f!["name"]!));
                Assert.Equal(table.Columns.Select(c => DataPackage.TypeName(c.Type)), fields.Select(f => (string)f!["type"]!));
                Assert.Equal(table.Columns.Select(c => c.Description), fields.Select(f => (string)f!["description"]!));
                Assert.Equal(table.Columns.Select(c => !c.Nullable), fields.Select(f => (bool?)f!["constraints"]?["required"] ?? false));
                Assert.Equal(table.PrimaryKey, schema["primaryKey"]?.AsArray().Select(k => (string)k!) ?? Enumerable.Empty<string>());
            }
        }
        Assert.Equal(AcledCsv.Columns, FieldNames(resources.Single(r => (string)r!["name"]! == DataPackage.AcledResource)!));
    }

    [Fact]
    public void A_column_added_to_a_table_is_in_the_descriptor()
    {
        // The descriptor is written from the tables themselves: a table with one more column gets one more field.
        IReadOnlyList<ExportTable> tables = ExportFolder.Tables();
        ExportTable events = tables.Single(t => t.Name == "events");
        var added = new ExportColumn("added_column", ColumnType.Integer, true, "a column added to the table");
        var changed = tables.Select(t => t != events ? t : new ExportTable
        {
            Name = t.Name,
            Description = t.Description,
            Columns = t.Columns.Append(added).ToList(),
            PrimaryKey = t.PrimaryKey,
            Rows = t.Rows,
        }).ToList();
        using var stream = new MemoryStream();
        DataPackage.Write(LibyaDataset.Dataset, changed, DatasetExport.AllFormats, stream);
        JsonNode descriptor = JsonNode.Parse(stream.ToArray())!;
        foreach (string name in new[] { "events", "events" + DataPackage.ParquetSuffix })
        {
            JsonNode resource = descriptor["resources"]!.AsArray().Single(r => (string)r!["name"]! == name)!;
            Assert.Equal(events.Columns.Select(c => c.Name).Append("added_column"), FieldNames(resource));
            Assert.Equal("integer", (string)resource["schema"]!["fields"]![events.Columns.Count]!["type"]!);
        }
    }

    [Fact]
    public void Codes_and_ids_are_typed_as_text_and_dates_as_dates()
    {
        JsonArray resources = Resources();
        string TypeOf(string resource, string field) => (string)resources.Single(r => (string)r!["name"]! == resource)!["schema"]!["fields"]!.AsArray()
            .Single(f => (string)f!["name"]! == field)!["type"]!;
        Assert.Equal("string", TypeOf("events", "cameo_code"));
        Assert.Equal("string", TypeOf("events-parquet", "cameo_code"));
        Assert.Equal("string", TypeOf("events", "id"));
        Assert.Equal("string", TypeOf("places", "geonames"));
        Assert.Equal("string", TypeOf("acled", "iso"));
        Assert.Equal("date", TypeOf("events", "date"));
        Assert.Equal("integer", TypeOf("events", "fatalities_best"));
        Assert.Equal("number", TypeOf("events", "latitude"));
        Assert.Contains(Events.All, e => e.Kind.Standards().CameoCode.StartsWith('0'));
    }

    [Fact]
    public void Every_foreign_key_resolves()
    {
        JsonArray resources = Resources();
        int checkedKeys = 0;
        foreach (JsonNode? resource in resources)
        {
            foreach (JsonNode? key in resource!["schema"]!["foreignKeys"]?.AsArray() ?? new JsonArray())
            {
                string field = (string)key!["fields"]!;
                string target = (string)key["reference"]!["resource"]!;
                string targetField = (string)key["reference"]!["fields"]!;
                JsonNode referenced = resources.Single(r => (string)r!["name"]! == target)!;
                Assert.Contains(field, FieldNames(resource));
                Assert.Contains(targetField, FieldNames(referenced));
                Assert.Equal(new[] { targetField }, referenced["schema"]!["primaryKey"]!.AsArray().Select(k => (string)k!));
                Assert.Equal(Path.GetExtension((string)resource["path"]!), Path.GetExtension((string)referenced["path"]!));
                if (((string)resource["path"]!).EndsWith(".csv", StringComparison.Ordinal))
                {
                    var ids = CsvExportTests.Read(_folder.PathOf((string)referenced["path"]!)).Rows.Select(r => r[targetField]).ToHashSet();
                    foreach (var row in CsvExportTests.Read(_folder.PathOf((string)resource["path"]!)).Rows)
                    {
                        Assert.True(row[field].Length == 0 || ids.Contains(row[field]), $"{resource["name"]}.{field} = '{row[field]}' is not an id of {target}");
                    }
                }
                checkedKeys++;
            }
        }
        // participants, citations, casualties, materiel, alignments and the entities' own references, in both formats.
        Assert.True(checkedKeys >= 20, $"only {checkedKeys} foreign keys");
    }

    [Fact]
    public void Every_primary_key_identifies_one_row()
    {
        foreach (JsonNode? resource in Resources().Where(r => ((string)r!["path"]!).EndsWith(".csv", StringComparison.Ordinal)))
        {
            if (resource!["schema"]!["primaryKey"] is not JsonArray primaryKey)
            {
                // A changelog table lists one row per changed field; it is the only table without a key.
                Assert.Equal("changes", (string)resource["name"]!);
                continue;
            }
            var key = primaryKey.Select(k => (string)k!).ToList();
            var rows = CsvExportTests.Read(_folder.PathOf((string)resource["path"]!)).Rows;
            var keys = rows.Select(r => string.Join("\u0001", key.Select(k => r[k]))).ToList();
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            Assert.All(rows, r => Assert.All(key, k => Assert.NotEqual("", r[k])));
        }
    }

    [Fact]
    public void The_descriptor_is_deterministic_and_approved()
    {
        IReadOnlyList<ExportTable> tables = ExportFolder.Tables();
        byte[] Write()
        {
            using var stream = new MemoryStream();
            DataPackage.Write(LibyaDataset.Dataset, tables, DatasetExport.AllFormats, stream);
            return stream.ToArray();
        }
        byte[] first = Write();
        Assert.Equal(first, Write());
        Assert.Equal(first, File.ReadAllBytes(_folder.PathOf(DataPackage.FileName)));
        // The toolchain's version is scrubbed: a release changes it, not the descriptor's shape.
        string version = typeof(DataPackage).Assembly.GetName().Version!.ToString(3);
        string descriptor = Encoding.UTF8.GetString(first);
        Assert.Contains($"\"Almanac.Export {version}\"", descriptor, StringComparison.Ordinal);
        Snapshot.Verify(descriptor.Replace($"\"Almanac.Export {version}\"", "\"Almanac.Export {version}\"", StringComparison.Ordinal), "json");
    }

    [Fact]
    public void Only_the_formats_exported_are_described()
    {
        IReadOnlyList<ExportTable> tables = ExportFolder.Tables();
        using var stream = new MemoryStream();
        int count = DataPackage.Write(LibyaDataset.Dataset, tables, new[] { ExportFormat.Parquet }, stream);
        var paths = JsonNode.Parse(stream.ToArray())!["resources"]!.AsArray().Select(r => (string)r!["path"]!).ToList();
        Assert.Equal(tables.Count, count);
        Assert.All(paths, p => Assert.StartsWith("parquet/", p, StringComparison.Ordinal));
        Assert.False(DataPackage.Describes(new[] { ExportFormat.GeoJson, ExportFormat.Json }));
    }
}
