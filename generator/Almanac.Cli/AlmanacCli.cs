using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Almanac.Cli;

/// <summary>The exit codes of the <c>almanac</c> command (also in the README, section "Command line").</summary>
public enum ExitCode
{
    /// <summary>Success: the data is valid (warnings allowed unless <c>--warnaserror</c>), the export was written, the entity was shown, the citation was printed.</summary>
    Success = 0,

    /// <summary><c>validate</c> found errors (or warnings with <c>--warnaserror</c>); <c>show</c> found nothing by that id or alias; <c>diff</c> found ids lost without being retired.</summary>
    Failed = 1,

    /// <summary>The command line is wrong: unknown command, option, format or citation format, no <c>--dataset</c>, or a folder or file that does not exist.</summary>
    Usage = 2,

    /// <summary>The dataset assembly given with <c>--dataset</c> could not be loaded or holds no generated dataset class.</summary>
    DatasetNotLoaded = 3,

    /// <summary>A file could not be read or written (permissions, disk full).</summary>
    InputOutput = 4,

    /// <summary><c>validate</c>: MSBuild could not evaluate the project (no .NET SDK 8 or later, or an error in the project).</summary>
    ProjectNotEvaluated = 5,

    /// <summary>An unexpected error inside almanac (please report it).</summary>
    Internal = 70,
}

/// <summary>The writers a command prints to: results to <see cref="Out"/>, progress and messages to <see cref="Error"/>.</summary>
public sealed class CliOutput
{
    /// <summary>Creates the output of one run.</summary>
    public CliOutput(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        ErrorConsole = Create(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        OutIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        OutConsole = Create(output, OutIsTerminal);
    }

    /// <summary>Whether <see cref="Out"/> is a terminal (colours and markup), not a pipe, a file or a test's writer.</summary>
    public bool OutIsTerminal { get; }

    /// <summary>A console on <paramref name="writer"/>: colours, markup and progress only on a terminal; plain text in pipes, files and tests.</summary>
    private static IAnsiConsole Create(TextWriter writer, bool terminal) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>Where results go (diagnostics, tables).</summary>
    public TextWriter Out { get; }

    /// <summary>Where progress and messages go.</summary>
    public TextWriter Error { get; }

    /// <summary>Writes <paramref name="text"/> as it is to the file <paramref name="path"/> (UTF-8, no byte order mark), or to
    /// <see cref="Out"/> when there is none; returns the full path written, or <see langword="null"/>.</summary>
    public string? WriteText(string text, string? path)
    {
        if (path is null)
        {
            Out.Write(text);
            return null;
        }
        string full = Path.GetFullPath(path);
        File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
        return full;
    }

    /// <summary>A Spectre console on <see cref="Out"/>: colours and tables where it is a terminal, plain text otherwise.</summary>
    public IAnsiConsole OutConsole { get; }

    /// <summary>A Spectre console on <see cref="Error"/>, for progress (shown only on a terminal).</summary>
    public IAnsiConsole ErrorConsole { get; }
}

/// <summary>A failure with its exit code and a message for the user.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the failure.</summary>
    public CliException(ExitCode exitCode, string message, Exception? inner = null) : base(message, inner) => ExitCode = exitCode;

    /// <summary>The exit code to end with.</summary>
    public ExitCode ExitCode { get; }
}

