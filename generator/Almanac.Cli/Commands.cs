using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Almanac.Export;
using Almanac.Generator.Hosting;
using Almanac.Text;
using Microsoft.CodeAnalysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Almanac.Cli;

/// <summary>The arguments of the commands that read a built dataset: the <c>--dataset</c> option.</summary>
public abstract class DatasetSettings : CommandSettings
{
    /// <summary>The dataset: an assembly, a package, or a package id in a folder of packages.</summary>
    [CommandOption("--dataset <dll|nupkg|folder/PackageId>")]
    [Description("The dataset (required): an assembly built with Almanac (path/to/My.Dataset.dll), a package (My.Dataset.1.0.0.nupkg), or a package id in a folder of packages, the highest version (artifacts/packages/Almanac.Libya).")]
    public string? Dataset { get; init; }
}

/// <summary><c>almanac validate &lt;folder&gt;</c>: the generator's checks without a build.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class ValidateCommand(CliOutput output) : Command<ValidateCommand.Settings>
{
    /// <summary>The arguments of <c>validate</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The dataset project folder, its .csproj, a folder with data/ and seeds/, or a folder of YAML files.</summary>
        [CommandArgument(0, "<folder>")]
        [Description("The dataset project folder (or its .csproj), a folder with data/ and seeds/, or a folder of YAML files.")]
        public string Folder { get; init; } = "";

        /// <summary>The YAML folder, instead of the project's AlmanacDataFolder.</summary>
        [CommandOption("--data <folder>")]
        [Description("The YAML folder (default: the project's AlmanacDataFolder, else data/).")]
        public string? Data { get; init; }

        /// <summary>The source-document folder, instead of the project's AlmanacDocumentsFolder.</summary>
        [CommandOption("--documents <folder>")]
        [Description("The source-document folder that quotes are checked against (default: the project's AlmanacDocumentsFolder, else seeds/).")]
        public string? Documents { get; init; }

        /// <summary>The AlmanacNamespace setting to check.</summary>
        [CommandOption("--namespace <name>")]
        [Description("The AlmanacNamespace to check (default: the project's).")]
        public string? Namespace { get; init; }

        /// <summary>Report warnings as errors, as a project with TreatWarningsAsErrors does.</summary>
        [CommandOption("--warnaserror")]
        [Description("Report warnings (ALM002) as errors and fail on them, as a project with TreatWarningsAsErrors does (the project's own TreatWarningsAsErrors, WarningsAsErrors and NoWarn apply anyway).")]
        public bool WarningsAsErrors { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ValidationInput input = DatasetValidator.Resolve(settings.Folder, settings.Data, settings.Documents, settings.Namespace, settings.WarningsAsErrors, cancellationToken);
        int yamlCount = input.Count(AlmanacFileKind.Data);
        if (yamlCount == 0)
        {
            throw new CliException(ExitCode.Usage, $"no *.yaml or *.yml files in '{input.DataDirectory}'");
        }
        ValidationResult result = null!;
        if (output.ErrorConsole.Profile.Capabilities.Interactive)
        {
            output.ErrorConsole.Status().Start($"Checking {yamlCount} YAML files…", _ => result = DatasetValidator.Run(input, cancellationToken));
        }
        else
        {
            result = DatasetValidator.Run(input, cancellationToken);
        }
        foreach ((Diagnostic diagnostic, DiagnosticSeverity severity) in result.Diagnostics)
        {
            output.Out.WriteLine(DatasetValidator.Format(diagnostic, severity));
        }
        int errors = result.ErrorCount, warnings = result.WarningCount;
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"almanac validate: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")} in {result.DataFiles} YAML file{(result.DataFiles == 1 ? "" : "s")} and {result.Documents} document{(result.Documents == 1 ? "" : "s")} (data: {input.DataDirectory}; documents: {input.DocumentsDirectory ?? "none"}{(input.ProjectFile is null ? "" : "; settings: " + input.ProjectFile)})."));
        return (int)(errors > 0 ? ExitCode.Failed : ExitCode.Success);
    }
}

