using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Almanac.Generator;
using Almanac.Generator.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Tests;

/// <summary>An in-memory additional file.</summary>
public sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    /// <param name="encoding">The encoding the compiler decoded the file with (<see cref="SourceText.Encoding"/>); none for text that was never bytes.</param>
    public InMemoryText(string path, string text, string kind, System.Text.Encoding? encoding = null)
    {
        Path = path;
        Kind = kind;
        _text = SourceText.From(text, encoding);
    }

    public override string Path { get; }

    public string Kind { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Runs <see cref="AlmanacGenerator"/> the way the compiler does, with MSBuild options and file metadata.</summary>
public sealed class GeneratorHarness
{
    public const string Root = "/project";

    public static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12).WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> s_references = LoadReferences(includeRuntime: true);
    private static readonly ImmutableArray<MetadataReference> s_referencesWithoutRuntime = LoadReferences(includeRuntime: false);

    public static InMemoryText Data(string name, string yaml, System.Text.Encoding? encoding = null) => new($"{Root}/data/{name}", yaml, "data", encoding);

    public static InMemoryText Document(string name, string text, System.Text.Encoding? encoding = null) => new($"{Root}/seeds/{name}", text, "document", encoding);

    /// <summary>The fixture under Fixtures/{name}: data/*.yaml and seeds/*.</summary>
    public static List<InMemoryText> Fixture(string name)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var texts = new List<InMemoryText>();
        foreach (string file in Directory.GetFiles(Path.Combine(directory, "data")).OrderBy(f => f, StringComparer.Ordinal))
        {
            texts.Add(Data(Path.GetFileName(file), File.ReadAllText(file)));
        }
        foreach (string file in Directory.GetFiles(Path.Combine(directory, "seeds")).OrderBy(f => f, StringComparer.Ordinal))
        {
            texts.Add(Document(Path.GetFileName(file), File.ReadAllText(file)));
        }
        return texts;
    }

    public static CSharpCompilation Compilation(bool includeRuntime = true, params string[] sources) =>
        Compilation(includeRuntime ? s_references : s_referencesWithoutRuntime, sources);

    /// <summary>A compilation of <paramref name="sources"/> that references the framework and <paramref name="extra"/> instead of the Almanac runtime.</summary>
    public static CSharpCompilation CompilationWith(IEnumerable<MetadataReference> extra, params string[] sources) =>
        Compilation(s_referencesWithoutRuntime.AddRange(extra), sources);

    private static CSharpCompilation Compilation(ImmutableArray<MetadataReference> references, string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"{Root}/Program{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<InMemoryText> texts, string? ns = "Test.Data", IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new AlmanacGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new OptionsProvider(texts, ns, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over a fresh compilation.</summary>
    public static Result Run(IEnumerable<InMemoryText> texts, bool includeRuntime = true, string? ns = "Test.Data",
        IReadOnlyDictionary<string, string>? properties = null, params string[] sources) =>
        Run(texts, Compilation(includeRuntime, sources), ns, properties);

    /// <summary>Runs the generator once over <paramref name="compilation"/>.</summary>
    public static Result Run(IEnumerable<InMemoryText> texts, CSharpCompilation compilation, string? ns = "Test.Data",
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = texts.ToList();
        GeneratorDriver driver = Driver(list, ns, properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return new Result(driver, driver.GetRunResult(), output);
    }

    public sealed record Result(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, Compilation Output)
    {
        public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

        public IReadOnlyList<(string HintName, string Text)> Sources =>
            RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

        /// <summary>Emits the compilation and loads it in a collectible context that shares the Almanac runtime with the tests.</summary>
        public System.Reflection.Assembly Load()
        {
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            stream.Position = 0;
            return new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        }

        /// <summary>The <c>Dataset</c> of the generated dataset class <paramref name="className"/>.</summary>
        public Almanac.Dataset Dataset(string className) =>
            (Almanac.Dataset)Load().GetType(className, throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;

        /// <summary>Diagnostics of compiling the user code with the generated code (errors and warnings).</summary>
        public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    private static ImmutableArray<MetadataReference> LoadReferences(bool includeRuntime)
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        if (includeRuntime)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(Almanac.Actor).Assembly.Location));
        }
        return references.ToImmutableArray();
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _kinds;
        private readonly DictionaryOptions _global;

        public OptionsProvider(IEnumerable<InMemoryText> texts, string? ns, IReadOnlyDictionary<string, string>? properties)
        {
            _kinds = texts.GroupBy(t => t.Path).ToDictionary(g => g.Key, g => g.First().Kind);
            var global = new Dictionary<string, string> { [OptionKeys.Property(OptionKeys.Properties.RootNamespace)] = "Consumer" };
            if (ns is not null)
            {
                global[OptionKeys.Property(OptionKeys.Properties.Namespace)] = ns;
            }
            foreach (var (key, value) in properties ?? new Dictionary<string, string>())
            {
                global[OptionKeys.Property(key)] = value;
            }
            _global = new DictionaryOptions(global);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _kinds.TryGetValue(textFile.Path, out string? kind)
                ? new DictionaryOptions(new Dictionary<string, string> { [OptionKeys.KindKey] = kind })
                : DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
