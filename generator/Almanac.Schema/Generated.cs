using System;
using System.Collections.Generic;
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

    /// <summary>Each derived file (path relative to <paramref name="repositoryRoot"/>, with '/' separators) and the content it must have.</summary>
    public static IReadOnlyList<(string Path, string Content)> Files(string repositoryRoot)
    {
        SchemaDefinition schema = SchemaDefinition.Load(SchemaDefinition.PathIn(repositoryRoot));
        Vocabularies vocabularies = Vocabularies.FromRuntime();
        string markdown = File.ReadAllText(Full(repositoryRoot, MarkdownOutput.Path));
        var files = new List<(string Path, string Content)>
        {
            (JsonSchemaOutput.Path, JsonSchemaOutput.Write(schema)),
            (MarkdownOutput.Path, MarkdownOutput.Update(markdown, schema, vocabularies)),
            (FormatDocOutput.Path, FormatDocOutput.Update(File.ReadAllText(Full(repositoryRoot, FormatDocOutput.Path)), schema, vocabularies)),
            (KeysOutput.Path, KeysOutput.Write(schema)),
            (ParserOutput.SpecsPath, ParserOutput.Specs(schema)),
            (ParserOutput.ReadersPath, ParserOutput.Readers(schema)),
            (LinkOutput.LinkedPath, LinkOutput.LinkedRecords(schema)),
            (LinkOutput.ResolverPath, LinkOutput.Resolver(schema)),
            (LinkOutput.WriterPath, LinkOutput.Writer(schema)),
            (RuntimeOutput.ReaderPath, RuntimeOutput.Reader(schema)),
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