/// <summary><c>almanac export &lt;format&gt;</c>: write a dataset in the formats researchers use.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class ExportCommand(CliOutput output) : AsyncCommand<ExportCommand.Settings>
{
    /// <summary>The arguments of <c>export</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>acled-csv, csv, geojson, parquet, json or all.</summary>
        [CommandArgument(0, "<format>")]
        [Description("acled-csv, csv, geojson, parquet, json, or all.")]
        public string Format { get; init; } = "";

        /// <summary>The output folder.</summary>
        [CommandOption("-o|--out <folder>")]
        [Description("The output folder (default: <dataset id>-export/ in the current folder). Files of the same names are replaced.")]
        public string? Out { get; init; }

        /// <summary>An earlier release to compare with, for the changes table.</summary>
        [CommandOption("--since <release>")]
        [Description("Also write the changes table (csv/changes.csv, parquet/changes.parquet): what changed since this earlier release, given in any form 'diff' takes (an assembly, a package, a package id in a folder of packages, or its dataset.json).")]
        public string? Since { get; init; }

        /// <summary>The folder of kept releases, for the changes table against the newest one before the dataset's version.</summary>
        [CommandOption("--releases <folder>")]
        [Description("Also write the changes table against the newest release kept in this folder before the dataset's version (<folder>/0.1.0/dataset.json), as the changelog does.")]
        public string? Releases { get; init; }

        /// <summary>Whether to export the union of the dataset and the datasets it extends.</summary>
        [CommandOption("--with-referenced")]
        [Description("For a dataset that extends dataset packages: export their sources, actors, places, events and retired ids in full besides the dataset's own (each row with its dataset, their ids qualified: libya:gna), as the dataset's queries answer over both. Without it, only the entities of theirs that the dataset's rows name are exported. dataset.json stays the dataset's own.")]
        public bool WithReferenced { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<ExportFormat> formats = string.Equals(settings.Format, "all", StringComparison.OrdinalIgnoreCase)
            ? DatasetExport.AllFormats
            : DatasetExport.Parse(settings.Format) is ExportFormat format
                ? new[] { format }
                : throw new CliException(ExitCode.Usage, $"unknown format '{settings.Format}'; use one of: {string.Join(", ", DatasetExport.AllFormats.Select(DatasetExport.Name))}, all");
        if (settings.Since is not null && settings.Releases is not null)
        {
            throw new CliException(ExitCode.Usage, "give either --since or --releases, not both");
        }
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        string directory = Path.GetFullPath(settings.Out ?? (dataset.Info.Id.Length > 0 ? dataset.Info.Id : "dataset") + "-export");
        DatasetDiff? changes = Changes(dataset, settings);

        IReadOnlyList<ExportedFile> files = Array.Empty<ExportedFile>();
        await output.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var tasks = formats.ToDictionary(f => f, f => progress.AddTask(DatasetExport.Name(f), maxValue: FileCount(f, changes is not null)));
                files = await DatasetExport.WriteAsync(dataset, directory, formats, new ExportOptions { Changes = changes, WithReferenced = settings.WithReferenced },
                    new SynchronousProgress<ExportedFile>(file => tasks[file.Format].Increment(1)), cancellationToken).ConfigureAwait(false);
                foreach (ProgressTask task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);

        var table = new Table().Border(TableBorder.Simple).AddColumn("file").AddColumn(new TableColumn("rows").RightAligned()).AddColumn("format");
        foreach (ExportedFile file in files)
        {
            table.AddRow(Markup.Escape(file.RelativePath), file.Rows.ToString(CultureInfo.InvariantCulture), DatasetExport.Name(file.Format));
        }
        output.OutConsole.Write(table);
        string with = settings.WithReferenced && dataset.Extends.Count > 0
            ? " with " + string.Join(", ", dataset.Extends.Select(d => d.Info.Id + " " + d.Info.Version))
            : "";
        output.OutConsole.WriteLine($"Exported {dataset.Info.Id} {dataset.Info.Version}{with} ({files.Count} files) to {directory}");
        if (settings.Releases is not null && changes is null)
        {
            output.ErrorConsole.MarkupLineInterpolated($"No release before {dataset.Info.Version} is kept in {settings.Releases}: no changes table.");
        }
        return (int)ExitCode.Success;
    }

    /// <summary>The changes since the release named by <c>--since</c> or the newest kept one in <c>--releases</c>, or null.</summary>
    private static DatasetDiff? Changes(Dataset dataset, Settings settings)
    {
        try
        {
            if (settings.Since is string since)
            {
                using System.Text.Json.JsonDocument older = DiffCommand.Release(since), newer = DatasetDiff.ToJson(dataset);
                return DatasetDiff.Compare(older.RootElement, newer.RootElement);
            }
            return settings.Releases is string releases ? DatasetChangelog.SincePreviousRelease(dataset, releases) : null;
        }
        catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException or System.Text.Json.JsonException)
        {
            throw new CliException(ExitCode.Usage, e.Message, e);
        }
    }

    private static int FileCount(ExportFormat format, bool withChanges) => format switch
    {
        ExportFormat.Csv or ExportFormat.Parquet => DatasetTables.Count(withChanges),
        ExportFormat.GeoJson => 2,
        _ => 1,
    };

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, after the bar has closed).</summary>
    private sealed class SynchronousProgress<T> : IProgress<T>
    {
        private readonly Action<T> _report;

        public SynchronousProgress(Action<T> report) => _report = report;

        public void Report(T value) => _report(value);
    }
}

