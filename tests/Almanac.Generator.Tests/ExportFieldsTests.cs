using System.Text.Json;
using Almanac.Export;
using Almanac.Schema;

namespace Almanac.Generator.Tests;

/// <summary>
/// Every field of the schema reaches the exports: the small fixture uses every key, and each field of every mapping must
/// show in <c>dataset.json</c> under its key and with its value in the canonical text, so a field added to the schema
/// cannot silently miss an export. The table list of <c>docs/exports.md</c> is the tables the exports build.
/// </summary>
public class ExportFieldsTests
{
    private static readonly string s_root = TempDirectory.RepositoryRoot();

    private static readonly Lazy<Dataset> s_small = new(() =>
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"));
        Assert.Empty(result.Diagnostics);
        return (Dataset)result.Load().GetType("Test.Data.RiverDataset", throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;
    });

    /// <summary>The "extending" fixture (a dataset that extends the small one, which it references compiled), with the
    /// small dataset it extends: together they use every key of the schema.</summary>
    private static readonly Lazy<Dataset> s_extending = new(() =>
    {
        byte[] river = ReferencedDatasetTests.CompileDataset();
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("extending"),
            GeneratorHarness.Compilation(true).AddReferences(MetadataReference.CreateFromImage(river)), ns: "Notes.Data");
        Assert.Empty(result.Diagnostics);
        var context = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true);
        context.LoadFromStream(new MemoryStream(river));
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        stream.Position = 0;
        return (Dataset)context.LoadFromStream(stream).GetType("Notes.Data.NotesDataset", throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;
    });

    [Fact]
    public async Task Every_export_of_a_dataset_that_extends_another_is_written_and_names_each_entitys_dataset()
    {
        Dataset notes = s_extending.Value;
        using var folder = new TempFolder("extending-exports");
        var files = await DatasetExport.WriteAsync(notes, folder.Path, Enum.GetValues<ExportFormat>());
        Assert.Contains(files, f => f.RelativePath == "csv/events.csv" && f.Rows == notes.Events.Count);
        string[] actors = File.ReadAllLines(Path.Combine(folder.Path, "csv", "actors.csv"));
        Assert.StartsWith("id,dataset,", actors[0], StringComparison.Ordinal);
        Assert.StartsWith("village-council,notes,", actors[1], StringComparison.Ordinal);
        // A reference to the extended dataset's entity is written with its id qualified by its dataset's, as YAML qualifies
        // it, and the entity is a row of the export (ReferencedDatasetExportTests checks every foreign key).
        Assert.Contains(",river:river-town,", File.ReadAllLines(Path.Combine(folder.Path, "csv", "events.csv"))[1], StringComparison.Ordinal);
        Assert.Contains(File.ReadAllLines(Path.Combine(folder.Path, "csv", "places.csv")), line => line.StartsWith("river:river-town,river,", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_field_of_every_mapping_reaches_the_JSON_export_and_the_canonical_text()
    {
        SchemaDefinition schema = SchemaDefinition.Load(SchemaDefinition.PathIn(s_root));
        // The small fixture, and the fixture that extends it (the only one with an extends section).
        var documents = new[] { s_small.Value, s_extending.Value }.Select(d =>
        {
            var stream = new MemoryStream();
            DatasetJson.Write(d, stream);
            return JsonDocument.Parse(stream.ToArray());
        }).ToList();
        string text = string.Concat(new[] { s_small.Value, s_extending.Value }.Select(d => CanonicalText.Render(d)));

        // The JSON values of every field, found by walking the document with the schema.
        var values = schema.Mappings.SelectMany(m => m.Fields.Select(f => (m, f))).ToDictionary(x => x, _ => new List<JsonElement>());
        void Walk(MappingDefinition mapping, JsonElement item)
        {
            foreach (FieldDefinition field in mapping.Fields)
            {
                if (!item.TryGetProperty(field.Key, out JsonElement value))
                {
                    continue;
                }
                JsonElement[] items = field.List ? value.EnumerateArray().ToArray() : new[] { value };
                values[(mapping, field)].AddRange(items);
                if (field.Struct is not null)
                {
                    foreach (JsonElement nested in items)
                    {
                        Walk(schema.Struct(field.Struct), nested);
                    }
                }
            }
        }
        foreach (MappingDefinition kind in schema.Kinds)
        {
            // Every section is in the small fixture's JSON but extends, which only the extending fixture's has.
            var sections = documents.Select(json => json.RootElement.TryGetProperty(kind.Key, out JsonElement section) ? section : (JsonElement?)null)
                .OfType<JsonElement>().ToList();
            Assert.True(sections.Count > 0, $"No dataset.json has '{kind.Key}'");
            foreach (JsonElement item in sections.SelectMany(section => kind.Single ? new[] { section } : section.EnumerateArray().ToArray()))
            {
                Walk(kind, item);
            }
        }

        var notInJson = values.Where(v => v.Value.Count == 0).Select(v => $"{v.Key.m.Key}.{v.Key.f.Key}").ToList();
        Assert.True(notInJson.Count == 0, "Fields of the schema missing from dataset.json: " + string.Join(", ", notInJson));

        // The canonical text is for reviewing entities: every field of every entity kind and nested mapping shows its value
        // (the dataset section's metadata is the heading, with withInfo).
        var notInText = values
            .Where(v => !v.Key.m.Single && v.Key.f.Struct is null)
            .Where(v => !v.Value.Any(value => text.Contains(Shown(value), StringComparison.Ordinal)))
            .Select(v => $"{v.Key.m.Key}.{v.Key.f.Key} ({string.Join(" | ", v.Value.Select(Shown))})")
            .ToList();
        Assert.True(notInText.Count == 0, "Fields of the schema whose values are missing from the canonical text: " + string.Join(", ", notInText) + "\n---\n" + text);
    }

    private static string Shown(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => CanonicalTextLine(value.GetString()!),
        _ => value.GetRawText(),
    };

    /// <summary>A text value as the canonical text shows it on one line (the first line of a block).</summary>
    private static string CanonicalTextLine(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[0];

    [Fact]
    public void The_tables_of_docs_exports_md_are_the_tables_the_exports_build()
    {
        string path = Path.Combine(s_root, "docs", "exports.md");
        string markdown = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Start = "<!-- export tables -->\n", End = "<!-- end export tables -->";
        int start = markdown.IndexOf(Start, StringComparison.Ordinal), end = markdown.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/exports.md has no region {Start.Trim()} … {End}.");

        var table = new StringBuilder("| table | rows | columns |\n|---|---|---|\n");
        foreach (ExportTable t in DatasetTables.Build(s_small.Value, DatasetDiff.Compare(s_small.Value, s_small.Value)))
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{t.Name}` | {t.Description} | {string.Join(", ", t.Columns.Select(c => $"`{c.Name}`"))} |\n");
        }
        string expected = markdown.Substring(0, start + Start.Length) + table + markdown.Substring(end);
        if (expected != markdown && Environment.GetEnvironmentVariable("ALMANAC_ACCEPT") is "1" or "true")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(expected == markdown, "The table list of docs/exports.md differs from the tables DatasetTables builds; rewrite it with ALMANAC_ACCEPT=1 dotnet test tests/Almanac.Generator.Tests --filter ExportFieldsTests.\n" + table);
    }
}
