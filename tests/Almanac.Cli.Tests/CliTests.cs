using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Almanac.Cli;
using Almanac.Testing;

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
        Assert.Equal(ExitCodes.Failed, code);
        string data = Path.Combine(folder, "data");
        Assert.Equal(new[]
        {
            $"{data}/actors.yaml(6,5): warning ALM002: Unknown key 'colour' in actor 'blue-force'; it is ignored; known keys: id, name, kind, aliases, country, part-of, aligned-with, active-from, active-until, external-ids, sources, notes",
            $"{data}/actors.yaml(9,11): error ALM004: Invalid kind 'rebels': Allowed: state, government, government-office, ministry, armed-forces, military-operation, militia, private-military-company, political-party, international-organization, local-authority, civil-society, media, person, group",
            $"{data}/actors.yaml(10,9): error ALM005: Duplicate actor id 'blue-force': it is already defined at actors.yaml(2,9)",
            $"{data}/events.yaml(8,18): error ALM006: Unknown actor 'blue-forse'; closest ids: blue-force, red-militia",
            $"{data}/events.yaml(12,16): error ALM007: The quote is not in the document of source 'report' (seeds/report.txt); closest passage: \"Blue Force aircraft struck River Town on Tuesday,\"",
        }.Select(l => l.Replace('/', Path.DirectorySeparatorChar)), Lines(output));
        Assert.Contains("4 errors, 1 warning in 3 YAML files and 1 document", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_with_warnaserror_fails_on_warnings_as_a_TreatWarningsAsErrors_build_does()
    {
        var (code, output, _) = await Run("validate", Fixture("broken"), "--warnaserror");
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains(Lines(output), l => l.Contains("): error ALM002: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_passes_the_Libya_dataset_reading_its_project_settings()
    {
        // dataset/Almanac.Libya.csproj sets AlmanacDocumentsFolder to ..\seeds: validate must find the documents there.
        var (code, output, error) = await Run("validate", Path.Combine(TempDirectory.RepositoryRoot(), "dataset"), "--warnaserror");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Empty(Lines(output));
        Assert.Contains("0 errors, 0 warnings", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_missing_folder_is_a_usage_error()
    {
        var (code, _, error) = await Run("validate", Path.Combine(Path.GetTempPath(), "no-such-almanac-folder"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_the_same_diagnostics_as_dotnet_build()
    {
        // Build the broken fixture as an ordinary dataset project (the generator as an analyzer, as a package consumer has it).
        string project = TempDirectory.Create("broken-build");
        try
        {
            Copy(Fixture("broken"), project);
            // A YAML file and a document saved as Windows-1252: the bytes E9 ("é") and 93/94 (curly quotes) are not UTF-8.
            File.WriteAllBytes(Path.Combine(project, "data", "windows-1252.yaml"),
                [.. "actors:\n  - id: green-force\n    name: Green Force\n    kind: militia\n    aliases: [Arm"u8, 0xE9, .. "e verte]\n"u8]);
            File.WriteAllBytes(Path.Combine(project, "seeds", "windows-1252.txt"), [.. "Green Force said it \"holds\" the "u8, 0x93, .. "hill"u8, 0x94, .. ".\n"u8]);
            string bin = AppContext.BaseDirectory;
            string glue = Path.Combine(TempDirectory.RepositoryRoot(), "generator", "Almanac.Generator", "buildTransitive");
            File.WriteAllText(Path.Combine(project, "Broken.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{glue}/Almanac.Generator.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Broken</RootNamespace>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="{bin}Almanac.dll" />
                    <Analyzer Include="{bin}Almanac.Generator.dll" />
                    <Analyzer Include="{bin}YamlDotNet.dll" />
                  </ItemGroup>
                  <Import Project="{glue}/Almanac.Generator.targets" />
                </Project>
                """);
            string log = await DotNetBuild(project);
            var built = Lines(log)
                .Where(l => l.Contains(": error ALM", StringComparison.Ordinal) || l.Contains(": warning ALM", StringComparison.Ordinal))
                .Select(l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)])
                .Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();

            var (code, output, _) = await Run("validate", project);
            Assert.Equal(ExitCodes.Failed, code);
            Assert.True(built.Count >= 7, log);
            Assert.Equal(built, Lines(output).OrderBy(l => l, StringComparer.Ordinal).ToList());
            Assert.Contains(built, l => l.StartsWith(Path.Combine(project, "data", "windows-1252.yaml") + "(5,18): error ALM020: The YAML file is not valid UTF-8:", StringComparison.Ordinal));
            Assert.Contains(built, l => l.StartsWith(Path.Combine(project, "seeds", "windows-1252.txt") + "(1,33): error ALM020: The source document is not valid UTF-8:", StringComparison.Ordinal));
        }
        finally
        {
            TempDirectory.Delete(project);
        }
    }

    [Fact]
    public async Task Export_writes_the_format_asked_for()
    {
        string folder = TempDirectory.Create("cli-export");
        try
        {
            var (code, output, error) = await Run("export", "parquet", "--out", folder);
            Assert.True(code == ExitCodes.Success, output + error);
            Assert.True(File.Exists(Path.Combine(folder, "parquet", "events.parquet")));
            Assert.False(File.Exists(Path.Combine(folder, "acled.csv")));
            Assert.Contains("parquet/participants.parquet", output, StringComparison.Ordinal);

            (code, _, _) = await Run("export", "all", "-o", folder);
            Assert.Equal(ExitCodes.Success, code);
            Assert.True(File.Exists(Path.Combine(folder, "acled.csv")));
            Assert.True(File.Exists(Path.Combine(folder, "dataset.json")));
        }
        finally
        {
            TempDirectory.Delete(folder);
        }
    }

    [Fact]
    public async Task Export_of_an_unknown_format_or_dataset_is_an_error_with_its_exit_code()
    {
        var (code, _, error) = await Run("export", "xlsx");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown format 'xlsx'", error, StringComparison.Ordinal);

        (code, _, error) = await Run("export", "json", "--dataset", Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken", "seeds", "report.txt"));
        Assert.Equal(ExitCodes.DatasetNotLoaded, code);
        Assert.Contains("not a .NET assembly", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_loads_any_dataset_assembly()
    {
        string folder = TempDirectory.Create("cli-dataset");
        try
        {
            string dll = typeof(Almanac.Libya.LibyaDataset).Assembly.Location;
            var (code, output, error) = await Run("export", "json", "--dataset", dll, "--out", folder);
            Assert.True(code == ExitCodes.Success, output + error);
            Assert.Contains("Exported libya", output, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(folder);
        }
    }

    [Fact]
    public async Task Show_finds_an_entity_by_any_alias_with_its_citations_and_events()
    {
        var (code, output, _) = await Run("show", "Al-Wefaq");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Government of National Accord", output, StringComparison.Ordinal);
        Assert.Contains("citations", output, StringComparison.Ordinal);
        Assert.Contains("events involving it", output, StringComparison.Ordinal);

        (code, output, _) = await Run("show", "russia");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("actor russia", output, StringComparison.Ordinal);
        Assert.Contains("place russia", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_name_fails_and_suggests_ids()
    {
        var (code, output, error) = await Run("show", "gnaa");
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Empty(output);
        Assert.Contains("closest ids: gna", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_commands_are_usage_errors()
    {
        var (code, _, error) = await Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("almanac: error:", error, StringComparison.Ordinal);
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

    /// <summary>Runs dotnet build in <paramref name="directory"/> without the MSBuild state of the test run, and returns its output.</summary>
    private static async Task<string> DotNetBuild(string directory) =>
        (await DotNet.RunAsync(new[] { "build", "-nologo", "-v:q", "-clp:NoSummary" }, directory, TimeSpan.FromMinutes(3))).Output;
}