/// <summary><c>almanac site --dataset &lt;…&gt; --out &lt;folder&gt;</c>: a self-contained static site to explore the dataset in a browser.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class SiteCommand(CliOutput output) : Command<SiteCommand.Settings>
{
    /// <summary>The arguments of <c>site</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>The output folder.</summary>
        [CommandOption("-o|--out <folder>")]
        [Description("The output folder (default: <dataset id>-site/ in the current folder). Files of the same names are replaced.")]
        public string? Out { get; init; }

        /// <summary>The folder of the sources' documents.</summary>
        [CommandOption("--documents <folder>")]
        [Description("The folder holding the sources' documents (a compiled dataset records their paths, not their text): each source page then shows its document with every cited passage highlighted. Without it, a source page lists the quotes with their paragraph numbers.")]
        public string? Documents { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Documents is string documents && !Directory.Exists(documents))
        {
            throw new CliException(ExitCode.Usage, $"the documents folder '{Path.GetFullPath(documents)}' does not exist");
        }
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        string directory = Path.GetFullPath(settings.Out ?? (dataset.Info.Id.Length > 0 ? dataset.Info.Id : "dataset") + "-site");
        SiteResult site = DatasetSite.Write(dataset, directory, new SiteOptions { DocumentsDirectory = settings.Documents });
        int withDocuments = site.DocumentsShown, sources = dataset.Sources.Count;
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote the site of {dataset.Info.Id} {dataset.Info.Version} ({site.Files.Count} files; {withDocuments} of {sources} source documents shown) to {site.Directory}"));
        output.Out.WriteLine($"Open {site.IndexPath}");
        return (int)ExitCode.Success;
    }
}

