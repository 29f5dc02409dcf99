using System.IO.Compression;
using Almanac.Cli;

namespace Almanac.Cli.Tests;

/// <summary>The almanac command, run in process; validate is compared with a real dotnet build of the same broken fixture.</summary>
public sealed class CliTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static async Task<(int ExitCode, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await AlmanacCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Validate_reports_the_generators_diagnostics_at_their_file_line_and_column()
    {
        string folder = Fixture("broken");
        var (code, output, error) = await Run("validate", folder);
        Assert.Equal((int)ExitCode.Failed, code);
        string data = Path.Combine(folder, "data");
        Assert.Equal(new[]
        {
            $"{data}/actors.yaml(6,5): warning ALM002: Unknown key 'colour' in actor 'blue-force'; it is ignored; known keys: id, name, kind, aliases, scoped-aliases, country, part-of, aligned-with, active-from, active-until, external-ids, sources, uncertain, notes",
            $"{data}/actors.yaml(9,11): error ALM004: Invalid kind 'rebels': Allowed: state, government, government-office, ministry, armed-forces, military-operation, militia, private-military-company, political-party, international-organization, local-authority, civil-society, media, person, group",
            $"{data}/actors.yaml(10,9): error ALM005: Duplicate actor id 'blue-force': it is already defined at actors.yaml(2,9)",
            $"{data}/events.yaml(8,18): error ALM006: Unknown actor 'blue-forse'; closest ids: blue-force, red-militia",
            $"{data}/events.yaml(12,16): error ALM007: The quote is not in the document of source 'report' (seeds/report.txt); closest passage: \"Blue Force aircraft struck River Town on Tuesday,\"",
            $"{data}/events.yaml(14,9): warning ALM030: The event '2020-05-20-red-statement' has no place; give it the place where it happened or, when the sources say less, a place that stands for the area or country they name, with a coarser geo-precision (ACLED and UCDP rows need a location)",
        }.Select(l => l.Replace('/', Path.DirectorySeparatorChar)), Lines(output));
        Assert.Contains("4 errors, 2 warnings in 3 YAML files and 1 document", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_with_warnaserror_fails_on_warnings_as_a_TreatWarningsAsErrors_build_does()
    {
        var (code, output, _) = await Run("validate", Fixture("broken"), "--warnaserror");
        Assert.Equal((int)ExitCode.Failed, code);
        Assert.Contains(Lines(output), l => l.Contains("): error ALM002: ", StringComparison.Ordinal));
        Assert.Contains(Lines(output), l => l.Contains("): error ALM030: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_passes_the_Libya_dataset_reading_its_project_settings()
    {
        // dataset/Almanac.Libya.csproj sets AlmanacDocumentsFolder to ..\seeds: validate must find the documents there.
        string root = TempDirectory.RepositoryRoot();
        var (code, output, error) = await Run("validate", Path.Combine(root, "dataset"), "--warnaserror");
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Empty(Lines(output));
        Assert.Contains("0 errors, 0 warnings", error, StringComparison.Ordinal);
        Assert.Contains($"documents: {Path.Combine(root, "seeds")}; settings: {Path.Combine(root, "dataset", "Almanac.Libya.csproj")}", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A project that references the Libya dataset and codes its own events about its actors and places: dotnet build and
    /// validate resolve the reference, so validate reports exactly the build's lines (the unknown ids, with the closest
    /// ids of both datasets), and nothing about the ids that Libya has.
    /// </summary>
    [Fact]
    public async Task Validate_resolves_the_dataset_a_project_references_and_reports_what_dotnet_build_reports()
    {
        using TempFolder temp = new("extends-libya");
        string root = temp.Path;
        string bin = AppContext.BaseDirectory;
        Write(root, "Notes.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Glue}/Almanac.Generator.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{bin}Almanac.dll" />
                <Reference Include="{LibyaDll}" />
                <Analyzer Include="{bin}Almanac.Generator.dll" />
                <Analyzer Include="{bin}YamlDotNet.dll" />
              </ItemGroup>
              <Import Project="{Glue}/Almanac.Generator.targets" />
            </Project>
            """);
        Write(root, "data/notes.yaml", """
            dataset: { id: notes, title: Notes, version: 0.1.0, license: CC0-1.0, citation: Notes. }
            sources:
              - { id: interview-1, title: An interview, kind: other }
            events:
              - id: 2020-06-06-shelling
                name: Shelling
                kind: shelling
                date: 2020-06-06
                time-precision: day
                place: tarhuna
                participants:
                  - { actor: lna, role: attacker }
                  - { actor: libya:gnaa, role: target }
                sources:
                  - { source: interview-1, claim: A resident describes it. }
              - id: 2020-06-07-appeal
                name: Appeal
                kind: appeal
                date: 2020-06-07
                time-precision: day
                place: tarhunah
                participants:
                  - { actor: gna, role: addressee }
                sources:
                  - { source: interview-1, claim: An appeal. }
            """);

        ProcessResult build = await DotNet.RunAsync(new[] { "build", "Notes.csproj", "-nologo", "-v:q", "-clp:NoSummary" }, root, TimeSpan.FromMinutes(5));
        var built = Lines(build.Output)
            .Where(l => l.Contains(": error ALM", StringComparison.Ordinal) || l.Contains(": warning ALM", StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)])
            .Distinct()
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        string yaml = Path.Combine(root, "data", "notes.yaml");
        Assert.True(built.Count == 2, build.Describe());
        Assert.StartsWith(yaml + "(13,18): error ALM006: Unknown actor 'libya:gnaa'; closest ids: gna", built[0], StringComparison.Ordinal);
        Assert.StartsWith(yaml + "(21,12): error ALM006: Unknown place 'tarhunah'; closest ids: tarhuna", built[1], StringComparison.Ordinal);

        var (code, output, error) = await Run("validate", root);
        Assert.True(code == (int)ExitCode.Failed, output + error);
        Assert.Equal(built, Lines(output).OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Validate_of_a_folder_with_several_projects_asks_for_one()
    {
        using TempFolder temp = new("two-projects");
        string folder = temp.Path;
        File.WriteAllText(Path.Combine(folder, "A.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "B.csproj"), "<Project />");
        var (code, _, error) = await Run("validate", folder);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("holds 2 project files; name one: almanac validate ", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// One dotnet build of three dataset projects, each then validated: validate must print exactly the build's ALM lines.
    /// Broken: a mistake of each common kind, files not valid UTF-8, TreatWarningsAsErrors. Settings: an invalid value of
    /// AlmanacCompression and AlmanacDataFolder (from Directory.Build.props, behind a condition), AlmanacNamedEventsLimit and
    /// AlmanacDocumentsFolder (behind conditions), AlmanacDatasetClass (an expression) and RootNamespace, with NoWarn.
    /// Ns: an invalid AlmanacNamespace (an expression), an AdditionalFiles item added by hand, WarningsNotAsErrors.
    /// </summary>
    [Fact]
    public async Task Validate_reports_the_same_diagnostics_as_dotnet_build_for_every_setting()
    {
        using TempFolder temp = new("build-vs-validate");
        string root = temp.Path;
        string bin = AppContext.BaseDirectory;
        string glue = Glue;
        // The generator as an analyzer, as a package consumer has it; the glue imported around every project.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{glue}/Almanac.Generator.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AlmanacCompression Condition="'$(MSBuildProjectName)' == 'Settings'">fast</AlmanacCompression>
                <AlmanacDataFolder Condition="'$(MSBuildProjectName)' == 'Settings'">yaml</AlmanacDataFolder>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{bin}Almanac.dll" />
                <Analyzer Include="{bin}Almanac.Generator.dll" />
                <Analyzer Include="{bin}YamlDotNet.dll" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), $"""<Project><Import Project="{glue}/Almanac.Generator.targets" /></Project>""");
        File.WriteAllText(Path.Combine(root, "all.slnx"),
            """<Solution><Project Path="broken/Broken.csproj" /><Project Path="settings/Settings.csproj" /><Project Path="ns/Ns.csproj" /></Solution>""");

        string broken = Path.Combine(root, "broken");
        Copy(Fixture("broken"), broken);
        // A YAML file and a document saved as Windows-1252: the bytes E9 ("é") and 93/94 (curly quotes) are not UTF-8.
        File.WriteAllBytes(Path.Combine(broken, "data", "windows-1252.yaml"),
            [.. "actors:\n  - id: green-force\n    name: Green Force\n    kind: militia\n    aliases: [Arm"u8, 0xE9, .. "e verte]\n"u8]);
        File.WriteAllBytes(Path.Combine(broken, "seeds", "windows-1252.txt"), WindowsDocument);
        Project(broken, "Broken", "<PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>");

        string settings = Path.Combine(root, "settings");
        Write(settings, "yaml/dataset.yaml", DatasetYaml + "actors:\n  - { id: a, name: A, kind: group, colour: red }\n");
        Write(settings, "data/decoy.yaml", "actors:\n  - { id: b, name: B, kind: rebels }\n"); // not the data folder: never read
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(settings, "docs")).FullName, "windows-1252.txt"), WindowsDocument);
        Project(settings, "Settings", """
            <PropertyGroup>
            <RootNamespace>my-data</RootNamespace>
            <AlmanacDatasetClass>$(MSBuildProjectName)-Dataset</AlmanacDatasetClass>
            <AlmanacNamedEventsLimit Condition="'$(Configuration)' == 'Debug'">12x</AlmanacNamedEventsLimit>
            <AlmanacNamedEventsLimit Condition="'$(Configuration)' == 'Release'">10</AlmanacNamedEventsLimit>
            <AlmanacDocumentsFolder Condition="'$(Configuration)' == 'Debug'">docs</AlmanacDocumentsFolder>
            <NoWarn>$(NoWarn);ALM002</NoWarn>
            </PropertyGroup>
            """);

        string ns = Path.Combine(root, "ns");
        Write(ns, "data/dataset.yaml", DatasetYaml);
        Write(ns, "extra/more.yaml", "actors:\n  - { id: c, name: C, kind: group, colour: red }\n");
        Project(ns, "Ns", """
            <PropertyGroup>
            <AlmanacNamespace>$(RootNamespace)-Data</AlmanacNamespace>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <WarningsNotAsErrors>ALM002</WarningsNotAsErrors>
            </PropertyGroup>
            <ItemGroup>
              <AdditionalFiles Include="extra/more.yaml" AlmanacKind="data" />
            </ItemGroup>
            """);

        ProcessResult build = await DotNet.RunAsync(new[] { "build", "all.slnx", "-nologo", "-v:q", "-clp:NoSummary" }, root, TimeSpan.FromMinutes(5));
        var built = Lines(build.Output)
            .Where(l => l.Contains(": error ALM", StringComparison.Ordinal) || l.Contains(": warning ALM", StringComparison.Ordinal))
            .Distinct()
            .ToLookup(l => Path.GetFileNameWithoutExtension(l[(l.LastIndexOf(" [", StringComparison.Ordinal) + 2)..^1]), l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)]);

        foreach (string project in new[] { "Broken", "Settings", "Ns" })
        {
            var (code, output, error) = await Run("validate", Path.Combine(root, project.ToLowerInvariant()));
            Assert.True(code == (int)ExitCode.Failed, output + error);
            Assert.True(built[project].Any(), build.Describe());
            Assert.Equal(built[project].OrderBy(l => l, StringComparer.Ordinal), Lines(output).OrderBy(l => l, StringComparer.Ordinal));
        }

        // What the build reported, so that the comparison above covers every setting.
        Assert.Contains(built["Broken"], l => l.StartsWith(Path.Combine(broken, "data", "actors.yaml") + "(6,5): error ALM002: ", StringComparison.Ordinal));
        Assert.Contains(built["Broken"], l => l.StartsWith(Path.Combine(broken, "data", "windows-1252.yaml") + "(5,18): error ALM020: The YAML file is not valid UTF-8:", StringComparison.Ordinal));
        Assert.Contains(built["Broken"], l => l.StartsWith(Path.Combine(broken, "seeds", "windows-1252.txt") + "(1,33): error ALM020: The source document is not valid UTF-8:", StringComparison.Ordinal));
        Assert.Contains(built["Broken"], l => l.StartsWith(Path.Combine(broken, "data", "events.yaml") + "(14,9): error ALM030: ", StringComparison.Ordinal));
        Assert.Equal(8, built["Broken"].Count());
        string anchor = Path.Combine(settings, "yaml", "dataset.yaml") + "(2,3): error ALM017: The MSBuild property ";
        Assert.Equal(new[] { "AlmanacCompression is 'fast'", "AlmanacDatasetClass is 'Settings-Dataset'", "AlmanacNamedEventsLimit is '12x'", "RootNamespace is 'my-data'" },
            built["Settings"].Where(l => l.StartsWith(anchor, StringComparison.Ordinal)).Select(l => l[anchor.Length..l.IndexOf(';', StringComparison.Ordinal)]).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Contains(built["Settings"], l => l.StartsWith(Path.Combine(settings, "docs", "windows-1252.txt") + "(1,33): error ALM020: ", StringComparison.Ordinal));
        Assert.Equal(5, built["Settings"].Count());
        Assert.Equal(new[]
        {
            Path.Combine(ns, "data", "dataset.yaml") + "(2,3): error ALM017: The MSBuild property AlmanacNamespace is 'Ns-Data'; it must be a namespace: C# identifiers joined by dots, such as 'MyResearch.Data'",
            Path.Combine(ns, "extra", "more.yaml") + "(2,36): warning ALM002: Unknown key 'colour' in actor 'c'; it is ignored; known keys: id, name, kind, aliases, scoped-aliases, country, part-of, aligned-with, active-from, active-until, external-ids, sources, uncertain, notes",
        }, built["Ns"].OrderBy(l => l, StringComparer.Ordinal));
    }

    private const string DatasetYaml = "dataset:\n  id: t\n  title: T\n  version: '1'\n  license: CC0-1.0\n  citation: C\n";

    private static readonly byte[] WindowsDocument = [.. "Green Force said it \"holds\" the "u8, 0x93, .. "hill"u8, 0x94, .. ".\n"u8];

    private static void Write(string folder, string relative, string text)
    {
        string path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void Project(string folder, string name, string content) =>
        Write(folder, name + ".csproj", $"<Project Sdk=\"Microsoft.NET.Sdk\">\n{content}\n</Project>\n");

    /// <summary>The generator's MSBuild glue (props and targets) in the repository.</summary>
    private static string Glue => Path.Combine(TempDirectory.RepositoryRoot(), "generator", "Almanac.Generator", "buildTransitive");

    /// <summary>The Libya dataset assembly, built for these tests.</summary>
    private static string LibyaDll => typeof(Almanac.Libya.LibyaDataset).Assembly.Location;

    /// <summary>Command lines that fail: the exit code, and what the error says (on the error stream; nothing on the output).</summary>
    public static TheoryData<string[], int, string> Failures => new()
    {
        { ["frobnicate"], (int)ExitCode.Usage, "almanac: error:" },
        { ["validate", Path.Combine(Path.GetTempPath(), "no-such-almanac-folder")], (int)ExitCode.Usage, "does not exist" },
        { ["export", "json"], (int)ExitCode.Usage, "choose a dataset with --dataset: an assembly built with Almanac (--dataset path/to/My.Dataset.dll)" },
        { ["show", "gna"], (int)ExitCode.Usage, "choose a dataset with --dataset: an assembly built with Almanac (--dataset path/to/My.Dataset.dll)" },
        { ["export", "xlsx", "--dataset", LibyaDll], (int)ExitCode.Usage, "unknown format 'xlsx'" },
        { ["export", "json", "--dataset", Path.Combine(Fixture("broken"), "seeds", "report.txt")], (int)ExitCode.DatasetNotLoaded, "not a .NET assembly" },
        { ["export", "json", "--dataset", Path.Combine(Fixture("broken"), "No.Such.Package")], (int)ExitCode.Usage, "holds no package No.Such.Package.<version>.nupkg" },
        { ["show", "gnaa", "--dataset", LibyaDll], (int)ExitCode.Failed, "closest ids: gna" },
        { ["cite"], (int)ExitCode.Usage, "choose a dataset with --dataset" },
        { ["site", "--out", "unused"], (int)ExitCode.Usage, "choose a dataset with --dataset" },
        { ["site", "--dataset", LibyaDll, "--documents", Path.Combine(Fixture("broken"), "no-such-folder")], (int)ExitCode.Usage, "no-such-folder' does not exist" },
        { ["cite", "--dataset", LibyaDll, "--format", "ris"], (int)ExitCode.Usage, "unknown citation format 'ris'; use one of: bibtex, apa, csl-json, cff" },
        { ["readme", "--dataset", LibyaDll], (int)ExitCode.Usage, "name the dataset's package with --package" },
        { ["link", Path.Combine(Fixture("broken"), "no-such-article.txt"), "--dataset", LibyaDll], (int)ExitCode.Usage, "no-such-article.txt' does not exist" },
        { ["link", Path.Combine(Fixture("broken"), "seeds", "report.txt"), "--dataset", LibyaDll, "--source", "no-such-source"], (int)ExitCode.Usage, "has no source 'no-such-source'" },
        { ["draft", Path.Combine(Fixture("broken"), "seeds", "report.txt"), "--dataset", LibyaDll], (int)ExitCode.Usage, "name the article's source id with --source" },
        { ["draft", Path.Combine(Fixture("broken"), "seeds", "report.txt"), "--dataset", LibyaDll, "--source", "Not Kebab"], (int)ExitCode.Usage, "is not kebab-case" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failing_command_lines_exit_with_their_code_and_say_why(string[] args, int exitCode, string why)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(exitCode, code);
        Assert.Empty(output);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_format_asked_for()
    {
        using TempFolder temp = new("cli-export");
        string folder = temp.Path;
        var (code, output, error) = await Run("export", "parquet", "--dataset", LibyaDll, "--out", folder);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.True(File.Exists(Path.Combine(folder, "parquet", "events.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, "acled.csv")));
        Assert.Contains("parquet/participants.parquet", output, StringComparison.Ordinal);
        Assert.Contains("Exported libya", output, StringComparison.Ordinal);

        (code, _, _) = await Run("export", "all", "--dataset", LibyaDll, "-o", folder);
        Assert.Equal((int)ExitCode.Success, code);
        Assert.True(File.Exists(Path.Combine(folder, "acled.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "dataset.json")));
    }

    /// <summary>A dataset of its own (<c>notes</c>) whose event names the Libya dataset's GNA, Tarhuna and a source, compiled
    /// with the generator into <paramref name="folder"/> beside a copy of Almanac.Libya.dll; returns the assembly's path.</summary>
    private static string CompileNotesOverLibya(string folder)
    {
        const string Yaml = """
            dataset: { id: notes, title: Field notes, version: '0.1.0', license: CC0-1.0, citation: Notes. }
            events:
              - id: 2020-06-01-tarhuna-visit
                name: The GNA visits Tarhuna
                kind: agreement
                date: 2020-06-01
                time-precision: day
                place: libya:tarhuna
                participants:
                  - { actor: gna, role: participant }
                sources:
                  - { source: aljazeera-2020-05-21, claim: A visit. }
            """;
        var references = new[] { typeof(Almanac.Dataset).Assembly.Location, LibyaDll }.Select(p => (Microsoft.CodeAnalysis.MetadataReference)Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var run = Almanac.Generator.Hosting.OfflineRun.Run(Almanac.Generator.Hosting.OfflineRun.Compilation("Notes", references),
            new[] { Almanac.Generator.Hosting.AlmanacInput.FromText("/notes/data/notes.yaml", Yaml, Almanac.Generator.Hosting.AlmanacFileKind.Data) },
            new Almanac.Generator.Hosting.GeneratorProperties { RootNamespace = "Notes", Namespace = "Notes.Data" });
        Assert.DoesNotContain(run.RunResult.Diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        string path = Path.Combine(folder, "Notes.dll");
        Microsoft.CodeAnalysis.Emit.EmitResult emit;
        using (FileStream stream = File.Create(path))
        {
            emit = run.Output.Emit(stream);
        }
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        File.Copy(LibyaDll, Path.Combine(folder, Path.GetFileName(LibyaDll)));
        return path;
    }

    [Fact]
    public async Task Export_of_a_dataset_that_extends_another_holds_the_entities_it_names_and_with_referenced_the_union()
    {
        using TempFolder temp = new("cli-export-extending");
        string notes = CompileNotesOverLibya(temp.Path);
        string own = Path.Combine(temp.Path, "own"), union = Path.Combine(temp.Path, "union");

        var (code, output, error) = await Run("export", "csv", "--dataset", notes, "--out", own);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains("Exported notes 0.1.0 (", output, StringComparison.Ordinal);
        var events = ReadCsv(Path.Combine(own, "csv", "events.csv"));
        Assert.Equal(new[] { ("2020-06-01-tarhuna-visit", "notes", "libya:tarhuna") }, events.Select(r => (r["id"], r["dataset"], r["place_id"])));
        Assert.Contains(ReadCsv(Path.Combine(own, "csv", "actors.csv")), r => r["id"] == "libya:gna" && r["dataset"] == "libya");

        (code, output, error) = await Run("export", "all", "--dataset", notes, "--with-referenced", "--out", union);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains($"Exported notes 0.1.0 with libya {Almanac.Libya.LibyaDataset.Dataset.Info.Version} (", output, StringComparison.Ordinal);
        events = ReadCsv(Path.Combine(union, "csv", "events.csv"));
        Assert.Equal(new[] { "2020-06-01-tarhuna-visit" }.Concat(Almanac.Libya.LibyaDataset.Dataset.Events.Select(e => "libya:" + e.Id)), events.Select(r => r["id"]));
        var acled = ReadCsv(Path.Combine(union, "acled.csv"));
        Assert.Equal(events.Select(r => (r["id"], r["dataset"])), acled.Select(r => (r["event_id_cnty"], r["dataset"])));
    }

    /// <summary>The rows of a CSV file, as column → value maps.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path) => CsvFile.Read(path).Rows;

    [Fact]
    public async Task Site_of_a_dataset_that_extends_libya_has_a_page_for_each_libya_entity_it_names_and_every_link_resolves()
    {
        using TempFolder temp = new("cli-site-extending");
        string notes = CompileNotesOverLibya(temp.Path);
        string folder = Path.Combine(temp.Path, "site");
        var (code, output, error) = await Run("site", "--dataset", notes, "--out", folder);
        Assert.True(code == (int)ExitCode.Success, output + error);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();
        Assert.True(SiteLinks.Check(folder, files) > 0);
        // Libya's GNA, its Tarhuna and the source the event cites, under their qualified keys; Libya's own events have no page.
        Assert.Contains("actors/libya_003agna.html", files);
        Assert.Contains("places/libya_003atarhuna.html", files);
        Assert.Contains("sources/libya_003aaljazeera-2020-05-21.html", files);
        Assert.Equal(new[] { "events/2020-06-01-tarhuna-visit.html" }, files.Where(f => f.StartsWith("events/", StringComparison.Ordinal)));
        DatasetInfo libya = Almanac.Libya.LibyaDataset.Dataset.Info;
        string gna = File.ReadAllText(Path.Combine(folder, "actors", "libya_003agna.html"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(libya.Title), gna, StringComparison.Ordinal);
        Assert.Contains("version " + libya.Version, gna, StringComparison.Ordinal);
        Assert.Contains("href=\"../events/2020-06-01-tarhuna-visit.html\"", gna, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_writes_the_pages_and_says_which_file_to_open()
    {
        using TempFolder temp = new("cli-site");
        string folder = Path.Combine(temp.Path, "site");
        var (code, output, error) = await Run("site", "--dataset", LibyaDll, "--out", folder, "--documents", Path.Combine(TempDirectory.RepositoryRoot(), "seeds"));
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains("Open " + Path.Combine(folder, "index.html"), output, StringComparison.Ordinal);
        Assert.Contains("source documents shown", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "actors", "gna.html")));
        Assert.Contains("<mark class=\"cited\"", File.ReadAllText(Path.Combine(folder, "sources", Almanac.Libya.LibyaDataset.Dataset.Sources[0].Id + ".html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_and_export_load_a_package_or_the_highest_version_of_a_package_id_in_a_folder()
    {
        using TempFolder temp = new("cli-packages");
        string folder = temp.Path;
        // The real package has its library for net8.0; one for a future framework and other versions must not be chosen.
        string package = Path.Combine(folder, "Almanac.Libya.0.1.0.nupkg");
        using (ZipArchive zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(LibyaDll, "lib/net8.0/Almanac.Libya.dll");
            using StreamWriter future = new(zip.CreateEntry("lib/net99.0/Almanac.Libya.dll").Open());
            future.Write("not an assembly");
        }
        File.WriteAllText(Path.Combine(folder, "Almanac.Libya.0.0.9.nupkg"), "not a package");
        File.WriteAllText(Path.Combine(folder, "Almanac.Libya.0.1.0-beta.nupkg"), "not a package");
        File.WriteAllText(Path.Combine(folder, "Almanac.Libya.Extra.1.0.0.nupkg"), "not a package");

        var (code, output, error) = await Run("show", "Al-Wefaq", "--dataset", package);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains("Government of National Accord", output, StringComparison.Ordinal);

        (code, output, error) = await Run("export", "json", "--dataset", Path.Combine(folder, "Almanac.Libya"), "--out", Path.Combine(folder, "out"));
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains($"Exported libya {Almanac.Libya.LibyaDataset.Version}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, CitationFormat.BibTeX)]
    [InlineData("bibtex", CitationFormat.BibTeX)]
    [InlineData("apa", CitationFormat.Apa)]
    [InlineData("csl-json", CitationFormat.CslJson)]
    [InlineData("CFF", CitationFormat.Cff)]
    public async Task Cite_prints_the_rendering_of_the_dataset_in_the_format_asked_for(string? format, CitationFormat expected)
    {
        string[] args = format is null ? ["cite", "--dataset", LibyaDll] : ["cite", "--dataset", LibyaDll, "--format", format];
        var (code, output, error) = await Run(args);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Equal(Almanac.Libya.LibyaDataset.Dataset.Info.Cite(expected), output);
        Assert.Contains(Almanac.Libya.LibyaDataset.ContentHash, output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Cite_of_the_dataset_package_prints_the_citation_file_it_carries()
    {
        string root = TempDirectory.RepositoryRoot();
        var (code, output, error) = await Run("cite", "--dataset", LibyaDll, "-f", "cff");
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Equal(File.ReadAllText(Path.Combine(root, "dataset", "CITATION.cff")).Replace("\r\n", "\n", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task Readme_prints_the_dataset_packages_readme_rendered_from_the_data()
    {
        var (code, output, error) = await Run("readme", "--dataset", LibyaDll, "--package", "Almanac.Libya");
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Equal(Almanac.Export.DatasetReadme.Render(Almanac.Libya.LibyaDataset.Dataset, "Almanac.Libya"), output);
        Assert.StartsWith($"# {Almanac.Libya.LibyaDataset.Title}\n", output, StringComparison.Ordinal);
        Assert.Contains(Almanac.Libya.LibyaDataset.Dataset.Info.Cite(CitationFormat.Apa).Trim(), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_finds_an_entity_by_any_alias_with_its_citations_and_events()
    {
        var (code, output, _) = await Run("show", "Al-Wefaq", "--dataset", LibyaDll);
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("Government of National Accord", output, StringComparison.Ordinal);
        Assert.Contains("citations", output, StringComparison.Ordinal);
        Assert.Contains("events involving it", output, StringComparison.Ordinal);

        (code, output, _) = await Run("show", "russia", "--dataset", LibyaDll);
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("actor russia", output, StringComparison.Ordinal);
        Assert.Contains("place russia", output, StringComparison.Ordinal);
    }

    private static void Copy(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Diff_shows_the_changes_between_two_releases_and_fails_when_an_id_is_lost()
    {
        string folder = TempDirectory.Create("diff");
        try
        {
            string release = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases", "0.1.0", "dataset.json");
            string edited = Path.Combine(folder, "edited.json");
            // The next "release": one actor renamed by hand without a retirement (an id lost) and a place's name changed.
            string text = File.ReadAllText(release)
                .Replace("\"id\": \"gna\",", "\"id\": \"gna-renamed\",", StringComparison.Ordinal)
                .Replace("\"name\": \"Tarhuna\",", "\"name\": \"Tarhunah\",", StringComparison.Ordinal);
            File.WriteAllText(edited, text);

            var (same, sameOut, _) = await Run("diff", release, release);
            Assert.Equal((int)ExitCode.Success, same);
            Assert.Equal("# Changes in libya 0.1.0 since 0.1.0\n\nNo changes.\n", sameOut);

            var (code, output, error) = await Run("diff", release, edited);
            Assert.Equal((int)ExitCode.Failed, code);
            Assert.StartsWith("# Changes in libya 0.1.0 since 0.1.0\n\n1 added, 1 lost, 1 changed.\n", output, StringComparison.Ordinal);
            Assert.Contains("- `gna`", output, StringComparison.Ordinal);
            Assert.Contains("| name | Tarhuna | Tarhunah |", output, StringComparison.Ordinal);
            Assert.Contains("lost ids", error.Replace("lost ids of", "lost ids", StringComparison.Ordinal), StringComparison.Ordinal);

            string json = Path.Combine(folder, "changes.json");
            var (jsonCode, _, _) = await Run("diff", release, edited, "--format", "json", "--out", json);
            Assert.Equal((int)ExitCode.Failed, jsonCode);
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(3, document.RootElement.GetProperty("changes").GetArrayLength());

            var (usage, _, usageError) = await Run("diff", release, edited, "--format", "xml");
            Assert.Equal((int)ExitCode.Usage, usage);
            Assert.Contains("unknown format 'xml'", usageError, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(folder);
        }
    }

    [Fact]
    public async Task Export_since_an_earlier_release_writes_the_changes_table()
    {
        using TempFolder temp = new("cli-export-changes");
        string releases = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases");
        // An "earlier release" that differs from the dataset in one place name, so the changes table has a row to show.
        string older = Path.Combine(temp.Path, "older.json");
        File.WriteAllText(older, File.ReadAllText(Path.Combine(releases, "0.1.0", "dataset.json"))
            .Replace("\"name\": \"Tarhuna\",", "\"name\": \"Tarhunah\",", StringComparison.Ordinal));

        var (code, output, error) = await Run("export", "csv", "--dataset", LibyaDll, "--since", older, "-o", Path.Combine(temp.Path, "since"));
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains("csv/changes.csv", output, StringComparison.Ordinal);
        string[] changes = File.ReadAllLines(Path.Combine(temp.Path, "since", "csv", "changes.csv"));
        Assert.Equal("from_version,to_version,entity_type,id,change,successor_id,field,old_value,new_value,reason", changes[0]);
        // The row of the changed name, with the old and new values as JSON, among the changes made since that release.
        string since = $"0.1.0,{Almanac.Libya.LibyaDataset.Version},";
        Assert.Contains(since + "place,tarhuna,changed,,name,\"\"\"Tarhunah\"\"\",\"\"\"Tarhuna\"\"\",", changes);
        Assert.All(changes[1..], row => Assert.StartsWith(since, row, StringComparison.Ordinal));

        // --releases: the changes since the newest kept release before the dataset's version, as the changelog shows them.
        (code, output, error) = await Run("export", "csv", "--dataset", LibyaDll, "--releases", releases, "-o", Path.Combine(temp.Path, "kept"));
        Assert.True(code == (int)ExitCode.Success, output + error);
        string[] kept = File.ReadAllLines(Path.Combine(temp.Path, "kept", "csv", "changes.csv"));
        Assert.True(kept.Length > 1, "no changes since the kept release");
        Assert.All(kept[1..], row => Assert.StartsWith(since, row, StringComparison.Ordinal));

        // A folder that keeps no release before the dataset's own version: no changes table, and the command says so.
        string none = Path.Combine(temp.Path, "none");
        Directory.CreateDirectory(Path.Combine(none, Almanac.Libya.LibyaDataset.Version));
        File.Copy(Path.Combine(releases, "0.1.0", "dataset.json"), Path.Combine(none, Almanac.Libya.LibyaDataset.Version, "dataset.json"));
        (code, output, error) = await Run("export", "csv", "--dataset", LibyaDll, "--releases", none, "-o", Path.Combine(temp.Path, "unkept"));
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "unkept", "csv", "changes.csv")));
        Assert.Contains($"No release before {Almanac.Libya.LibyaDataset.Version}", error, StringComparison.Ordinal);

        (code, _, error) = await Run("export", "csv", "--dataset", LibyaDll, "--releases", releases, "--since", older);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("either --since or --releases", error, StringComparison.Ordinal);
    }

    private static string SeedArticle => Path.Combine(TempDirectory.RepositoryRoot(), "seeds", "000_b3dc0abcc49582ad.txt");

    [Fact]
    public async Task Link_marks_each_mention_with_its_entity_in_plain_brackets_in_a_pipe()
    {
        var (code, output, error) = await Run("link", SeedArticle, "--dataset", LibyaDll);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.StartsWith("The [Libyan National Accord Government forces](actor:gna-forces) destroyed six Russian air defense systems", output, StringComparison.Ordinal);
        Assert.Contains("Major General [Khalifa Hifter](actor:khalifa-haftar)", output, StringComparison.Ordinal);
        Assert.Contains("the city of [Mazda](place:mizdah)", output.Replace("[local authority in the city of Mazda](actor:mizdah-local-authority)", "the city of [Mazda](place:mizdah)", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("[Washington](? actor:united-states in aljazeera-2020-05-21 | place:washington-dc)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // no colours in a pipe
        // The text is all there: without the marks it is the file.
        string unmarked = System.Text.RegularExpressions.Regex.Replace(output, @"\[([^\]]*)\]\([^)]*\)", "$1");
        Assert.Equal(File.ReadAllText(SeedArticle), unmarked);
        Assert.Matches(@"almanac link: \d+ mentions of \d+ actors and places of libya, \d+ ambiguous", error);

        // Within its source, the article's scoped aliases name their entity.
        (code, output, _) = await Run("link", SeedArticle, "--dataset", LibyaDll, "--source", "aljazeera-2020-05-21");
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("[Washington](actor:united-states)", output, StringComparison.Ordinal);
        Assert.Contains("The [Libyan army](actor:gna-forces) spokesman", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_with_its_marked_fields_filled_passes_validate()
    {
        // A dataset folder with the Libya YAML and documents, and a new article: the seed saved under another name.
        using TempFolder temp = new("cli-draft");
        string root = TempDirectory.RepositoryRoot();
        Copy(Path.Combine(root, "dataset", "data"), Path.Combine(temp.Path, "data"));
        Copy(Path.Combine(root, "seeds"), Path.Combine(temp.Path, "seeds"));
        string article = Path.Combine(temp.Path, "seeds", "new-article.txt");
        File.Copy(SeedArticle, article);
        string draftFile = Path.Combine(temp.Path, "draft.yaml");

        var (code, output, error) = await Run("draft", article, "--source", "new-article-2020-05-21", "--dataset", LibyaDll, "--out", draftFile);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Empty(output);
        Assert.Contains("almanac draft: wrote " + draftFile, error, StringComparison.Ordinal);
        string draft = File.ReadAllText(draftFile);
        Assert.Contains("  - id: new-article-2020-05-21\n", draft, StringComparison.Ordinal);
        Assert.Contains("    document: seeds/new-article.txt\n", draft, StringComparison.Ordinal);
        Assert.Contains("      - actor: khalifa-haftar  # \"Khalifa Hifter\"\n        role: \"\"  # FILL", draft, StringComparison.Ordinal);
        Assert.Contains("    place: mizdah", draft.Replace("place: tarhuna", "place: mizdah", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("        quote: \"The Libyan army spokesman, Mohamed Kanounou, said that the Russian air defense system “Pantzir” was purchased with Emirati money in order to eliminate the legitimate government, and added that the Libyan military position is excellent, and all cities of the country will be cleared and that the government will not terrorize the Emirati checks, Egyptian intelligence or Wagner Russian.\"", draft, StringComparison.Ordinal);
        Assert.Contains("# DECIDE: \"Libyan army\" may name actor gna-forces (as named in aljazeera-2020-05-21).", draft, StringComparison.Ordinal);
        Assert.Contains("#   - \"Facebook\"  (paragraph 16)", draft, StringComparison.Ordinal);

        // Unfilled, it does not validate; every FILL given a value, it does.
        File.Copy(draftFile, Path.Combine(temp.Path, "data", "draft.yaml"));
        (code, output, _) = await Run("validate", temp.Path);
        Assert.Equal((int)ExitCode.Failed, code);
        Assert.Contains("draft.yaml", output, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(temp.Path, "data", "draft.yaml"), FillMechanically(draft));
        (code, output, error) = await Run("validate", temp.Path);
        Assert.True(code == (int)ExitCode.Success, output + error);
        Assert.Contains("0 errors", error, StringComparison.Ordinal);
    }

    /// <summary>Gives each value the draft marks with <c># FILL</c> (an empty string) a valid value of its key, as a curator would.</summary>
    private static string FillMechanically(string draft)
    {
        int events = 0;
        string[] lines = draft.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var fill = System.Text.RegularExpressions.Regex.Match(lines[i], @"^(\s*(?:- )?)([a-z-]+): """"  # FILL");
            if (!fill.Success)
            {
                continue;
            }
            string value = fill.Groups[2].Value switch
            {
                "id" => $"draft-event-{++events}",
                "title" => "A new article",
                "published" or "date" => "2020-05-22",
                "name" => $"Drafted event {events}",
                "kind" => "other",
                "time-precision" => "day",
                "role" => "participant",
                string key => throw new InvalidOperationException($"the draft marks a key the test does not fill: {key}"),
            };
            lines[i] = fill.Groups[1].Value + fill.Groups[2].Value + ": " + value;
        }
        Assert.True(events > 0);
        return string.Join('\n', lines);
    }
}
