using System.Collections.Immutable;
using System.Reflection;
using Almanac.Lookup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Almanac.Analyzers.Tests;

/// <summary>
/// A compiled dataset assembly, as a consumer references it: the generated classes' lookup methods and members, and the
/// lookup table in its assembly metadata, written by <see cref="LookupTable.Write"/>. Its actors are <c>haftar</c>
/// (Khalifa Haftar, also Hifter), <c>gna</c> (Government of National Accord, also Al-Wefaq, and within the source
/// <c>article</c> also "government of reconciliation" and "Libyan army") and <c>libyan-army</c> (named "Libyan army",
/// without a member), with <c>gna-forces</c> renamed to <c>gna</c> and <c>old-militia</c> removed; its one source
/// <c>article</c>; its places <c>tarhuna</c> and <c>tripoli</c>; its one event has no member.
/// </summary>
internal static class TestDataset
{
    /// <summary>The .NET 8 reference assemblies, from the targeting pack that the repository's net8.0 projects restore.</summary>
    public static readonly ReferenceAssemblies Net80 = new("net8.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"), Path.Combine("ref", "net8.0"));

    public static LookupTable Table(string @namespace = "Valley.Data", string className = "ValleyDataset", string datasetId = "valley") =>
        new(datasetId, "0.2.0", @namespace, className, new[]
        {
            new LookupKind("source", "Sources", new[] { new LookupEntity("article", "Article", "The article", Array.Empty<string>()) }, Array.Empty<LookupRetired>()),
            new LookupKind("actor", "Actors", new[]
            {
                new LookupEntity("gna", "Gna", "Government of National Accord", new[] { "Al-Wefaq", "GNA" }),
                new LookupEntity("haftar", "Haftar", "Khalifa Haftar", new[] { "Hifter", "Field Marshal Haftar" }),
                new LookupEntity("libyan-army", null, "Libyan army", Array.Empty<string>()),
            }, new[]
            {
                new LookupRetired("gna-forces", "renamed", "gna", "0.2.0"),
                new LookupRetired("old-militia", "removed", null, "0.2.0"),
            }, new[]
            {
                new LookupScopedAlias("government of reconciliation", "gna", "article"),
                new LookupScopedAlias("Libyan army", "gna", "article"),
            }),
            new LookupKind("place", "Places", new[]
            {
                new LookupEntity("tarhuna", "Tarhuna", "Tarhuna", new[] { "\u062a\u0631\u0647\u0648\u0646\u0629" }),
                new LookupEntity("tripoli", "Tripoli", "Tripoli", new[] { "Tarabulus" }),
            }, Array.Empty<LookupRetired>()),
            new LookupKind("event", "Events", new[]
            {
                new LookupEntity("2020-06-05-tarhuna-taken", null, "GNA forces take Tarhuna", Array.Empty<string>()),
            }, Array.Empty<LookupRetired>()),
        });

    /// <summary>The source of a dataset assembly in <paramref name="namespace"/> with the lookup table <paramref name="table"/>.</summary>
    public static string Source(string @namespace, LookupTable table)
    {
        string Kind(string className, string noun, params string[] members) => $$"""
                public static class {{className}}
                {
            {{string.Concat(members.Select(m => $"        public static Entity {m} => new Entity();\n"))}}
                    public static Entity? Find(string idOrAlias) => null;
                    public static Entity? FindIn(string idOrAlias, Entity source) => null;
                    public static Entity Get(string id) => new Entity();
                    public static bool TryGet(string id, out Entity? {{noun}}) { {{noun}} = null; return false; }
                    public static Resolution Resolve(string idOrAlias) => new Resolution();
                }
            """;
        return $$"""
            [assembly: System.Reflection.AssemblyMetadata({{SymbolDisplay.FormatLiteral(LookupTable.MetadataKey, quote: true)}}, {{SymbolDisplay.FormatLiteral(table.Write(), quote: true)}})]
            namespace {{@namespace}}
            {
                public sealed class Entity { }
                public sealed class Resolution { }
            {{Kind("Sources", "source", "Article")}}
            {{Kind("Actors", "actor", "Gna", "Haftar")}}
            {{Kind("Places", "place", "Tarhuna", "Tripoli")}}
            {{Kind("Events", "@event")}}
            }
            """;
    }

    private static readonly Lazy<Task<MetadataReference>> s_valley = new(() => Compile("Valley.Data", "Valley.Data", Table()));

    /// <summary>The compiled test dataset.</summary>
    public static Task<MetadataReference> Valley => s_valley.Value;

    /// <summary>Compiles a dataset assembly named <paramref name="assemblyName"/> against the .NET 8 reference assemblies.</summary>
    public static Task<MetadataReference> Compile(string assemblyName, string @namespace, LookupTable table) =>
        CompileSource(assemblyName, Source(@namespace, table));

    /// <summary>Compiles <paramref name="source"/> into an assembly named <paramref name="assemblyName"/> against the .NET 8 reference assemblies.</summary>
    public static async Task<MetadataReference> CompileSource(string assemblyName, string source)
    {
        ImmutableArray<MetadataReference> references = await Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