/// <summary><c>almanac show &lt;id-or-alias&gt;</c>: one entity with its provenance and events.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class ShowCommand(CliOutput output) : Command<ShowCommand.Settings>
{
    /// <summary>The arguments of <c>show</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>An id or any alias, in any spelling the dataset knows.</summary>
        [CommandArgument(0, "<id-or-alias>")]
        [Description("An id (gna, tarhuna, 2020-05-20-pantsir-strikes-tarhuna) or any alias (Al-Wefaq, Hifter, ترهونة).")]
        public string Query { get; init; } = "";
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        var found = new List<Entity>();
        void Add(Entity? entity)
        {
            if (entity is not null && !found.Contains(entity))
            {
                found.Add(entity);
            }
        }
        Add(dataset.Actors.Find(settings.Query));
        Add(dataset.Places.Find(settings.Query));
        Add(dataset.Events.Find(settings.Query));
        Add(dataset.Sources.Find(settings.Query));
        if (found.Count == 0)
        {
            IEnumerable<string> ids = dataset.Actors.Select(e => e.Id).Concat(dataset.Places.Select(e => e.Id)).Concat(dataset.Events.Select(e => e.Id)).Concat(dataset.Sources.Select(e => e.Id));
            string key = AliasKey.Normalize(settings.Query);
            IReadOnlyList<string> closest = EditDistance.Nearest(key, ids.Distinct(StringComparer.Ordinal), count: 5, comparedAs: AliasKey.Normalize);
            output.Error.WriteLine($"almanac show: nothing in {dataset.Info.Id} is called '{settings.Query}'; closest ids: {string.Join(", ", closest)}");
            return (int)ExitCode.Failed;
        }
        foreach (Entity entity in found)
        {
            Render(entity, dataset);
        }
        return (int)ExitCode.Success;
    }

    private void Render(Entity entity, Dataset dataset)
    {
        IAnsiConsole console = output.OutConsole;
        // Every field the entity has, as the canonical text shows it (one walk over the schema's fields for every output).
        string fields = CanonicalText.Render(entity).Trim('\n');
        int firstLine = fields.IndexOf('\n');
        string body = firstLine < 0 ? "" : fields.Substring(firstLine + 1);
        string kind = entity.GetType().Name.ToLowerInvariant();
        IReadOnlyList<Event> events = entity switch
        {
            Actor a => dataset.Events.Involving(a).ToList(),
            Place p => dataset.Events.At(p).ToList(),
            _ => Array.Empty<Event>(),
        };
        console.Write(new Panel(new Spectre.Console.Text(body)).Header($"{kind} [bold]{Markup.Escape(entity.Id)}[/]: {Markup.Escape(entity.Name)}").Expand());
        if (entity is Event shown)
        {
            EventKindStandards codes = shown.Kind.Standards();
            console.WriteLine($"codes: ACLED {codes.AcledEventType} / {codes.AcledSubEventType}; UCDP {(codes.UcdpViolence is { } u ? ((int)u).ToString(CultureInfo.InvariantCulture) : "–")}; CAMEO {codes.CameoCode}");
        }
        if (events.Count > 0)
        {
            string title = entity is Actor ? "events involving it (and its parts)" : "events at it (and at places within it)";
            var table = new Table().Border(TableBorder.Simple).Title(title).AddColumn("date").AddColumn("kind").AddColumn("event").AddColumn("id");
            foreach (Event e in events)
            {
                table.AddRow(e.EndDate is { } end ? $"{e.Date:yyyy-MM-dd}…{end:MM-dd}" : $"{e.Date:yyyy-MM-dd}", e.Kind.ToYamlWord(), Markup.Escape(e.Name), Markup.Escape(e.Id));
            }
            console.Write(table);
        }
        console.WriteLine();
    }
}

