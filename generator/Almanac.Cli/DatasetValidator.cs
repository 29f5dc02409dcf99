using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Almanac.Generator.Hosting;
using Almanac.Generator.Project;
using Microsoft.CodeAnalysis;

namespace Almanac.Cli;

/// <summary>A file the build hands the generator: its full path and its <c>AlmanacKind</c>.</summary>
public sealed record DatasetFile(string Path, AlmanacFileKind Kind);

/// <summary>
/// How the compiler reports the warnings of a project: <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c>,
/// <c>WarningsNotAsErrors</c> and <c>NoWarn</c>, as MSBuild evaluated them.
/// </summary>
public sealed record WarningRules(bool TreatWarningsAsErrors, IReadOnlySet<string> AsErrors, IReadOnlySet<string> NotAsErrors, IReadOnlySet<string> Suppressed)
{
    /// <summary>The MSBuild properties the rules come from.</summary>
    public static readonly string[] Properties = { "TreatWarningsAsErrors", "WarningsAsErrors", "WarningsNotAsErrors", "NoWarn" };

    /// <summary>Warnings stay warnings.</summary>
    public static WarningRules None { get; } = new(false, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>The rules of an evaluated project.</summary>
    public static WarningRules From(ProjectEvaluation project) => new(
        string.Equals(project.Property(Properties[0]).Trim(), "true", StringComparison.OrdinalIgnoreCase),
        Ids(project.Property(Properties[1])), Ids(project.Property(Properties[2])), Ids(project.Property(Properties[3])));

    /// <summary>The severity the build reports <paramref name="diagnostic"/> with, or <see langword="null"/> when it is suppressed.</summary>
    public DiagnosticSeverity? Severity(Diagnostic diagnostic)
    {
        if (diagnostic.Severity != DiagnosticSeverity.Warning)
        {
            return diagnostic.Severity;
        }
        if (Suppressed.Contains(diagnostic.Id))
        {
            return null;
        }
        return AsErrors.Contains(diagnostic.Id) || (TreatWarningsAsErrors && !NotAsErrors.Contains(diagnostic.Id)) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
    }

    private static HashSet<string> Ids(string list) =>
        new(list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
}

/// <summary>What to validate: the files and MSBuild settings a build of the dataset project would hand the generator.</summary>
/// <param name="Files">The <c>AdditionalFiles</c> with an <c>AlmanacKind</c>, in ordinal path order.</param>
/// <param name="Properties">The generator's MSBuild properties.</param>
/// <param name="Warnings">How warnings are reported.</param>
/// <param name="DataDirectory">The YAML folder (<c>AlmanacDataFolder</c>), for the summary.</param>
/// <param name="DocumentsDirectory">The source-document folder (<c>AlmanacDocumentsFolder</c>), or <see langword="null"/> for none.</param>
/// <param name="ProjectFile">The project the settings were evaluated from, or <see langword="null"/>.</param>
public sealed record ValidationInput(IReadOnlyList<DatasetFile> Files, GeneratorProperties Properties, WarningRules Warnings,
    string DataDirectory, string? DocumentsDirectory, string? ProjectFile)
{
    /// <summary>The compiled datasets the project references (their assembly paths), whose ids its YAML may name, as the
    /// build resolves them; empty without a project.</summary>
    public IReadOnlyList<string> ReferencedDatasets { get; init; } = Array.Empty<string>();

    /// <summary>The number of files of <paramref name="kind"/>.</summary>
    public int Count(AlmanacFileKind kind) => Files.Count(f => f.Kind == kind);
}

/// <summary>The result of a validation: the diagnostics with the severity the build reports them with, sorted by file, line and column.</summary>
public sealed record ValidationResult(IReadOnlyList<(Diagnostic Diagnostic, DiagnosticSeverity Severity)> Diagnostics, int DataFiles, int Documents)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

/// <summary>
/// Runs Almanac.Generator over a dataset's files outside a build, the way the compiler runs it (through the generator's
/// <see cref="OfflineRun"/>), with the files and settings MSBuild evaluates for the project. The diagnostics are therefore
/// the build's own, with the same ids, severities, messages, files, lines and columns.
/// </summary>
public static class DatasetValidator
{
    /// <summary>
    /// Works out what to validate from <paramref name="folder"/>: a dataset project folder (or its <c>.csproj</c>), whose
    /// files and settings MSBuild evaluates (<see cref="ProjectEvaluation"/>); a folder with <c>data/</c> (and <c>seeds/</c>)
    /// but no project; or a folder of YAML files itself. <paramref name="data"/>, <paramref name="documents"/> and
    /// <paramref name="ns"/> override the project's; <paramref name="warningsAsErrors"/> reports warnings as errors.
    /// </summary>
    /// <exception cref="CliException">A folder does not exist, or the project cannot be evaluated.</exception>
    public static ValidationInput Resolve(string folder, string? data = null, string? documents = null, string? ns = null,
        bool warningsAsErrors = false, CancellationToken cancellationToken = default)
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
            throw new CliException(ExitCode.Usage, $"the folder '{full}' does not exist");
        }
        else
        {
            string[] projects = Directory.GetFiles(full, "*.csproj");
            if (projects.Length > 1)
            {
                throw new CliException(ExitCode.Usage, $"the folder '{full}' holds {projects.Length} project files; name one: almanac validate {Path.Combine(folder, Path.GetFileName(projects.Min(StringComparer.Ordinal)!))}");
            }
            project = projects.SingleOrDefault();
        }

        var files = new List<DatasetFile>();
        IReadOnlyList<string> referencedDatasets = Array.Empty<string>();
        var properties = new GeneratorProperties();
        WarningRules warnings = WarningRules.None;
        string dataDirectory, documentsDirectory;
        if (project is not null)
        {
            ProjectEvaluation evaluation = ProjectEvaluation.Evaluate(project,
                GeneratorProperties.Names.Concat(ItemPropertyNames).Concat(WarningRules.Properties), ReferenceItemTypes.Append(AdditionalFiles),
                cancellationToken: cancellationToken);
            referencedDatasets = ReferencedDatasets(project, evaluation, cancellationToken);
            properties = GeneratorProperties.FromMsBuild(evaluation.Properties);
            warnings = WarningRules.From(evaluation);
            dataDirectory = Folder(full, evaluation.Property(OptionKeys.ItemProperties.DataFolder), OptionKeys.DefaultDataFolder);
            documentsDirectory = Folder(full, evaluation.Property(OptionKeys.ItemProperties.DocumentsFolder), OptionKeys.DefaultDocumentsFolder);
            if (evaluation.Property(OptionKeys.ItemProperties.Enabled).Length > 0)
            {
                // The glue is imported: its items (and any added by hand) are exactly what the build hands the compiler.
                files.AddRange(evaluation.Items.TryGetValue(AdditionalFiles, out var items)
                    ? items.Select(i => AlmanacInput.TryParseKind(i.GetValueOrDefault(OptionKeys.KindMetadata), out AlmanacFileKind kind) ? new DatasetFile(i["FullPath"], kind) : null).OfType<DatasetFile>()
                    : Array.Empty<DatasetFile>());
            }
            else
            {
                // Not imported yet (a PackageReference not restored): the glue's globs over the folders.
                files.AddRange(Glob(dataDirectory, AlmanacFileKind.Data));
                files.AddRange(Glob(documentsDirectory, AlmanacFileKind.Document));
            }
        }
        else
        {
            string defaultData = Path.Combine(full, OptionKeys.DefaultDataFolder);
            dataDirectory = Directory.Exists(defaultData) ? defaultData : full;
            documentsDirectory = Path.Combine(full, OptionKeys.DefaultDocumentsFolder);
            files.AddRange(Glob(dataDirectory, AlmanacFileKind.Data));
            files.AddRange(Glob(documentsDirectory, AlmanacFileKind.Document));
        }

        if (data is not null)
        {
            dataDirectory = Existing(data, "data");
            files.RemoveAll(f => f.Kind == AlmanacFileKind.Data);
            files.AddRange(Glob(dataDirectory, AlmanacFileKind.Data));
        }
        if (documents is not null)
        {
            documentsDirectory = Existing(documents, "documents");
            files.RemoveAll(f => f.Kind == AlmanacFileKind.Document);
            files.AddRange(Glob(documentsDirectory, AlmanacFileKind.Document));
        }
        if (ns is not null)
        {
            properties = properties.With(OptionKeys.Properties.Namespace, ns);
        }
        if (warningsAsErrors)
        {
            warnings = warnings with { TreatWarningsAsErrors = true };
        }
        if (!files.Any(f => f.Kind == AlmanacFileKind.Data) && !Directory.Exists(dataDirectory))
        {
            throw new CliException(ExitCode.Usage, $"the data folder '{dataDirectory}' does not exist");
        }
        var distinct = files.DistinctBy(f => f.Path, StringComparer.Ordinal).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new ValidationInput(distinct, properties, warnings, dataDirectory,
            Directory.Exists(documentsDirectory) ? documentsDirectory : null, project)
        {
            ReferencedDatasets = referencedDatasets,
        };
    }

