using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Almanac.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Cli;

/// <summary>What to validate: the folders and MSBuild settings a build of the dataset project would hand the generator.</summary>
/// <param name="DataDirectory">The YAML folder (<c>AlmanacDataFolder</c>): every <c>*.yaml</c> and <c>*.yml</c> below it.</param>
/// <param name="DocumentsDirectory">The source-document folder (<c>AlmanacDocumentsFolder</c>): every file below it; <see langword="null"/> for none.</param>
/// <param name="RootNamespace">The project's <c>RootNamespace</c>.</param>
/// <param name="Namespace">The project's <c>AlmanacNamespace</c>, or <see langword="null"/>.</param>
/// <param name="DatasetClass">The project's <c>AlmanacDatasetClass</c>, or <see langword="null"/>.</param>
/// <param name="ProjectFile">The project file the settings were read from, or <see langword="null"/>.</param>
public sealed record ValidationInput(string DataDirectory, string? DocumentsDirectory, string RootNamespace, string? Namespace, string? DatasetClass, string? ProjectFile);

/// <summary>The result of a validation: the diagnostics, sorted by file, line and column, and what was read.</summary>
public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, int DataFiles, int Documents)
{
    /// <summary>The number of errors (warnings counted as errors when <paramref name="warningsAsErrors"/>).</summary>
    public int ErrorCount(bool warningsAsErrors) =>
        Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error || (warningsAsErrors && d.Severity == DiagnosticSeverity.Warning));

    /// <summary>The number of warnings (none when <paramref name="warningsAsErrors"/>).</summary>
    public int WarningCount(bool warningsAsErrors) => warningsAsErrors ? 0 : Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

