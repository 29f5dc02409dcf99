using Almanac.Generator;
using Microsoft.CodeAnalysis.CSharp;

namespace Almanac.Generator.Tests;

/// <summary>Runs <see cref="AlmanacGenerator"/> the way the compiler does, with MSBuild options and file metadata.</summary>
public sealed class GeneratorHarness
{
    public const string Root = "/project";

    public static CSharpParseOptions ParseOptions => OfflineRun.ParseOptions;

    private static readonly ImmutableArray<MetadataReference> s_runtime = ImmutableArray.Create<MetadataReference>(MetadataReference.CreateFromFile(typeof(Almanac.Actor).Assembly.Location));

    public static AlmanacInput Data(string name, string yaml, System.Text.Encoding? encoding = null) =>
        AlmanacInput.FromText($"{Root}/data/{name}", yaml, AlmanacFileKind.Data, encoding);

    public static AlmanacInput Document(string name, string text, System.Text.Encoding? encoding = null) =>
        AlmanacInput.FromText($"{Root}/seeds/{name}", text, AlmanacFileKind.Document, encoding);

    /// <summary>The fixture under Fixtures/{name}: data/*.yaml and seeds/* (a fixture without documents has no seeds folder).</summary>
    public static List<AlmanacInput> Fixture(string name)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var texts = new List<AlmanacInput>();
        foreach (string file in Directory.GetFiles(Path.Combine(directory, "data")).OrderBy(f => f, StringComparer.Ordinal))
        {
            texts.Add(Data(Path.GetFileName(file), File.ReadAllText(file)));
        }
        string seeds = Path.Combine(directory, "seeds");
        foreach (string file in Directory.Exists(seeds) ? Directory.GetFiles(seeds).OrderBy(f => f, StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            texts.Add(Document(Path.GetFileName(file), File.ReadAllText(file)));
        }
        return texts;
    }

    public static CSharpCompilation Compilation(bool includeRuntime = true, params string[] sources) =>
        Compilation(includeRuntime ? s_runtime : ImmutableArray<MetadataReference>.Empty, sources);

    /// <summary>A compilation of <paramref name="sources"/> that references the framework and <paramref name="extra"/> instead of the Almanac runtime.</summary>
    public static CSharpCompilation CompilationWith(IEnumerable<MetadataReference> extra, params string[] sources) => Compilation(extra, sources);

    private static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, string[] sources) =>
        OfflineRun.Compilation("Consumer", references,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"{Root}/Program{i}.cs")));

    /// <summary>The MSBuild properties of a test project: RootNamespace Consumer, AlmanacNamespace <paramref name="ns"/>, and <paramref name="properties"/> (by MSBuild name).</summary>
    public static GeneratorProperties Properties(string? ns = "Test.Data", IReadOnlyDictionary<string, string>? properties = null) =>
        (properties ?? new Dictionary<string, string>()).Aggregate(new GeneratorProperties { RootNamespace = "Consumer", Namespace = ns }, (p, x) => p.With(x.Key, x.Value));

    public static GeneratorDriver Driver(IEnumerable<AlmanacInput> texts, string? ns = "Test.Data", IReadOnlyDictionary<string, string>? properties = null) =>
        OfflineRun.CreateDriver(texts, Properties(ns, properties), trackSteps: true);

    /// <summary>Runs the generator once over a fresh compilation.</summary>
    public static Result Run(IEnumerable<AlmanacInput> texts, bool includeRuntime = true, string? ns = "Test.Data",
        IReadOnlyDictionary<string, string>? properties = null, params string[] sources) =>
        Run(texts, Compilation(includeRuntime, sources), ns, properties);

    /// <summary>Runs the generator once over <paramref name="compilation"/>.</summary>
    public static Result Run(IEnumerable<AlmanacInput> texts, CSharpCompilation compilation, string? ns = "Test.Data",
        IReadOnlyDictionary<string, string>? properties = null)
    {
        return new Result(OfflineRun.Run(compilation, texts, Properties(ns, properties), trackSteps: true));
    }

    /// <summary>A run of the generator (<see cref="OfflineResult"/>) with what tests do with it.</summary>
    public sealed record Result(OfflineResult Run)
    {
        public GeneratorDriver Driver => Run.Driver;

        public GeneratorDriverRunResult RunResult => Run.RunResult;

        public Compilation Output => Run.Output;

        public ImmutableArray<Diagnostic> Diagnostics => Run.Diagnostics;

        public IReadOnlyList<(string HintName, string Text)> Sources => Run.Sources;

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
}