    /// <summary>The references of a project that are not the Almanac toolchain's own (a dataset package or project, any other library).</summary>
    private static readonly string[] ReferenceItemTypes = { "PackageReference", "ProjectReference", "Reference" };

    /// <summary>The toolchain's own packages and projects, which hold no dataset.</summary>
    private static readonly string[] ToolchainReferences = { "Almanac", "Almanac.Generator", "Almanac.Analyzers", "Almanac.Export" };

    /// <summary>
    /// The compiled datasets among the references of <paramref name="project"/> (<paramref name="declared"/>: its evaluation,
    /// with its reference items), resolved as the build resolves them
    /// (restore, then the <c>ResolveReferences</c> target, which builds referenced projects): the paths of the assemblies
    /// that carry a lookup table. A project that references nothing but the toolchain is not resolved, and has none.
    /// </summary>
    /// <exception cref="CliException">MSBuild cannot restore or resolve the references.</exception>
    private static IReadOnlyList<string> ReferencedDatasets(string project, ProjectEvaluation declared, CancellationToken cancellationToken)
    {
        bool others = ReferenceItemTypes.Any(type => declared.Items.TryGetValue(type, out var items) && items.Any(item =>
            !string.Equals(item.GetValueOrDefault("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase)
            && !ToolchainReferences.Contains(Path.GetFileNameWithoutExtension(item["Identity"]), StringComparer.OrdinalIgnoreCase)));
        if (!others)
        {
            return Array.Empty<string>();
        }
        ProjectEvaluation resolved = ProjectEvaluation.Evaluate(project, Array.Empty<string>(), new[] { ReferencePath }, "ResolveReferences", cancellationToken);
        return resolved.Items.TryGetValue(ReferencePath, out var paths)
            ? paths.Select(p => p["FullPath"]).Where(File.Exists).Where(p => OfflineRun.IsDataset(MetadataReference.CreateFromFile(p)))
                .Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList()
            : Array.Empty<string>();
    }

    private const string ReferencePath = "ReferencePath";

    /// <summary>Runs the generator over <paramref name="input"/> and returns its diagnostics and the C# errors of the code it generates.</summary>
    public static ValidationResult Run(ValidationInput input, CancellationToken cancellationToken = default)
    {
        // The compiler's fallback for text that is not UTF-8 is the system's ANSI code page, where there is one.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var inputs = input.Files.Select(f => AlmanacInput.FromBytes(f.Path, File.ReadAllBytes(f.Path), f.Kind)).ToList();
        // The runtime and the datasets the project references: the generator reads their ids, and the generated code compiles against them.
        var references = new[] { typeof(Almanac.Actor).Assembly.Location }.Concat(input.ReferencedDatasets)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        OfflineResult result = OfflineRun.Run(OfflineRun.Compilation("AlmanacValidate", references), inputs, input.Properties, cancellationToken: cancellationToken);
        var sorted = result.Diagnostics.Concat(result.GeneratedCodeErrors(cancellationToken))
            .Select(d => (Diagnostic: d, Severity: input.Warnings.Severity(d)))
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => (d.Diagnostic, Severity: d.Severity!.Value))
            .OrderBy(d => d.Diagnostic.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Diagnostic.Location.GetLineSpan().StartLinePosition.Character)
            .ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(sorted, input.Count(AlmanacFileKind.Data), input.Count(AlmanacFileKind.Document));
    }

    /// <summary>
    /// Formats a diagnostic as the compiler prints it: <c>path(line,col): error ALM006: message</c> (1-based line and
    /// column), or <c>error ALM013: message</c> without a location, with the severity the build reports it with.
    /// </summary>
    public static string Format(Diagnostic diagnostic, DiagnosticSeverity severity)
    {
        string text = $"{(severity == DiagnosticSeverity.Error ? "error" : "warning")} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            return text;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {text}");
    }

