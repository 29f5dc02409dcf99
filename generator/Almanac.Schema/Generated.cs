using System.IO;

namespace Almanac.Schema;

/// <summary>Every file derived from the schema, and how to bring them up to date or check them.</summary>
public static class Generated
{
    /// <summary>The header of every derived C# file.</summary>
    public const string CSharpHeader =
        "// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:\n" +
        "// change the schema and run it again (a test fails while this file and the schema disagree).\n" +
        "#nullable enable\n\n";

    private const string SchemaDocument = "docs/schema.md";
    private const string FormatDocument = "docs/data-format.md";

    /// <summary>Each derived file (path relative to <paramref name="repositoryRoot"/>, with '/' separators) and the content it must have.</summary>
    public static IReadOnlyList<(string Path, string Content)> Files(string repositoryRoot)
    {
        SchemaDefinition schema = SchemaDefinition.Load(SchemaDefinition.PathIn(repositoryRoot));
        Vocabularies vocabularies = Vocabularies.FromRuntime();
        // A document keeps its hand-written prose: only its generated parts are replaced.
        string Read(string path) => File.ReadAllText(Full(repositoryRoot, path));
        var files = new List<(string Path, string Content)>
        {
            ("docs/schema/almanac.schema.json", JsonSchemaOutput.Write(schema)),
            (SchemaDocument, MarkdownOutput.Update(SchemaDocument, Read(SchemaDocument), schema, vocabularies)),
            (FormatDocument, FormatDocOutput.Update(FormatDocument, Read(FormatDocument), schema, vocabularies)),
            ("generator/Almanac.Generator/Parsing/SchemaKeys.g.cs", KeysOutput.Write(schema)),
            ("generator/Almanac.Generator/Parsing/Specs.g.cs", ParserOutput.Specs(schema)),
            ("generator/Almanac.Generator/Parsing/Readers.g.cs", ParserOutput.Readers(schema)),
            ("generator/Almanac.Generator/Model/Linked.g.cs", LinkOutput.LinkedRecords(schema)),
            ("generator/Almanac.Generator/Linking/Resolver.g.cs", LinkOutput.Resolver(schema)),
            ("generator/Almanac.Generator/Encoding/RecordWriter.g.cs", LinkOutput.Writer(schema)),
            ("generator/Almanac/Storage/RecordReader.g.cs", RuntimeOutput.Reader(schema)),
            (ExportOutput.Path, ExportOutput.Write(schema)),
        };
        files.AddRange(RuntimeOutput.Model(schema));
        return files;
    }

    /// <summary>The derived files whose content on disk differs from what the schema gives.</summary>
    public static IReadOnlyList<string> Stale(string repositoryRoot)
    {
        var stale = new List<string>();
        foreach (var (path, content) in Files(repositoryRoot))
        {
            string full = Full(repositoryRoot, path);
            if (!File.Exists(full) || File.ReadAllText(full).Replace("\r\n", "\n") != content)
            {
                stale.Add(path);
            }
        }
        return stale;
    }

    /// <summary>The absolute path of a derived file.</summary>
    public static string Full(string repositoryRoot, string path) => System.IO.Path.Combine(repositoryRoot, path.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>The repository root above <paramref name="start"/>: the folder that holds <c>Dataset.sln</c>.</summary>
    public static string FindRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dataset.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Dataset.sln above {start}.");
    }
}
