using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Almanac.Packaging.Tests;

/// <summary>
/// What every package carries besides its code: a README, symbols, an SBOM, and the repository's address when it has one
/// (generator/Packaging/Almanac.Packaging.targets).
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageHygieneTests(PackagedFeed feed)
{
    public static TheoryData<string> PackedIds() => new(PackagedFeed.PackedIds);

    [Theory]
    [MemberData(nameof(PackedIds))]
    public void Every_package_has_its_readme_at_the_root(string id)
    {
        PackageFile package = PackageFile.Open(feed.PackagePath(id));
        Assert.True(package.MetadataValue("readme") == "README.md", $"The nuspec names no readme.\n{package.Listing}");
        Assert.True(package.Contains("README.md"), $"README.md is missing.\n{package.Listing}");
        Assert.StartsWith("# ", package.ReadText("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dataset_package_readme_is_rendered_from_the_dataset()
    {
        string readme = PackageFile.Open(feed.PackagePath(PackagedFeed.DatasetId)).ReadText("README.md");
        string yaml = File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "data", "dataset.yaml"));
        string title = System.Text.RegularExpressions.Regex.Match(yaml, @"^  title: ""(?<t>[^""]+)""", System.Text.RegularExpressions.RegexOptions.Multiline).Groups["t"].Value;
        Assert.True(title.Length > 0);
        Assert.StartsWith($"# {title}\n", readme, StringComparison.Ordinal);
        Assert.Matches($@"\| dataset \| `libya`, version {System.Text.RegularExpressions.Regex.Escape(RepositoryVersions.Dataset())}(, released \d{{4}}-\d\d-\d\d)? \|", readme);
        Assert.Contains("| licence | CC-BY-4.0 |", readme, StringComparison.Ordinal);
        Assert.Matches(@"\| coverage \| \d+ events from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, \d+ actors, \d+ places, \d+ sources \|", readme);
        Assert.Contains("## How to cite", readme, StringComparison.Ordinal);
        Assert.Contains("@dataset{libya-", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet add package Almanac.Libya", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Almanac")]
    [InlineData("Almanac.Export")]
    [InlineData("Almanac.Libya")]
    public void Library_packages_have_a_symbol_package_with_the_pdb(string id)
    {
        string symbols = Path.ChangeExtension(feed.PackagePath(id), ".snupkg");
        Assert.True(File.Exists(symbols), $"{symbols} does not exist.");
        using ZipArchive zip = ZipFile.OpenRead(symbols);
        Assert.Contains(zip.Entries, e => e.FullName == $"lib/net8.0/{id}.pdb");
    }

    [Fact]
    public void Generator_carries_its_pdb_inside_the_analyzer()
    {
        using ZipArchive zip = ZipFile.OpenRead(feed.PackagePath("Almanac.Generator"));
        using var bytes = new MemoryStream();
        using (Stream stream = zip.GetEntry("analyzers/dotnet/cs/Almanac.Generator.dll")!.Open())
        {
            stream.CopyTo(bytes);
        }
        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    [Fact]
    public void Without_a_repository_address_the_packages_name_none()
    {
        // AlmanacRepositoryUrl is empty in Directory.Build.props until the project has a public address.
        PackageFile package = PackageFile.Open(feed.PackagePath("Almanac"));
        Assert.Null(package.MetadataValue("projectUrl"));
        System.Xml.Linq.XElement? repository = package.Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository");
        Assert.True(repository is null || repository.Attribute("url") is null, package.Listing);
    }

    /// <summary>The packages each SBOM must list as required (what the package's users get) and must not list at all.</summary>
    public static TheoryData<string, string[], string[]> SbomComponents() => new()
    {
        { "Almanac", Array.Empty<string>(), new[] { "Almanac.Generator", "YamlDotNet" } },
        { "Almanac.Export", new[] { "Almanac", "CsvHelper", "Parquet.Net" }, new[] { "Almanac.Generator", "YamlDotNet" } },
        { "Almanac.Generator", new[] { "YamlDotNet" }, new[] { "Microsoft.CodeAnalysis.CSharp", "Almanac" } },
        { "Almanac.Libya", new[] { "Almanac" }, new[] { "Almanac.Generator", "YamlDotNet", "Almanac.Export" } },
        { "Almanac.Cli", new[] { "Almanac", "Almanac.Export", "Almanac.Generator", "Spectre.Console.Cli", "YamlDotNet", "CsvHelper" }, Array.Empty<string>() },
    };

    [Theory]
    [MemberData(nameof(SbomComponents))]
    public void Every_package_carries_a_CycloneDX_SBOM_of_its_resolved_packages_inside_and_beside_it(string id, string[] required, string[] absent)
    {
        PackageFile package = PackageFile.Open(feed.PackagePath(id));
        string inside = package.ReadText($"sbom/{id}.cdx.json");
        string beside = Path.Combine(feed.FeedDirectory, $"{id}.{feed.VersionOf(id)}.cdx.json");
        Assert.True(File.Exists(beside), $"{beside} does not exist.");
        Assert.Equal(inside, File.ReadAllText(beside).Replace("\r\n", "\n", StringComparison.Ordinal));

        using JsonDocument bom = JsonDocument.Parse(inside);
        JsonElement root = bom.RootElement;
        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.False(root.TryGetProperty("serialNumber", out _), "A random serial number would make two packs differ.");
        JsonElement component = root.GetProperty("metadata").GetProperty("component");
        Assert.Equal($"pkg:nuget/{id}@{feed.VersionOf(id)}", component.GetProperty("purl").GetString());
        Assert.Equal(id == "Almanac.Cli" ? "application" : "library", component.GetProperty("type").GetString());

        // A package with several target frameworks may list one package at several versions (a build tool of each).
        List<JsonElement> components = root.TryGetProperty("components", out JsonElement list) ? list.EnumerateArray().ToList() : new List<JsonElement>();
        string NameOf(JsonElement c) => c.GetProperty("name").GetString()!;
        string listed = "SBOM components: " + string.Join(", ", components.Select(c => $"{NameOf(c)}@{c.GetProperty("version").GetString()}"));
        foreach (string name in required)
        {
            JsonElement[] named = components.Where(c => NameOf(c) == name).ToArray();
            Assert.True(named.Length > 0, $"{id}'s SBOM does not list {name}.\n{listed}");
            foreach (JsonElement c in named)
            {
                Assert.True(!c.TryGetProperty("scope", out JsonElement scope) || scope.GetString() == "required", $"{name} is not required.\n{listed}");
                Assert.StartsWith($"pkg:nuget/{name}@", c.GetProperty("purl").GetString(), StringComparison.Ordinal);
            }
        }
        foreach (string name in absent)
        {
            Assert.False(components.Any(c => NameOf(c) == name), $"{id}'s SBOM lists {name}.\n{listed}");
        }
        // Every package that comes from NuGet is pinned by its hash.
        foreach (JsonElement c in components.Where(c => !NameOf(c).StartsWith("Almanac", StringComparison.Ordinal)))
        {
            Assert.True(c.TryGetProperty("hashes", out JsonElement hashes) && hashes.GetArrayLength() > 0, $"{c.GetProperty("name")} has no hash.");
        }
    }

    [Fact]
    public async Task The_repository_address_gives_the_project_url_the_repository_url_and_source_link()
    {
        const string address = "https://github.com/example/almanac";
        string folder = Path.Combine(feed.WorkDirectory, "with-address");
        ProcessResult pack = await feed.PackAsync("generator/Almanac/Almanac.csproj", Path.Combine(folder, "feed"), Path.Combine(folder, "artifacts"),
            $"-p:AlmanacRepositoryUrl={address}");
        Assert.True(pack.Succeeded, pack.Describe());

        PackageFile package = PackageFile.Open(Path.Combine(folder, "feed", $"Almanac.{feed.Version}.nupkg"));
        Assert.Equal(address, package.MetadataValue("projectUrl"));
        System.Xml.Linq.XElement repository = package.Metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal(address, (string?)repository.Attribute("url"));
        string commit = (string?)repository.Attribute("commit") ?? "";
        Assert.Matches("^[0-9a-f]{40}$", commit);

        // Source Link: the PDB maps the sources to the raw files of this commit at that address.
        using ZipArchive symbols = ZipFile.OpenRead(Path.Combine(folder, "feed", $"Almanac.{feed.Version}.snupkg"));
        using var pdb = new MemoryStream();
        using (Stream stream = symbols.GetEntry("lib/net8.0/Almanac.pdb")!.Open())
        {
            stream.CopyTo(pdb);
        }
        string text = System.Text.Encoding.UTF8.GetString(pdb.ToArray());
        Assert.Contains($"https://raw.githubusercontent.com/example/almanac/{commit}/*", text, StringComparison.Ordinal);
    }
}