/// <summary>
/// Runs Almanac.Generator over a dataset's files outside a build, the way the compiler runs it: the YAML files as
/// <c>AdditionalFiles</c> with <c>AlmanacKind="data"</c>, the source documents with <c>AlmanacKind="document"</c>,
/// the MSBuild properties as analyzer config options and the Almanac runtime as a reference. The diagnostics are
/// therefore the build's own, with the same ids, messages, files, lines and columns.
/// </summary>
public static class DatasetValidator
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.AlmanacKind";

    /// <summary>
    /// Works out what to validate from <paramref name="folder"/>: a dataset project folder (or its <c>.csproj</c>), whose
    /// <c>AlmanacDataFolder</c>, <c>AlmanacDocumentsFolder</c>, <c>RootNamespace</c>, <c>AlmanacNamespace</c> and
    /// <c>AlmanacDatasetClass</c> are read from the project file when set there as plain values (defaults: <c>data</c>,
    /// <c>seeds</c>, the project name); a folder with <c>data/</c> (and <c>seeds/</c>) but no project; or a folder of
    /// YAML files itself. <paramref name="data"/> and <paramref name="documents"/> override the folders.
    /// </summary>
    /// <exception cref="CliException">A folder does not exist or holds no YAML.</exception>
    public static ValidationInput Resolve(string folder, string? data = null, string? documents = null, string? ns = null, string? datasetClass = null)
    {
        string full = Path.GetFullPath(folder);
        string? project = null;
        if (File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            project = full;
            full = Path.GetDirectoryName(full)!;
        }
        else if (!Directory.Exists(full))
        {
            throw new CliException(ExitCodes.Usage, $"the folder '{full}' does not exist");
        }
        else
        {
            string[] projects = Directory.GetFiles(full, "*.csproj");
            if (projects.Length == 1)
            {
                project = projects[0];
            }
        }

        var properties = project is null ? new Dictionary<string, string>() : ReadProperties(project);
        string Property(string name, string fallback) => properties.TryGetValue(name, out string? value) ? value : fallback;

        string dataDirectory;
        string? documentsDirectory;
        if (data is not null)
        {
            dataDirectory = Path.GetFullPath(data);
        }
        else if (project is not null || Directory.Exists(Path.Combine(full, "data")))
        {
            dataDirectory = Path.GetFullPath(Path.Combine(full, Normalize(Property("AlmanacDataFolder", "data"))));
        }
        else
        {
            dataDirectory = full;
        }
        if (documents is not null)
        {
            documentsDirectory = Path.GetFullPath(documents);
        }
        else
        {
            string candidate = Path.GetFullPath(Path.Combine(full, Normalize(Property("AlmanacDocumentsFolder", "seeds"))));
            documentsDirectory = Directory.Exists(candidate) ? candidate : null;
        }
        if (!Directory.Exists(dataDirectory))
        {
            throw new CliException(ExitCodes.Usage, $"the data folder '{dataDirectory}' does not exist");
        }
        if (documentsDirectory is not null && !Directory.Exists(documentsDirectory))
        {
            throw new CliException(ExitCodes.Usage, $"the documents folder '{documentsDirectory}' does not exist");
        }
        string rootNamespace = Property("RootNamespace", project is null ? "Dataset" : Path.GetFileNameWithoutExtension(project));
        return new ValidationInput(dataDirectory, documentsDirectory, rootNamespace,
            ns ?? (properties.TryGetValue("AlmanacNamespace", out string? n) ? n : null),
            datasetClass ?? (properties.TryGetValue("AlmanacDatasetClass", out string? c) ? c : null),
            project);
    }

    /// <summary>The YAML files of <paramref name="input"/>, as MSBuild's <c>data/**/*.yaml;data/**/*.yml</c> globs find them.</summary>
    public static IReadOnlyList<string> DataFiles(ValidationInput input) =>
        Directory.EnumerateFiles(input.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>The source documents of <paramref name="input"/>: every file below its documents folder.</summary>
    public static IReadOnlyList<string> DocumentFiles(ValidationInput input) =>
        input.DocumentsDirectory is null
            ? Array.Empty<string>()
            : Directory.EnumerateFiles(input.DocumentsDirectory, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>Runs the generator over <paramref name="input"/> and returns its diagnostics and the C# errors of the code it generates.</summary>
    public static ValidationResult Run(ValidationInput input, CancellationToken cancellationToken = default)
    {
        var texts = new List<FileText>();
        IReadOnlyList<string> dataFiles = DataFiles(input);
        IReadOnlyList<string> documentFiles = DocumentFiles(input);
        texts.AddRange(dataFiles.Select(f => new FileText(f, "data")));
        texts.AddRange(documentFiles.Select(f => new FileText(f, "document")));

        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = input.RootNamespace };
        if (input.Namespace is not null)
        {
            global["build_property.AlmanacNamespace"] = input.Namespace;
        }
        if (input.DatasetClass is not null)
        {
            global["build_property.AlmanacDatasetClass"] = input.DatasetClass;
        }

        CSharpParseOptions parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "AlmanacValidate",
            Array.Empty<SyntaxTree>(),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AlmanacGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            new OptionsProvider(texts, global));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);

        var all = new List<Diagnostic>(diagnostics);
        // The build compiles the generated code too; report its errors (there should be none: the generator checks what it emits).
        all.AddRange(output.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null));
        var sorted = all
            .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(sorted, dataFiles.Count, documentFiles.Count);
    }

    /// <summary>
    /// Formats a diagnostic as the compiler prints it: <c>path(line,col): error ALM006: message</c> (1-based line and
    /// column), or <c>error ALM013: message</c> without a location. With <paramref name="warningsAsErrors"/>, warnings
    /// are printed as errors, as a project with <c>TreatWarningsAsErrors</c> reports them.
    /// </summary>
    public static string Format(Diagnostic diagnostic, bool warningsAsErrors = false)
    {
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => warningsAsErrors ? "error" : "warning",
            _ => "info",
        };
        string text = $"{severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            return text;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {text}");
    }

    private static string Normalize(string path) => path.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);

    /// <summary>The plain values of the properties the generator reads, from the project file (last definition wins; values with MSBuild expressions are skipped).</summary>
    private static Dictionary<string, string> ReadProperties(string project)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "AlmanacDataFolder", "AlmanacDocumentsFolder", "AlmanacNamespace", "AlmanacDatasetClass", "RootNamespace" };
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        XDocument document = XDocument.Load(project);
        foreach (XElement element in document.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && names.Contains(e.Name.LocalName)))
        {
            string value = element.Value.Trim();
            if (value.Length > 0 && !value.Contains("$(", StringComparison.Ordinal))
            {
                values[element.Name.LocalName] = value;
            }
        }
        return values;
    }

    private static ImmutableArray<MetadataReference> References()
    {
        // The framework the CLI runs on, and the Almanac runtime: the generator checks that the runtime is referenced (ALM014).
        string tpa = (string)(AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "");
        var references = tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Almanac.Actor).Assembly.Location));
        return references.ToImmutableArray();
    }

    private sealed class FileText : AdditionalText
    {
        private readonly Lazy<SourceText?> _text;

        public FileText(string path, string kind)
        {
            Path = path;
            Kind = kind;
            _text = new Lazy<SourceText?>(() => Decode(File.ReadAllBytes(path)));
        }

        public override string Path { get; }

        public string Kind { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text.Value;

        /// <summary>
        /// Decodes a file as the compiler decodes an additional file (without a <c>CodePage</c> setting): by its
        /// byte-order mark, else as strict UTF-8, else with the fallback encoding (the system's ANSI code page where
        /// there is one, as on Windows; UTF-8 with U+FFFD for bad bytes elsewhere). What the compiler rejects as
        /// binary there, the generator gets as no text.
        /// </summary>
        private static SourceText? Decode(byte[] bytes)
        {
            try
            {
                return SourceText.From(bytes, bytes.Length, s_strictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
            }
            catch (DecoderFallbackException)
            {
                try
                {
                    return SourceText.From(bytes, bytes.Length, s_fallback.Value, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: true, canBeEmbedded: false);
                }
                catch (InvalidDataException)
                {
                    return null;
                }
            }
        }

        private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly Lazy<Encoding> s_fallback = new(() =>
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(0);
        });
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _kinds;

        public OptionsProvider(IEnumerable<FileText> texts, Dictionary<string, string> global)
        {
            _kinds = texts.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
            GlobalOptions = new DictionaryOptions(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _kinds.TryGetValue(textFile.Path, out string? kind)
                ? new DictionaryOptions(new Dictionary<string, string> { [KindMetadata] = kind })
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