/// <summary>The <c>almanac</c> command line: <c>validate</c>, <c>export</c>, <c>site</c>, <c>diff</c>, <c>changelog</c>, <c>readme</c>, <c>link</c>, <c>draft</c>, <c>show</c>, <c>cite</c>.</summary>
public static class AlmanacCli
{
    /// <summary>Runs the command line <paramref name="args"/>, printing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <returns>The exit code (see <see cref="ExitCode"/>).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var cli = new CliOutput(output, error);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("almanac");
            config.Settings.Console = cli.OutConsole;
            config.Settings.Registrar.RegisterInstance(cli);
            config.Settings.ExceptionHandler = (exception, _) => Fail(cli, exception);
            config.AddExample("validate", "dataset");
            config.AddExample("export", "parquet", "--dataset", "artifacts/packages/Almanac.Libya", "--out", "exports/");
            config.AddExample("show", "Al-Wefaq", "--dataset", "path/to/Almanac.Libya.dll");
            config.AddExample("cite", "--dataset", "artifacts/packages/Almanac.Libya", "--format", "csl-json");

            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a dataset's YAML as the build does, without building: the project's files and settings as MSBuild evaluates them, the same ALM diagnostics at the same file, line and column. Exit code 1 when there are errors.")
                .WithExample("validate", "dataset")
                .WithExample("validate", "path/to/data", "--documents", "path/to/seeds")
                .WithExample("validate", "dataset", "--warnaserror");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Write the dataset given with --dataset as acled-csv, csv, geojson, parquet, json, or all of them.")
                .WithExample("export", "all", "--dataset", "path/to/My.Dataset.dll")
                .WithExample("export", "parquet", "--dataset", "path/to/Almanac.Libya.0.1.0.nupkg", "--out", "exports/")
                .WithExample("export", "geojson", "--dataset", "artifacts/packages/Almanac.Libya");
            config.AddCommand<SiteCommand>("site")
                .WithDescription("Write a self-contained static site of the dataset given with --dataset: an overview, a timeline with filters, a map, a page for every actor, place, event and source with its provenance, and a search. Plain files, opened in a browser; nothing is fetched from the network.")
                .WithExample("site", "--dataset", "artifacts/packages/Almanac.Libya", "--out", "site/")
                .WithExample("site", "--dataset", "path/to/Almanac.Libya.dll", "--documents", "seeds", "--out", "site/");
            config.AddCommand<DiffCommand>("diff")
                .WithDescription("Show what changed between two releases of a dataset: added, renamed, merged and removed ids, and changed fields value by value, as Markdown or JSON. Exit code 1 when the newer release lost an id without retiring it.")
                .WithExample("diff", "dataset/releases/0.1.0/dataset.json", "artifacts/packages/Almanac.Libya")
                .WithExample("diff", "Almanac.Libya.0.1.0.nupkg", "Almanac.Libya.0.2.0.nupkg", "--format", "json");
            config.AddCommand<ChangelogCommand>("changelog")
                .WithDescription("Write the changelog of the dataset given with --dataset: its version against the newest kept release before it, then each kept release against the one before (a dataset package's CHANGELOG.md).")
                .WithExample("changelog", "--dataset", "dataset/bin/Release/net8.0/Almanac.Libya.dll", "--releases", "dataset/releases", "--out", "CHANGELOG.md");
            config.AddCommand<ReadmeCommand>("readme")
                .WithDescription("Write the README of the dataset given with --dataset from its data and metadata: title, description, coverage, licence, version, content hash and how to cite it (a dataset package's README.md).")
                .WithExample("readme", "--dataset", "dataset/bin/Release/net8.0/Almanac.Libya.dll", "--package", "Almanac.Libya", "--out", "README.md");
            config.AddCommand<LinkCommand>("link")
                .WithDescription("Print a text with every mention of an actor or place of the dataset given with --dataset marked, and the entity beside it: any spelling the dataset knows, on word boundaries, the longest first; a spelling that could name several is marked ambiguous with its candidates. In colour on a terminal, as [text](kind:id) in a pipe or file.")
                .WithExample("link", "seeds/000_b3dc0abcc49582ad.txt", "--dataset", "artifacts/packages/Almanac.Libya")
                .WithExample("link", "article.txt", "--dataset", "path/to/Almanac.Libya.dll", "--source", "aljazeera-2020-05-21");
            config.AddCommand<DraftCommand>("draft")
                .WithDescription("Write a YAML draft for coding a new article against the dataset given with --dataset: its source entry, and for each paragraph that mentions known actors or places an event stub with the paragraph's sentences as exact quotes, the actors as participants with a role to fill and the place, with comments saying what to fill (# FILL) and decide (# DECIDE); names the dataset does not know are listed as candidates.")
                .WithExample("draft", "seeds/new-article.txt", "--source", "outlet-2020-05-22", "--dataset", "artifacts/packages/Almanac.Libya", "--out", "draft.yaml");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("Show the actor, place, event or source with this id or alias (any spelling the dataset knows), with its citations and events.")
                .WithExample("show", "gna", "--dataset", "path/to/Almanac.Libya.dll")
                .WithExample("show", "Al-Wefaq", "--dataset", "artifacts/packages/Almanac.Libya");
            config.AddCommand<CiteCommand>("cite")
                .WithDescription("Print how to cite exactly this version of the dataset given with --dataset, with its version and content hash: bibtex (default), apa, csl-json or cff.")
                .WithExample("cite", "--dataset", "artifacts/packages/Almanac.Libya")
                .WithExample("cite", "--dataset", "path/to/Almanac.Libya.dll", "--format", "cff");
        });
        try
        {
            return await app.RunAsync(args).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return Fail(cli, exception);
        }
    }

    private static int Fail(CliOutput cli, Exception exception)
    {
        (ExitCode code, string message) = exception switch
        {
            CliException e => (e.ExitCode, e.Message),
            CommandAppException e => (ExitCode.Usage, e.Message + " (try: almanac --help)"),
            IOException or UnauthorizedAccessException => (ExitCode.InputOutput, exception.Message),
            _ => (ExitCode.Internal, $"unexpected {exception.GetType().Name}: {exception.Message}"),
        };
        cli.Error.WriteLine($"almanac: error: {message}");
        return (int)code;
    }
}