/// <summary><c>almanac diff &lt;old&gt; &lt;new&gt;</c>: what changed between two releases of a dataset.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class DiffCommand(CliOutput output) : Command<DiffCommand.Settings>
{
    /// <summary>The arguments of <c>diff</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The older release.</summary>
        [CommandArgument(0, "<old>")]
        [Description("The older release: a dataset assembly (.dll), a package (.nupkg), a package id in a folder of packages, or its JSON export (dataset.json).")]
        public string Old { get; init; } = "";

        /// <summary>The newer release.</summary>
        [CommandArgument(1, "<new>")]
        [Description("The newer release, in any of the same forms.")]
        public string New { get; init; } = "";

        /// <summary>markdown or json.</summary>
        [CommandOption("--format <markdown|json>")]
        [Description("markdown (the default: a summary, then per kind the added, renamed, merged, removed and changed entities, field by field) or json.")]
        public string Format { get; init; } = "markdown";

        /// <summary>A file to write instead of the standard output.</summary>
        [CommandOption("-o|--out <file>")]
        [Description("Write to this file instead of the standard output (CHANGELOG.md, for a package).")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        bool json = settings.Format.ToLowerInvariant() switch
        {
            "markdown" or "md" => false,
            "json" => true,
            _ => throw new CliException(ExitCode.Usage, $"unknown format '{settings.Format}'; use markdown or json"),
        };
        using System.Text.Json.JsonDocument older = Release(settings.Old), newer = Release(settings.New);
        DatasetDiff diff;
        try
        {
            diff = DatasetDiff.Compare(older.RootElement, newer.RootElement);
        }
        catch (ArgumentException e)
        {
            throw new CliException(ExitCode.Usage, e.Message, e);
        }
        string text;
        if (json)
        {
            using var stream = new MemoryStream();
            diff.WriteJson(stream);
            text = System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }
        else
        {
            text = diff.ToMarkdown();
        }
        if (output.WriteText(text, settings.Out) is string written)
        {
            output.ErrorConsole.MarkupLineInterpolated($"Wrote the changes of {diff.DatasetId} {diff.OldVersion} → {diff.NewVersion} ({diff.Changes.Count} entities) to {written}");
        }
        if (diff.LosesIds)
        {
            output.ErrorConsole.MarkupLine("[red]error:[/] the newer release lost ids of the older one without retiring them (see 'lost' in the changes); retire them instead.");
            return (int)ExitCode.Failed;
        }
        return (int)ExitCode.Success;
    }

    /// <summary>A release as its JSON export: read from a <c>.json</c> file, or written from a loaded dataset.</summary>
    internal static System.Text.Json.JsonDocument Release(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            string full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new CliException(ExitCode.Usage, $"the release '{full}' does not exist");
            }
            try
            {
                return System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(full));
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new CliException(ExitCode.Usage, $"'{full}' is not JSON: {e.Message}", e);
            }
        }
        return DatasetDiff.ToJson(DatasetLoader.Load(path));
    }
}

/// <summary><c>almanac changelog --dataset &lt;…&gt; --releases &lt;folder&gt;</c>: the dataset's changelog against its kept releases.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class ChangelogCommand(CliOutput output) : Command<ChangelogCommand.Settings>
{
    /// <summary>The arguments of <c>changelog</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>The folder of kept releases.</summary>
        [CommandOption("--releases <folder>")]
        [Description("The folder of kept releases, one folder per version holding its JSON export (<folder>/0.1.0/dataset.json).")]
        public string? Releases { get; init; }

        /// <summary>A file to write instead of the standard output.</summary>
        [CommandOption("-o|--out <file>")]
        [Description("Write to this file (CHANGELOG.md) instead of the standard output.")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string releases = settings.Releases ?? throw new CliException(ExitCode.Usage, "name the folder of kept releases with --releases (e.g. --releases dataset/releases)");
        if (!Directory.Exists(releases))
        {
            throw new CliException(ExitCode.Usage, $"the folder of kept releases '{Path.GetFullPath(releases)}' does not exist");
        }
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        string text;
        try
        {
            text = DatasetChangelog.Render(dataset, releases);
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException)
        {
            throw new CliException(ExitCode.Usage, e.Message, e);
        }
        output.WriteText(text, settings.Out);
        return (int)ExitCode.Success;
    }
}

