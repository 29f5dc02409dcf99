using Almanac.Schema;

namespace Almanac.Generator.Tests;

/// <summary>
/// The files derived from <c>generator/Almanac.Schema/schema.yaml</c> are what the schema gives: a hand edit of a derived
/// file, or a schema change without running <c>dotnet run --project generator/Almanac.Schema</c>, fails here.
/// </summary>
public class SchemaDriftTests
{
    private static readonly string s_root = TempDirectory.RepositoryRoot();

    public static TheoryData<string> DerivedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Generated.Files(s_root))
        {
            data.Add(path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DerivedFiles))]
    public void Derived_file_matches_the_schema(string path)
    {
        string expected = Generated.Files(s_root).Single(f => f.Path == path).Content;
        string actual = File.ReadAllText(Generated.Full(s_root, path)).Replace("\r\n", "\n");
        Assert.True(expected == actual,
            $"{path} differs from what generator/Almanac.Schema/schema.yaml gives. Edit the schema, not the derived file, and run: dotnet run --project generator/Almanac.Schema");
    }

    [Fact]
    public void The_kind_words_of_the_data_format_are_the_schema_s_entity_kinds()
    {
        // The words that name entity kinds in `ref` fields, the `retired` keys and retirements: one per entity kind of
        // the schema (its name in lower case); the retired-id numbers keep their frozen order.
        SchemaDefinition schema = SchemaDefinition.Parse(File.ReadAllText(SchemaDefinition.PathIn(s_root)));
        string[] kinds = schema.Kinds.Where(k => k.IsEntityKind).Select(k => k.Name.ToLowerInvariant()).ToArray();
        Assert.Equal(kinds, new[] { Almanac.Storage.DataFormat.Kind.Source, Almanac.Storage.DataFormat.Kind.Actor, Almanac.Storage.DataFormat.Kind.Place, Almanac.Storage.DataFormat.Kind.Event });
        Assert.Equal(kinds.Order(StringComparer.Ordinal), Almanac.Storage.DataFormat.RetiredKinds);
        MappingDefinition retired = schema.Kinds.Single(k => k.Key == "retired");
        Assert.All(kinds, kind => Assert.Contains(retired.Fields, f => f.Key == kind && f.Type == "id"));
    }

    [Fact]
    public void A_hand_edit_of_a_derived_file_is_detected()
    {
        string copy = Path.Combine(Path.GetTempPath(), "almanac-drift-" + Path.GetRandomFileName());
        try
        {
            foreach (var (path, content) in Generated.Files(s_root))
            {
                string full = Path.Combine(copy, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content);
            }
            File.WriteAllText(Path.Combine(copy, "Dataset.sln"), "");
            Directory.CreateDirectory(Path.Combine(copy, "generator", "Almanac.Schema"));
            File.Copy(SchemaDefinition.PathIn(s_root), SchemaDefinition.PathIn(copy));
            Assert.Empty(Generated.Stale(copy));

            const string keysFile = "generator/Almanac.Generator/Parsing/SchemaKeys.g.cs";
            string keys = Path.Combine(copy, keysFile);
            File.WriteAllText(keys, File.ReadAllText(keys).Replace("\"notes\"", "\"note\""));
            Assert.Equal(new[] { keysFile }, Generated.Stale(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_schema_that_names_an_unknown_struct_is_refused()
    {
        string yaml = "version: 1\nkinds:\n  - key: events\n    name: Event\n    fields:\n      - { key: id, type: id, doc: id }\n"
            + "      - { key: weapons, type: struct, struct: weapon, list: true, doc: weapons }\n";
        Assert.Throws<InvalidDataException>(() => SchemaDefinition.Parse(yaml));
    }
}
