using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Almanac.Generator.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Almanac.Generator.Hosting;

/// <summary>
/// Runs <see cref="AlmanacGenerator"/> outside a build, the way the compiler runs it: the inputs as <c>AdditionalFiles</c>
/// with their <c>AlmanacKind</c> metadata, the <see cref="GeneratorProperties"/> as the build's analyzer config options.
/// The one host of the generator for <c>almanac validate</c>, the tests and the benchmarks.
/// </summary>
public static class OfflineRun
{
    /// <summary>The parse options of a dataset project: C# 12, with documentation comments checked (as with <c>GenerateDocumentationFile</c>).</summary>
    public static CSharpParseOptions ParseOptions { get; } =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12).WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>The framework assemblies of the running process (<c>System.*</c>, <c>netstandard</c>, <c>mscorlib</c>), for a compilation to reference.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences { get; } = LoadFrameworkReferences();

    /// <summary>
    /// A library compilation of <paramref name="sources"/> (with nullable annotations on) that references the framework and
    /// <paramref name="references"/>; the Almanac runtime must be among them, or the generator reports ALM014.
    /// </summary>
    public static CSharpCompilation Compilation(string assemblyName, IEnumerable<MetadataReference> references, IEnumerable<SyntaxTree>? sources = null) =>
        CSharpCompilation.Create(
            assemblyName,
            sources ?? Array.Empty<SyntaxTree>(),
            FrameworkReferences.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Whether <paramref name="reference"/> is a compiled dataset whose ids a dataset's YAML can refer to: an assembly that
    /// carries a lookup table this generator reads (docs/data-format.md, "Lookup table").
    /// </summary>
    public static bool IsDataset(MetadataReference reference) =>
        Referencing.ReferencedDataset.Read(reference, CancellationToken.None) is not null;

    /// <summary>A driver of the generator over <paramref name="inputs"/> with <paramref name="properties"/>; <paramref name="trackSteps"/> records its incremental steps.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AlmanacInput> inputs, GeneratorProperties properties, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new AlmanacGenerator().AsSourceGenerator() },
            inputs,
            ParseOptions,
            new OptionsProvider(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once over <paramref name="compilation"/> and returns what it reported and generated.</summary>
    public static OfflineResult Run(Compilation compilation, IEnumerable<AlmanacInput> inputs, GeneratorProperties properties,
        bool trackSteps = false, CancellationToken cancellationToken = default)
    {
        GeneratorDriver driver = CreateDriver(inputs, properties, trackSteps)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _, cancellationToken);
        return new OfflineResult(driver, driver.GetRunResult(), output);
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return tpa.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    /// <summary>The build's analyzer config: the properties as <c>build_property.*</c>, each input's kind as its <c>AlmanacKind</c> metadata.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions s_data = Kind(AlmanacFileKind.Data);
        private static readonly DictionaryOptions s_document = Kind(AlmanacFileKind.Document);

        public OptionsProvider(GeneratorProperties properties) =>
            GlobalOptions = new DictionaryOptions(properties.Values.ToDictionary(p => OptionKeys.Property(p.Key), p => p.Value, StringComparer.Ordinal));

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile switch
        {
            AlmanacInput { Kind: AlmanacFileKind.Data } => s_data,
            AlmanacInput { Kind: AlmanacFileKind.Document } => s_document,
            _ => DictionaryOptions.Empty,
        };

        private static DictionaryOptions Kind(AlmanacFileKind kind) =>
            new(new Dictionary<string, string> { [OptionKeys.KindKey] = AlmanacInput.Metadata(kind) });
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>What one run of the generator produced.</summary>
/// <param name="Driver">The driver after the run (to run again incrementally).</param>
/// <param name="RunResult">The generator's result, with its tracked steps when they were recorded.</param>
/// <param name="Output">The compilation with the generated code added.</param>
public sealed record OfflineResult(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, Compilation Output)
{
    /// <summary>The generator's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

    /// <summary>The generated files, in the order the generator added them.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>The compiler's errors in the generated code (a build compiles it too; the generator checks what it emits, so there should be none).</summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeErrors(CancellationToken cancellationToken = default)
    {
        var generated = new HashSet<SyntaxTree>(RunResult.GeneratedTrees);
        return Output.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && generated.Contains(tree)).ToList();
    }
}
