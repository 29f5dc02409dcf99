using System.Text.Json;
using System.Text.RegularExpressions;

namespace Almanac.Packaging.Tests;

/// <summary>Fresh projects outside the repository that get the packages from the packed feed, as a user would.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsumerTests(PackagedFeed feed)
{
    // ------------------------------------------------------------------ (a) the dataset package alone

    [Fact]
    public async Task Dataset_package_alone_gives_a_consumer_the_typed_data_without_running_the_generator()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaConsumer", ConsoleProject("Almanac.Libya"),
            new Dictionary<string, string>
            {
                ["Program.cs"] =
                    """
                    using System;
                    using Almanac.Libya;

                    // Almanac.Actor comes from the Almanac package, which only Almanac.Libya brings in.
                    Almanac.Actor gna = Actors.Find("Al-Wefaq")!;
                    Console.WriteLine(gna.Id);
                    Console.WriteLine(Events.Involving(Actors.Gna).Count);
                    Console.WriteLine(Events.All.Count);
                    Console.WriteLine(LibyaDataset.Version);
                    """,
                // YAML that the generator would reject (ALM001, ALM013): the build fails if the generator ever runs here.
                ["data/not-an-almanac-dataset.yaml"] = "settings: [unclosed\n",
            });

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The consumer of Almanac.Libya does not build.\n{build.Describe()}");
        Assert.True(build.Warnings.Count == 0, $"The consumer's build has warnings:\n{string.Join("\n", build.Warnings)}\n{build.Describe()}");

        // The restore graph: the dataset and the runtime at this run's version, and no generator.
        IReadOnlyList<string> libraries = RestoredLibraries(project);
        string graph = "Restored libraries:\n  " + string.Join("\n  ", libraries);
        Assert.True(libraries.Contains($"Almanac.Libya/{feed.DatasetVersion}"), graph);
        Assert.True(libraries.Contains($"Almanac/{feed.Version}"), graph);
        Assert.True(!libraries.Any(l => l.StartsWith("Almanac.Generator/", StringComparison.OrdinalIgnoreCase)),
            $"The generator reached a consumer of Almanac.Libya.\n{graph}");
        Assert.True(!libraries.Any(l => l.StartsWith("YamlDotNet/", StringComparison.OrdinalIgnoreCase)), graph);
        Assert.True(File.Exists(project.OutputPath("Almanac.dll")), "Almanac.dll is not in the consumer's output.");
        Assert.True(!File.Exists(project.OutputPath("Almanac.Generator.dll")) && !File.Exists(project.OutputPath("YamlDotNet.dll")),
            "The generator or YamlDotNet was copied to the consumer's output.");

        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        string[] lines = Lines(run.Output);
        Assert.True(lines.Length == 4, $"Expected four lines.\n{run.Describe()}");
        Assert.True(lines[0] == "gna", $"Actors.Find(\"Al-Wefaq\") is not the GNA.\n{run.Describe()}");
        int involving = int.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture);
        int all = int.Parse(lines[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(involving > 0 && involving <= all, $"Events.Involving(Actors.Gna) has {involving} of {all} events.\n{run.Describe()}");

        // The packed data is the repository's data: every event of dataset/data/*.yaml, and its version.
        (string version, int events) = RepositoryDataset();
        Assert.True(all == events, $"The package holds {all} events; dataset/data/*.yaml has {events}.\n{run.Describe()}");
        Assert.True(lines[3] == version, $"LibyaDataset.Version is '{lines[3]}'; dataset/data has version '{version}'.\n{run.Describe()}");
    }

    [Fact]
    public async Task Runtime_package_runs_its_ReadyToRun_code_in_a_consumer_on_a_listed_runtime()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaReadyToRun", ConsoleProject("Almanac.Libya"),
            new Dictionary<string, string>
            {
                ["Program.cs"] =
                    """
                    using System;
                    using System.Runtime;

                    // Methods this thread compiled just in time for a first call into the runtime: none when the runtime's
                    // precompiled image for this platform was loaded, at least the method called when its IL was.
                    long before = JitInfo.GetCompiledMethodCount(currentThread: true);
                    string key = Almanac.Text.AliasKey.Normalize("Tarhūnah");
                    long compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
                    Console.WriteLine(key);
                    Console.WriteLine(compiled);
                    Console.WriteLine(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
                    """,
            });

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        foreach (string runtime in PackageLayoutTests.ReadyToRunRuntimes())
        {
            Assert.True(File.Exists(project.OutputPath($"runtimes/{runtime}/lib/net10.0/Almanac.dll")),
                $"The consumer's output has no ReadyToRun image for {runtime}.");
        }

        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        string[] lines = Lines(run.Output);
        Assert.True(lines.Length == 3 && lines[0] == "tarhunah", run.Describe());
        if (PackageLayoutTests.ReadyToRunRuntimes().Contains(lines[2]) && Environment.Version.Major == 10)
        {
            Assert.True(lines[1] == "0", $"The first call into the runtime compiled {lines[1]} methods just in time on {lines[2]}: its ReadyToRun image was not used.\n{run.Describe()}");
        }
        else
        {
            Assert.True(long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) > 0,
                $"On {lines[2]} (no ReadyToRun image) the runtime's IL must be compiled just in time.\n{run.Describe()}");
        }
    }

    [Fact]
    public async Task Dataset_package_alone_restores_no_third_party_package()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaOnly", ConsoleProject("Almanac.Libya"),
            new Dictionary<string, string> { ["Program.cs"] = "System.Console.WriteLine(Almanac.Libya.LibyaDataset.Dataset.Info.Id);\n" });

        ProcessResult restore = await project.RestoreAsync();
        Assert.True(restore.Succeeded, restore.Describe());

        // Every library in the restore graph is Almanac's own: the runtime depends on nothing.
        IReadOnlyList<string> libraries = RestoredLibraries(project);
        Assert.Equal(new[] { $"Almanac.Libya/{feed.DatasetVersion}", $"Almanac/{feed.Version}" }, libraries);
    }

    [Fact]
    public async Task Export_package_writes_a_datasets_exports_from_a_consumer()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaExports", ConsoleProject("Almanac.Libya", "Almanac.Export"),
            new Dictionary<string, string>
            {
                ["Program.cs"] =
                    """
                    using System;
                    using Almanac.Export;
                    using Almanac.Libya;

                    var files = await DatasetExport.WriteAsync(LibyaDataset.Dataset, "exports", new[] { ExportFormat.Csv, ExportFormat.GeoJson });
                    foreach (ExportedFile file in files)
                    {
                        Console.WriteLine($"{file.RelativePath} {file.Rows}");
                    }
                    Console.WriteLine($"events {LibyaDataset.Dataset.Events.Count}");
                    """,
            });

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The consumer of Almanac.Export does not build.\n{build.Describe()}");
        Assert.True(build.Warnings.Count == 0, $"The consumer's build has warnings:\n{string.Join("\n", build.Warnings)}\n{build.Describe()}");
        IReadOnlyList<string> libraries = RestoredLibraries(project);
        Assert.True(libraries.Contains($"Almanac.Export/{feed.Version}"), string.Join("\n", libraries));

        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Dictionary<string, int> rows = Lines(run.Output).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        int events = rows["events"];
        Assert.True(events > 0 && rows["csv/events.csv"] == events && rows["events.geojson"] == events, run.Describe());

        Assert.StartsWith("id,dataset,name,kind,", File.ReadAllText(project.PathOf("exports/csv/events.csv")), StringComparison.Ordinal);
        using JsonDocument geoJson = JsonDocument.Parse(File.ReadAllText(project.PathOf("exports/events.geojson")));
        Assert.Equal("FeatureCollection", geoJson.RootElement.GetProperty("type").GetString());
        Assert.Equal(events, geoJson.RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal("libya", geoJson.RootElement.GetProperty("almanac").GetProperty("dataset").GetString());
        Assert.True(File.Exists(project.PathOf("exports/places.geojson")));
    }

    // ------------------------------------------------------------------ (b) and (c) the generator package on a consumer's own data

    private static readonly string GeneratorConsumerProject = ConsoleProject(
        new[] { "<GenerateDocumentationFile>true</GenerateDocumentationFile>", "<AlmanacNamespace>MyData</AlmanacNamespace>" },
        new[] { PackageReference("Almanac"), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") });

    private const string GeneratorConsumerProgram =
        """
        using System;
        using MyData;

        Console.WriteLine(Actors.BlueForce.Name);
        Console.WriteLine(Actors.Find("blues")!.Id);
        Console.WriteLine(Places.RiverTown.Location!.Value.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine(Events.Involving(Actors.RedMilitia).Count);
        Almanac.Event strike = Events._2020_05_20RiverTownStrike;
        Console.WriteLine($"{strike.Name} at {strike.Place!.Name}");
        Console.WriteLine($"{strike.Citations[0].Source.Title}, paragraph {strike.Citations[0].Paragraph}");
        Console.WriteLine($"{RiverDataset.Id} {RiverDataset.Version}");
        """;

    private static Dictionary<string, string> GeneratorConsumerFiles(string eventsYaml) => new()
    {
        ["Program.cs"] = GeneratorConsumerProgram,
        ["data/dataset.yaml"] =
            """
            dataset:
              id: river
              title: River test dataset
              version: 2.3.4
              license: CC-BY-4.0
              citation: "River test dataset, version 2.3.4."

            sources:
              - id: report-1
                title: A report on River Town
                kind: article
                published: 2020-05-21
                language: en
                document: seeds/report-1.txt

            """,
        ["data/actors.yaml"] =
            """
            actors:
              - id: blue-force
                name: Blue Force
                kind: armed-forces
                aliases: [Blues]
              - id: red-militia
                name: Red Militia
                kind: militia

            places:
              - id: river-town
                name: River Town
                kind: town
                location: { lat: 32.1, lon: 13.2 }
                geo-precision: exact

            """,
        ["data/events.yaml"] = eventsYaml,
        ["seeds/report-1.txt"] =
            """
            River Town, 21 May 2020.

            Blue aircraft struck River Town on Wednesday, killing two fighters of the Red Militia.

            """,
    };

    private static string EventsYaml(string place) =>
        $"""
        events:
          - id: 2020-05-20-river-town-strike
            name: Blue Force strikes River Town
            kind: air-strike
            date: 2020-05-20
            time-precision: day
            place: {place}
            participants:
              - {"{"} actor: blue-force, role: attacker {"}"}
              - {"{"} actor: red-militia, role: target {"}"}
            fatalities: {"{"} best: 2 {"}"}
            sources:
              - source: report-1
                quote: "Blue aircraft struck River Town on Wednesday, killing two"

        """;

    [Fact]
    public async Task Generator_package_compiles_a_consumers_own_yaml_into_a_typed_api()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "RiverData", GeneratorConsumerProject,
            GeneratorConsumerFiles(EventsYaml("river-town")));

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The generator package's consumer does not build.\n{build.Describe()}");
        Assert.True(build.Warnings.Count == 0,
            $"The generated code (nullable on, XML docs on) must compile without warnings:\n{string.Join("\n", build.Warnings)}\n{build.Describe()}");
        Assert.True(!File.Exists(project.OutputPath("Almanac.Generator.dll")) && !File.Exists(project.OutputPath("YamlDotNet.dll")),
            "The generator or YamlDotNet was copied to the consumer's output.");

        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(
            new[]
            {
                "Blue Force",
                "blue-force",
                "32.1",
                "1",
                "Blue Force strikes River Town at River Town",
                "A report on River Town, paragraph 2",
                "river 2.3.4",
            },
            Lines(run.Output));
    }

    [Fact]
    public async Task Generator_package_fails_the_build_at_the_yaml_line_and_column_of_an_unknown_reference()
    {
        string eventsYaml = EventsYaml("river-towne");
        string[] yamlLines = eventsYaml.Split('\n');
        int lineIndex = Array.FindIndex(yamlLines, l => l.TrimStart().StartsWith("place: ", StringComparison.Ordinal));
        int line = lineIndex + 1;
        int column = yamlLines[lineIndex].IndexOf("river-towne", StringComparison.Ordinal) + 1;
        ConsumerProject project = ConsumerProject.Create(feed, "RiverDataBroken", GeneratorConsumerProject, GeneratorConsumerFiles(eventsYaml));

        ProcessResult build = await project.BuildAsync();
        Assert.True(!build.TimedOut && build.ExitCode != 0, $"A dataset with an unknown place must not build.\n{build.Describe()}");
        Assert.True(!build.Output.Contains("CS8785", StringComparison.Ordinal), $"The generator crashed.\n{build.Describe()}");

        var errors = Regex.Matches(build.Output, @"data[\\/]events\.yaml\((?<line>\d+),(?<column>\d+)\): error ALM006: (?<message>[^\r\n]*)")
            .Select(m => (Line: int.Parse(m.Groups["line"].Value), Column: int.Parse(m.Groups["column"].Value), Message: m.Groups["message"].Value))
            .Distinct()
            .ToList();
        Assert.True(errors.Count == 1,
            $"Expected one error data/events.yaml({line},{column}): error ALM006, found {errors.Count}.\n{build.Describe()}");
        Assert.True(errors[0].Line == line && errors[0].Column == column,
            $"ALM006 is reported at ({errors[0].Line},{errors[0].Column}); 'river-towne' is at ({line},{column}).\n{build.Describe()}");
        Assert.True(errors[0].Message.StartsWith("Unknown place 'river-towne'", StringComparison.Ordinal) && errors[0].Message.Contains("river-town", StringComparison.Ordinal),
            $"Unexpected message: {errors[0].Message}\n{build.Describe()}");
    }

    [Fact]
    public async Task Generator_package_gives_a_dataset_package_its_datas_version()
    {
        // The project sets no Version: its package and assembly take version: 2.3.4 of data/dataset.yaml.
        ConsumerProject project = ConsumerProject.Create(feed, "RiverVersion", GeneratorConsumerProject,
            GeneratorConsumerFiles(EventsYaml("river-town")));

        ProcessResult pack = await project.PackAsync();
        Assert.True(pack.Succeeded, $"The dataset project does not pack.\n{pack.Describe()}");
        string path = project.PackagePath("2.3.4");
        Assert.True(File.Exists(path), $"{path} does not exist: the package does not carry the data's version 2.3.4.\n{pack.Describe()}");
        PackageFile package = PackageFile.Open(path);
        Assert.Equal("2.3.4", package.Version);
        (string _, Version assembly) = package.AssemblyIdentity($"lib/{ConsumerProject.TargetFramework}/RiverVersion.dll");
        Assert.Equal(new Version(2, 3, 4, 0), assembly);
    }

    [Fact]
    public async Task Generator_package_fails_the_build_of_a_dataset_project_that_sets_another_version()
    {
        string projectXml = GeneratorConsumerProject.Replace("<AlmanacNamespace>", "<Version>2.4.0</Version>\n    <AlmanacNamespace>", StringComparison.Ordinal);
        ConsumerProject project = ConsumerProject.Create(feed, "RiverOtherVersion", projectXml, GeneratorConsumerFiles(EventsYaml("river-town")));

        ProcessResult build = await project.BuildAsync();
        Assert.True(!build.TimedOut && build.ExitCode != 0, $"A dataset project whose Version is not its data's must not build.\n{build.Describe()}");
        Assert.True(build.Output.Contains("error : The project sets Version to '2.4.0', but the dataset's version is '2.3.4' (version: in data/dataset.yaml)", StringComparison.Ordinal),
            $"The build does not name the two versions.\n{build.Describe()}");
    }

    // ------------------------------------------------------------------ (d) the analyzers of string lookups, from the Almanac package

    [Fact]
    public async Task Dataset_package_brings_the_analyzers_that_check_string_lookups_against_its_ids()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaLookups", ConsoleProject("Almanac.Libya"),
            new Dictionary<string, string>
            {
                ["Program.cs"] =
                    """
                    using System;
                    using Almanac.Libya;

                    Console.WriteLine(Actors.Find("khalifa-haftr")?.Id ?? "none");
                    Console.WriteLine(Actors.TryGet("Al-Wefaq", out Almanac.Actor? gna) ? gna.Id : "none");
                    Console.WriteLine(Places.Find("tarhuuna")?.Id ?? "none");
                    Console.WriteLine(Actors.Get("gna").Id);
                    """,
            });

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The consumer of Almanac.Libya does not build.\n{build.Describe()}");
        Assert.Equal(
            new[]
            {
                "Program.cs(4,31): warning ALMA001: No actor has the id or alias 'khalifa-haftr'; did you mean 'khalifa-haftar' (Khalifa Haftar)?",
                "Program.cs(5,33): warning ALMA002: 'Al-Wefaq' is not the id of any actor but a name of 'gna' (Government of National Accord); TryGet takes ids: use the id 'gna'",
                "Program.cs(6,31): warning ALMA001: No place has the id or alias 'tarhuuna'; did you mean 'tarhuna' (Tarhuna)?",
            },
            LookupWarnings(build));
        Assert.True(build.Warnings.Count == 3, $"The consumer's build has other warnings:\n{string.Join("\n", build.Warnings)}\n{build.Describe()}");

        // What the warnings say is what the lookups do at run time.
        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(new[] { "none", "none", "none", "gna" }, Lines(run.Output));
    }

    [Fact]
    public async Task A_project_that_references_two_dataset_packages_has_each_lookup_checked_against_its_own_dataset()
    {
        // A second dataset package, compiled by the generator package from a consumer's own YAML and packed beside the others.
        ConsumerProject river = ConsumerProject.Create(feed, "River.Data", ConsoleProject(
                new[] { "<OutputType>Library</OutputType>", "<IsPackable>true</IsPackable>", "<AlmanacNamespace>River.Data</AlmanacNamespace>" },
                new[] { PackageReference("Almanac", " PrivateAssets=\"none\""), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") }),
            // Its data carries the feed's version, which a dataset package takes from its data.
            GeneratorConsumerFiles(EventsYaml("river-town")).Where(f => f.Key != "Program.cs")
                .ToDictionary(f => f.Key, f => f.Value.Replace("version: 2.3.4", "version: " + feed.Version, StringComparison.Ordinal)));
        ProcessResult pack = await river.PackAsync(feed.FeedDirectory, feed.Version);
        Assert.True(pack.Succeeded, $"The second dataset does not pack.\n{pack.Describe()}");

        ConsumerProject project = ConsumerProject.Create(feed, "TwoDatasets", ConsoleProject("Almanac.Libya", "River.Data"),
            new Dictionary<string, string>
            {
                ["Program.cs"] =
                    """
                    using System;

                    Console.WriteLine(Almanac.Libya.Actors.Find("blue-force")?.Id ?? "none");
                    Console.WriteLine(River.Data.Actors.Find("blue-forse")?.Id ?? "none");
                    Console.WriteLine(River.Data.Actors.Find("Blues")!.Id);
                    Console.WriteLine(Almanac.Libya.Actors.Find("Al-Wefaq")!.Id);
                    Console.WriteLine(River.Data.Places.Find("Al-Wefaq")?.Id ?? "none");
                    """,
            });

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The consumer of two datasets does not build.\n{build.Describe()}");
        Assert.Equal(
            new[]
            {
                "Program.cs(3,45): warning ALMA001: No actor has the id or alias 'blue-force'",
                "Program.cs(4,42): warning ALMA001: No actor has the id or alias 'blue-forse'; did you mean 'blue-force' (Blue Force)?",
                "Program.cs(7,42): warning ALMA001: No place has the id or alias 'Al-Wefaq'",
            },
            LookupWarnings(build));
        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(new[] { "none", "none", "blue-force", "gna", "none" }, Lines(run.Output));
    }

    // ------------------------------------------------------------------ (d) a project that extends a dataset package

    /// <summary>A console project that references <paramref name="datasets"/> and compiles its own YAML (namespace <c>Notes</c>).</summary>
    private static string ExtendingProject(params string[] datasets) => ConsoleProject(
        new[] { "<GenerateDocumentationFile>true</GenerateDocumentationFile>", "<AlmanacNamespace>Notes</AlmanacNamespace>" },
        datasets.Select(d => PackageReference(d))
            .Concat(new[] { PackageReference("Almanac"), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") }));

    private const string NotesDataset =
        """
        dataset:
          id: notes
          title: Field notes
          version: 0.1.0
          license: CC0-1.0
          citation: "Field notes, version 0.1.0."

        sources:
          - { id: interview-1, title: Interview with a resident, kind: other }

        """;

    /// <summary>Events of the consumer's own over Libya's actors and places: <paramref name="actor"/> is the attacker's reference.
    /// The consumer adds an alias to Libya's GNA.</summary>
    private static string NotesEvents(string actor) =>
        $$"""
        extends:
          - { actor: gna, aliases: ["Government of the agreement"], notes: What the residents call it. }

        actors:
          - { id: tarhuna-residents-committee, name: Tarhuna residents' committee, kind: civil-society }

        events:
          - id: 2020-06-06-tarhuna-shelling
            name: Shelling reported by residents
            kind: shelling
            date: 2020-06-06
            time-precision: day
            place: tarhuna
            participants:
              - { actor: {{actor}}, role: attacker }
              - { actor: tarhuna-residents-committee, role: victim }
            sources:
              - { source: interview-1, claim: A resident describes the shelling. }
          - id: 2020-06-07-committee-appeal
            name: The committee appeals to the GNA
            kind: appeal
            date: 2020-06-07
            time-precision: day
            place: libya:tarhuna
            participants:
              - { actor: tarhuna-residents-committee, role: speaker }
              - { actor: gna, role: addressee }
            sources:
              - { source: interview-1, claim: The committee's appeal. }

        """;

    /// <summary>The files of the consumer's dataset (<see cref="NotesEvents"/> with <paramref name="actor"/>) and a program
    /// that starts with the shelling event in <c>shelling</c> and goes on with <paramref name="program"/>.</summary>
    private static Dictionary<string, string> NotesFiles(string actor, string program) => new()
    {
        ["data/dataset.yaml"] = NotesDataset,
        ["data/events.yaml"] = NotesEvents(actor),
        ["Program.cs"] = "using System;\nusing System.Linq;\n\nAlmanac.Event shelling = Notes.Events._2020_06_06TarhunaShelling;\n" + program + "\n",
    };

    [Fact]
    public async Task A_project_that_extends_the_dataset_package_codes_its_own_events_over_its_actors_and_places()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaNotes", ExtendingProject("Almanac.Libya"), NotesFiles("lna",
                """
                Console.WriteLine(ReferenceEquals(shelling.Participants[0].Actor, Almanac.Libya.Actors.Lna));
                Console.WriteLine(ReferenceEquals(shelling.Place, Almanac.Libya.Places.Tarhuna));
                Console.WriteLine($"{shelling.Dataset.Id} {shelling.Place!.Dataset.Id} {string.Join(",", Notes.NotesDataset.Dataset.Extends.Select(d => d.Info.Id))}");
                int theirs = Almanac.Libya.Events.Involving(Almanac.Libya.Actors.Lna).Count;
                int union = Notes.Events.Involving(Almanac.Libya.Actors.Lna).Count;
                Console.WriteLine(union - theirs);
                Console.WriteLine(Notes.Events.At(Almanac.Libya.Places.Tarhuna).Count - Almanac.Libya.Events.At(Almanac.Libya.Places.Tarhuna).Count);
                Console.WriteLine(Notes.Events.Involving(Almanac.Libya.Actors.Lna).Count(e => e.Dataset.Id == "notes"));
                Console.WriteLine(ReferenceEquals(Notes.Actors.Find("government of the agreement"), Almanac.Libya.Actors.Gna));
                string added = args.Length > 0 ? args[0] : "government of the agreement"; // not a constant: the analyzers would rightly warn
                Console.WriteLine(Almanac.Libya.Actors.Find(added) is null);
                """));

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The project that extends Almanac.Libya does not build.\n{build.Describe()}");
        Assert.True(build.Warnings.Count == 0, $"The build has warnings:\n{string.Join("\n", build.Warnings)}\n{build.Describe()}");
        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(new[] { "True", "True", "notes libya libya", "1", "2", "1", "True", "True" }, Lines(run.Output));
    }

    [Fact]
    public async Task A_project_that_extends_the_dataset_package_exports_with_every_reference_inside_the_export_and_the_union_on_request()
    {
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaNotesExports", ExtendingProject("Almanac.Libya", "Almanac.Export"), NotesFiles("lna",
                """
                var formats = new[] { Almanac.Export.ExportFormat.AcledCsv, Almanac.Export.ExportFormat.Csv };
                await Almanac.Export.DatasetExport.WriteAsync(Notes.NotesDataset.Dataset, "exports", formats);
                await Almanac.Export.DatasetExport.WriteAsync(Notes.NotesDataset.Dataset, "union", formats, new Almanac.Export.ExportOptions { WithReferenced = true });
                Console.WriteLine(Almanac.Libya.LibyaDataset.Dataset.Events.Count);
                """));

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The project that extends Almanac.Libya and exports does not build.\n{build.Describe()}");
        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        int libyaEvents = int.Parse(Lines(run.Output).Single(), CultureInfo.InvariantCulture);

        // The notes' own events; Libya's actors and places that they name, with their part-of and within chains, qualified.
        string exports = project.PathOf("exports");
        Assert.True(DataPackageKeys.Check(exports) >= 10);
        var actors = CsvFile.Read(Path.Combine(exports, "csv", "actors.csv")).Rows;
        Assert.Contains(actors, r => r["id"] == "libya:lna" && r["dataset"] == "libya");
        Assert.Contains(actors, r => r["id"] == "tarhuna-residents-committee" && r["dataset"] == "notes");
        var places = CsvFile.Read(Path.Combine(exports, "csv", "places.csv")).Rows;
        Assert.Contains(places, r => r["id"] == "libya:tarhuna" && r["dataset"] == "libya");
        Assert.Equal(new[] { "2020-06-06-tarhuna-shelling", "2020-06-07-committee-appeal" },
            CsvFile.Read(Path.Combine(exports, "csv", "events.csv")).Rows.Select(r => r["id"]));

        // The union: Libya's events besides, each row of acled.csv with its dataset.
        string union = project.PathOf("union");
        Assert.True(DataPackageKeys.Check(union) >= 10);
        var acled = CsvFile.Read(Path.Combine(union, "acled.csv")).Rows;
        Assert.Equal(2 + libyaEvents, acled.Count);
        Assert.Equal(libyaEvents, acled.Count(r => r["dataset"] == "libya" && r["event_id_cnty"].StartsWith("libya:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_project_that_extends_the_dataset_package_fails_at_the_yaml_line_of_an_unknown_reference_with_the_closest_ids()
    {
        string events = NotesEvents("lnaa");
        string[] lines = events.Split('\n');
        int lineIndex = Array.FindIndex(lines, l => l.Contains("actor: lnaa", StringComparison.Ordinal));
        ConsumerProject project = ConsumerProject.Create(feed, "LibyaNotesBroken", ExtendingProject("Almanac.Libya"), new Dictionary<string, string>
        {
            ["data/dataset.yaml"] = NotesDataset,
            ["data/events.yaml"] = events,
            ["Program.cs"] = "System.Console.WriteLine(Notes.NotesDataset.Id);\n",
        });

        ProcessResult build = await project.BuildAsync();
        Assert.True(!build.TimedOut && build.ExitCode != 0, $"A reference to an unknown actor must not build.\n{build.Describe()}");
        var errors = Regex.Matches(build.Output, @"data[\\/]events\.yaml\((?<line>\d+),(?<column>\d+)\): error ALM006: (?<message>[^\r\n]*)")
            .Select(m => (Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Column: int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), Message: m.Groups["message"].Value))
            .Distinct()
            .ToList();
        Assert.True(errors.Count == 1, $"Expected one ALM006 in data/events.yaml.\n{build.Describe()}");
        Assert.Equal((lineIndex + 1, lines[lineIndex].IndexOf("lnaa", StringComparison.Ordinal) + 1), (errors[0].Line, errors[0].Column));
        Assert.StartsWith("Unknown actor 'lnaa'; closest ids: lna", errors[0].Message, StringComparison.Ordinal);
    }

    /// <summary>The files of a small dataset package <c>{name}</c> at <paramref name="version"/> with the actor <paramref name="actorId"/>
    /// (and, when it was renamed, the retirement of <paramref name="retiredId"/>).</summary>
    private static Dictionary<string, string> SmallDataset(string id, string version, string actorId, string? retiredId = null) => new()
    {
        ["data/dataset.yaml"] =
            $$"""
            dataset:
              id: {{id}}
              title: {{id}} test dataset
              version: {{version}}
              license: CC0-1.0
              citation: "{{id}} {{version}}."
            sources:
              - { id: {{id}}-log, title: Log, kind: report }
            actors:
              - { id: {{actorId}}, name: Valley Guard, kind: militia }
            places:
              - { id: {{id}}-ford, name: The ford, kind: site }
            events:
              - { id: 2020-05-01-patrol, name: Patrol at the ford, kind: deployment, date: 2020-05-01, time-precision: day, place: {{id}}-ford, participants: [{ actor: {{actorId}}, role: participant }], sources: [{ source: {{id}}-log, claim: A patrol. }] }
            """ + (retiredId is null ? "" : $"\nretired:\n  - {{ actor: {retiredId}, replaced-by: {actorId}, since: {version}, reason: Renamed. }}\n"),
    };

    /// <summary>Creates the dataset project <paramref name="name"/> (data in <paramref name="files"/>) and packs it into the feed.</summary>
    private async Task<ConsumerProject> PackDatasetAsync(string name, Dictionary<string, string> files, string version)
    {
        ConsumerProject dataset = ConsumerProject.Create(feed, name, ConsoleProject(
                new[] { "<OutputType>Library</OutputType>", "<IsPackable>true</IsPackable>", $"<AlmanacNamespace>{name}</AlmanacNamespace>" },
                new[] { PackageReference("Almanac", " PrivateAssets=\"none\""), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") }),
            files);
        await PackAgainAsync(dataset, version);
        return dataset;
    }

    private async Task PackAgainAsync(ConsumerProject dataset, string version)
    {
        ProcessResult pack = await dataset.PackAsync(feed.FeedDirectory, version);
        Assert.True(pack.Succeeded, $"The dataset {dataset.Name} {version} does not pack.\n{pack.Describe()}");
    }

    [Fact]
    public async Task An_upgrade_of_the_extended_package_that_renames_an_id_warns_at_the_yaml_line_and_links_the_successor()
    {
        ConsumerProject valley = await PackDatasetAsync("Valley.Data", SmallDataset("valley", "1.0.0", "valley-guard"), "1.0.0");
        string consumerProject(string version) => ConsoleProject(
            new[] { "<AlmanacNamespace>Notes</AlmanacNamespace>" },
            new[] { $"<PackageReference Include=\"Valley.Data\" Version=\"{version}\" />", PackageReference("Almanac"), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") });
        var files = new Dictionary<string, string>
        {
            ["data/dataset.yaml"] = NotesDataset,
            ["data/events.yaml"] =
                """
                events:
                  - id: 2020-05-02-crossing
                    name: Crossing at the ford
                    kind: deployment
                    date: 2020-05-02
                    time-precision: day
                    place: valley-ford
                    participants:
                      - { actor: valley-guard, role: participant }
                    sources:
                      - { source: interview-1, claim: A crossing. }

                """,
            ["Program.cs"] = "System.Console.WriteLine(Notes.Events.Involving(Valley.Data.Actors.All[0]).Count);\nSystem.Console.WriteLine(Notes.Events.All[0].Participants[0].Actor.Id);\n",
        };
        ConsumerProject before = ConsumerProject.Create(feed, "ValleyNotes1", consumerProject("1.0.0"), files);
        ProcessResult build = await before.BuildAsync();
        Assert.True(build.Succeeded && build.Warnings.Count == 0, $"The consumer of Valley.Data 1.0.0 does not build cleanly.\n{build.Describe()}");

        // Release 1.1.0 of the same package renames valley-guard to ford-guard.
        foreach (var (path, text) in SmallDataset("valley", "1.1.0", "ford-guard", retiredId: "valley-guard"))
        {
            File.WriteAllText(valley.PathOf(path), text);
        }
        await PackAgainAsync(valley, "1.1.0");
        ConsumerProject after = ConsumerProject.Create(feed, "ValleyNotes2", consumerProject("1.1.0"), files);
        build = await after.BuildAsync();
        Assert.True(build.Succeeded, $"The consumer of Valley.Data 1.1.0 does not build.\n{build.Describe()}");
        var warnings = Regex.Matches(build.Output, @"data[\\/]events\.yaml\((?<line>\d+),(?<column>\d+)\): warning ALM024: (?<message>[^\r\n\[]*)")
            .Select(m => $"({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["message"].Value.Trim()}").Distinct().ToList();
        string[] yaml = files["data/events.yaml"].Split('\n');
        int line = Array.FindIndex(yaml, l => l.Contains("actor: valley-guard", StringComparison.Ordinal));
        string at = $"({line + 1},{yaml[line].IndexOf("valley-guard", StringComparison.Ordinal) + 1})";
        Assert.Equal(new[] { at + " The actor 'valley-guard' was renamed to 'ford-guard' in valley 1.1.0; the reference is linked to 'ford-guard': write 'ford-guard' here" }, warnings);
        ProcessResult run = await after.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(new[] { "2", "ford-guard" }, Lines(run.Output));
    }

    [Fact]
    public async Task A_project_with_two_dataset_packages_and_its_own_data_refers_to_both_in_one_program()
    {
        await PackDatasetAsync("Delta.Data", SmallDataset("delta", "1.0.0", "delta-guard"), "1.0.0");
        ConsumerProject project = ConsumerProject.Create(feed, "TwoExtended", ConsoleProject(
                new[] { "<AlmanacNamespace>Notes</AlmanacNamespace>" },
                new[] { PackageReference("Almanac.Libya"), "<PackageReference Include=\"Delta.Data\" Version=\"1.0.0\" />", PackageReference("Almanac"), PackageReference("Almanac.Generator", " PrivateAssets=\"all\"") }),
            NotesFiles("delta:delta-guard",
                    """
                    Console.WriteLine(string.Join(" ", shelling.Participants.Select(p => p.Actor.Dataset.Id + ":" + p.Actor.Id)));
                    Console.WriteLine(string.Join(",", Notes.NotesDataset.Dataset.Extends.Select(d => d.Info.Id)));
                    Console.WriteLine(string.Join(",", Notes.Events.Involving(Delta.Data.Actors.DeltaGuard).Select(e => e.Dataset.Id + ":" + e.Id)));
                    Console.WriteLine(Notes.Events.Involving(Almanac.Libya.Actors.Gna).Count(e => e.Dataset.Id == "notes"));
                    """));

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.Succeeded, $"The project with two dataset packages and its own data does not build.\n{build.Describe()}");
        ProcessResult run = await project.RunAsync();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(new[]
        {
            "delta:delta-guard notes:tarhuna-residents-committee",
            "delta,libya",
            "delta:2020-05-01-patrol,notes:2020-06-06-tarhuna-shelling",
            "1",
        }, Lines(run.Output));
    }

    /// <summary>The ALMA warnings of a build, as "file(line,column): warning id: message", ordered by position.</summary>
    private static IReadOnlyList<string> LookupWarnings(ProcessResult build) =>
        Regex.Matches(build.Output, @"(?<file>[^\\/\s]+\.cs)\((?<line>\d+),(?<column>\d+)\): warning (?<id>ALMA\d+): (?<message>.*?) \[")
            .Select(m => (Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Column: int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Text: $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): warning {m.Groups["id"].Value}: {m.Groups["message"].Value}"))
            .Distinct()
            .OrderBy(w => w.Line).ThenBy(w => w.Column)
            .Select(w => w.Text)
            .ToList();

    // ------------------------------------------------------------------ helpers

    /// <summary>The project of a console app that references <paramref name="packages"/> at this run's version.</summary>
    private static string ConsoleProject(params string[] packages) =>
        ConsoleProject(Array.Empty<string>(), packages.Select(p => PackageReference(p)));

    /// <summary>The project of a console app with the extra <paramref name="properties"/> and the item <paramref name="references"/> (XML elements).</summary>
    private static string ConsoleProject(IEnumerable<string> properties, IEnumerable<string> references) =>
        $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{TargetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
        {{string.Concat(properties.Select(p => "    " + p + "\n"))}}  </PropertyGroup>
          <ItemGroup>
        {{string.Concat(references.Select(r => "    " + r + "\n"))}}  </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// A PackageReference to <paramref name="id"/> at this run's version (<c>{Version}</c>, or <c>{DatasetVersion}</c> for the
    /// dataset package, replaced by <see cref="ConsumerProject.Create"/>).
    /// </summary>
    private static string PackageReference(string id, string attributes = "") =>
        $"<PackageReference Include=\"{id}\" Version=\"{(id == PackagedFeed.DatasetId ? "{DatasetVersion}" : "{Version}")}\"{attributes} />";

    private static string[] Lines(string output) =>
        output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();

    /// <summary>The "name/version" keys of the libraries in the consumer's obj/project.assets.json.</summary>
    private static IReadOnlyList<string> RestoredLibraries(ConsumerProject project)
    {
        string assets = project.PathOf("obj/project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} does not exist.");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(assets));
        return document.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The dataset version and the number of events in the repository's dataset/data/*.yaml, read line by line (the files
    /// use block style: top-level section keys at column 1, one "  - id:" per entity).
    /// </summary>
    private static (string Version, int Events) RepositoryDataset()
    {
        string data = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "data");
        string? version = null;
        int events = 0;
        foreach (string file in Directory.EnumerateFiles(data, "*.yaml").Concat(Directory.EnumerateFiles(data, "*.yml")))
        {
            string section = "";
            foreach (string line in File.ReadLines(file))
            {
                Match key = Regex.Match(line, @"^([a-z-]+):");
                if (key.Success)
                {
                    section = key.Groups[1].Value;
                }
                else if (section == "events" && line.StartsWith("  - id: ", StringComparison.Ordinal))
                {
                    events++;
                }
                else if (section == "dataset" && Regex.Match(line, @"^  version:\s*(?<v>\S+)\s*$") is { Success: true } v)
                {
                    version = v.Groups["v"].Value.Trim('"', '\'');
                }
            }
        }
        Assert.True(version is not null && events > 0, $"Could not read the version and events of {data}.");
        return (version!, events);
    }
}