/// <summary><c>almanac cite</c>: how to cite exactly the version of the dataset given with <c>--dataset</c>.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class CiteCommand(CliOutput output) : Command<CiteCommand.Settings>
{
    /// <summary>The arguments of <c>cite</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>bibtex, apa, csl-json or cff.</summary>
        [CommandOption("-f|--format <format>")]
        [Description("bibtex (a biblatex @dataset entry, the default), apa (one line of text), csl-json (for Zotero, pandoc and citeproc) or cff (a CITATION.cff).")]
        public string Format { get; init; } = DatasetCitation.Name(CitationFormat.BibTeX);
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        CitationFormat format = DatasetCitation.Parse(settings.Format)
            ?? throw new CliException(ExitCode.Usage, $"unknown citation format '{settings.Format}'; use one of: {string.Join(", ", DatasetCitation.AllFormats.Select(DatasetCitation.Name))}");
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        // The rendering as is, not through the console: no markup, no wrapping, the same bytes in a terminal and a file.
        output.Out.Write(dataset.Info.Cite(format));
        return (int)ExitCode.Success;
    }
}

/// <summary><c>almanac readme</c>: the README of the dataset given with <c>--dataset</c>, rendered from its data and metadata.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class ReadmeCommand(CliOutput output) : Command<ReadmeCommand.Settings>
{
    /// <summary>The arguments of <c>readme</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>The id of the package that carries the dataset.</summary>
        [CommandOption("--package <id>")]
        [Description("The id of the package that carries the dataset (Almanac.Libya), for the line that adds it to a project.")]
        public string? Package { get; init; }

        /// <summary>A file to write instead of the standard output.</summary>
        [CommandOption("-o|--out <file>")]
        [Description("Write to this file (README.md) instead of the standard output.")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string package = settings.Package ?? throw new CliException(ExitCode.Usage, "name the dataset's package with --package (e.g. --package Almanac.Libya)");
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        output.WriteText(DatasetReadme.Render(dataset, package), settings.Out);
        return (int)ExitCode.Success;
    }
}

/// <summary><c>almanac link &lt;file&gt;</c>: the text of a file with the mentions of the dataset's actors and places marked.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class LinkCommand(CliOutput output) : Command<LinkCommand.Settings>
{
    /// <summary>The arguments of <c>link</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>The text file to link.</summary>
        [CommandArgument(0, "<file>")]
        [Description("A text file (UTF-8), such as an article.")]
        public string File { get; init; } = "";

        /// <summary>The source the text is from, whose scoped aliases then name their entities.</summary>
        [CommandOption("--source <id>")]
        [Description("The id of the source the text is from, when the dataset has it: names that hold only within that source (scoped aliases) then name their entity instead of being ambiguous.")]
        public string? Source { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text = TextFile.Read(settings.File);
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        Source? source = settings.Source is null ? null
            : dataset.Sources.TryGet(settings.Source, out Source? found) ? found
            : throw new CliException(ExitCode.Usage, $"the dataset {dataset.Info.Id} has no source '{settings.Source}'");
        IReadOnlyList<Mention> mentions = dataset.Link(text, source);
        if (output.OutIsTerminal)
        {
            output.OutConsole.Markup(MentionMarking.Markup(text, mentions));
        }
        else
        {
            output.Out.Write(MentionMarking.Plain(text, mentions));
        }
        int entities = mentions.Where(m => m.Entity is not null).Select(m => m.Entity).Distinct().Count();
        int ambiguous = mentions.Count(m => m.IsAmbiguous);
        output.Error.WriteLine($"almanac link: {mentions.Count} mentions of {entities} actors and places of {dataset.Info.Id}, {ambiguous} ambiguous");
        return (int)ExitCode.Success;
    }
}