    private const string AdditionalFiles = "AdditionalFiles";

    private static readonly string[] ItemPropertyNames = { OptionKeys.ItemProperties.DataFolder, OptionKeys.ItemProperties.DocumentsFolder, OptionKeys.ItemProperties.Enabled };

    /// <summary>A folder of the project: <paramref name="value"/> (as evaluated), else <paramref name="fallback"/>, relative to <paramref name="projectDirectory"/>.</summary>
    private static string Folder(string projectDirectory, string value, string fallback) =>
        Path.GetFullPath(Path.Combine(projectDirectory, (value.Length > 0 ? value : fallback).Replace('\\', Path.DirectorySeparatorChar)));

    private static string Existing(string folder, string what)
    {
        string full = Path.GetFullPath(folder);
        return Directory.Exists(full) ? full : throw new CliException(ExitCode.Usage, $"the {what} folder '{full}' does not exist");
    }

    /// <summary>The glue's globs: <c>*.yaml</c> and <c>*.yml</c> below a data folder, every file below a documents folder.</summary>
    private static IEnumerable<DatasetFile> Glob(string folder, AlmanacFileKind kind) =>
        !Directory.Exists(folder)
            ? Enumerable.Empty<DatasetFile>()
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => kind == AlmanacFileKind.Document || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Select(f => new DatasetFile(f, kind));
}