/// <summary>How <c>almanac link</c> marks the mentions in a text.</summary>
internal static class MentionMarking
{
    /// <summary>Each mention as <c>[text](kind:id)</c>, an ambiguous one as <c>[text](? kind:id | kind:id in source)</c>.</summary>
    public static string Plain(string text, IReadOnlyList<Mention> mentions) =>
        Mark(text, mentions, s => s, (m, label) => $"[{m.Text}]({label})");

    /// <summary>The same with Spectre markup: the mention in colour (green, yellow when ambiguous) and its entity dimmed beside it.</summary>
    public static string Markup(string text, IReadOnlyList<Mention> mentions) =>
        Mark(text, mentions, Spectre.Console.Markup.Escape,
            (m, label) => $"[{(m.IsAmbiguous ? "yellow" : "green")}]{Spectre.Console.Markup.Escape(m.Text)}[/][grey] ({Spectre.Console.Markup.Escape(label)})[/]");

    private static string Mark(string text, IReadOnlyList<Mention> mentions, Func<string, string> plain, Func<Mention, string, string> mark)
    {
        var marked = new System.Text.StringBuilder(text.Length + 24 * mentions.Count);
        int at = 0;
        foreach (Mention mention in mentions)
        {
            marked.Append(plain(text.Substring(at, mention.Start - at)));
            marked.Append(mark(mention, Label(mention)));
            at = mention.End;
        }
        marked.Append(plain(text.Substring(at)));
        return marked.ToString();
    }

    private static string Label(Mention mention) => mention.Entity is { } entity
        ? Describe(entity)
        : "? " + string.Join(" | ", mention.Candidates.Select(c => Describe(c.Entity) + (c.Source is null ? "" : " in " + c.Source.Id)));

    private static string Describe(Entity entity) => $"{entity.GetType().Name.ToLowerInvariant()}:{entity.Id}";
}

/// <summary><c>almanac draft &lt;article&gt; --source &lt;id&gt;</c>: a YAML draft of a new document's source and events.</summary>
/// <param name="output">Where the command prints.</param>
public sealed class DraftCommand(CliOutput output) : Command<DraftCommand.Settings>
{
    /// <summary>The arguments of <c>draft</c>.</summary>
    public sealed class Settings : DatasetSettings
    {
        /// <summary>The article to draft from.</summary>
        [CommandArgument(0, "<article>")]
        [Description("The article, a text file (UTF-8) with a blank line between paragraphs, as it will be saved in the dataset's documents folder.")]
        public string Article { get; init; } = "";

        /// <summary>The id of the new source.</summary>
        [CommandOption("--source <id>")]
        [Description("The id the article gets as a source (required), such as aljazeera-2020-05-21.")]
        public string? Source { get; init; }

        /// <summary>A file to write instead of the standard output.</summary>
        [CommandOption("-o|--out <file>")]
        [Description("Write the draft to this file instead of the standard output.")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string source = settings.Source ?? throw new CliException(ExitCode.Usage, "name the article's source id with --source (e.g. --source aljazeera-2020-05-21)");
        if (!System.Text.RegularExpressions.Regex.IsMatch(source, "^[a-z0-9]+(-[a-z0-9]+)*$"))
        {
            throw new CliException(ExitCode.Usage, $"the source id '{source}' is not kebab-case (lower-case letters and digits, joined by hyphens)");
        }
        string text = TextFile.Read(settings.Article);
        Dataset dataset = DatasetLoader.Load(settings.Dataset);
        string draft = ArticleDraft.Write(dataset, text, source, Path.GetFileName(settings.Article));
        string? written = output.WriteText(draft, settings.Out);
        if (written is not null)
        {
            output.Error.WriteLine($"almanac draft: wrote {written}");
        }
        return (int)ExitCode.Success;
    }
}

/// <summary>Reads the text files that commands take as arguments.</summary>
internal static class TextFile
{
    /// <summary>The text of <paramref name="path"/>; a usage error when it does not exist.</summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCode.Usage, $"the file '{path}' does not exist");
        }
        return File.ReadAllText(path);
    }
}
