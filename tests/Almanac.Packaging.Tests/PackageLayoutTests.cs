namespace Almanac.Packaging.Tests;

/// <summary>What each .nupkg holds and declares: the layout NuGet and the compiler rely on.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageLayoutTests(PackagedFeed feed)
{
    [Fact]
    public void Generator_package_holds_the_analyzer_beside_YamlDotNet_and_the_MSBuild_glue_and_nothing_to_reference()
    {
        PackageFile package = PackageFile.Open(feed.PackagePath("Almanac.Generator"));

        // The compiler loads analyzers/dotnet/cs/*.dll; the generator's own dependency must sit beside it or it crashes (CS8785).
        foreach (string file in new[]
                 {
                     "analyzers/dotnet/cs/Almanac.Generator.dll",
                     "analyzers/dotnet/cs/YamlDotNet.dll",
                     "buildTransitive/Almanac.Generator.props",
                     "buildTransitive/Almanac.Generator.targets",
                 })
        {
            Assert.True(package.Contains(file), $"{file} is missing.\n{package.Listing}");
        }

        // A generator is not a library: nothing for the consumer to compile against or to copy to its output.
        Assert.True(!package.Files.Any(f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("ref/", StringComparison.Ordinal)),
            $"The generator package must have no lib/ or ref/ folder.\n{package.Listing}");
        Assert.True(package.MetadataValue("developmentDependency") == "true",
            $"The generator package must be a development dependency.\n{package.Listing}");
        Assert.True(package.Dependencies.Count == 0,
            $"The generator package must declare no dependencies (YamlDotNet travels inside it; consumers must not reference it).\n{package.Listing}");

        // The analyzer must load in every compiler host (netstandard2.0), and the YamlDotNet beside it must be the one it was built against.
        IReadOnlyDictionary<string, Version> references = package.AssemblyReferences("analyzers/dotnet/cs/Almanac.Generator.dll");
        Assert.True(references.ContainsKey("netstandard"),
            $"Almanac.Generator.dll must target netstandard2.0; it references: {string.Join(", ", references.Keys)}");
        Assert.True(references.TryGetValue("YamlDotNet", out Version? yamlReference),
            $"Almanac.Generator.dll does not reference YamlDotNet; it references: {string.Join(", ", references.Keys)}");
        AssertBuiltForThisPackage(package, "analyzers/dotnet/cs/Almanac.Generator.dll");
        (string _, Version packedYaml) = package.AssemblyIdentity("analyzers/dotnet/cs/YamlDotNet.dll");
        Assert.True(packedYaml >= yamlReference,
            $"The packed YamlDotNet.dll is version {packedYaml}, but the generator was built against {yamlReference}.");
    }

    [Fact]
    public void Runtime_package_holds_the_library_its_xml_docs_and_the_analyzers_of_string_lookups()
    {
        PackageFile package = OpenLibraryPackage("Almanac", analyzers: new[] { "Almanac.Analyzers.dll", "Almanac.Analyzers.CodeFixes.dll" });
        Assert.True(package.Dependencies.Count == 0,
            $"The runtime package must declare no dependencies: a dataset's consumers get Almanac alone.\n{package.Listing}");
        foreach (string analyzer in new[] { "Almanac.Analyzers.dll", "Almanac.Analyzers.CodeFixes.dll" })
        {
            // Loaded by every compiler host: netstandard2.0, and built for this version.
            string file = "analyzers/dotnet/cs/" + analyzer;
            IReadOnlyDictionary<string, Version> references = package.AssemblyReferences(file);
            Assert.True(references.ContainsKey("netstandard"), $"{analyzer} must target netstandard2.0; it references: {string.Join(", ", references.Keys)}");
            AssertBuiltForThisPackage(package, file);
        }
    }

    [Fact]
    public void Runtime_package_carries_ReadyToRun_code_for_net10_on_each_listed_runtime()
    {
        PackageFile package = PackageFile.Open(feed.PackagePath("Almanac"));
        const string il = "lib/net10.0/Almanac.dll";
        Assert.True(package.Contains(il) && package.Contains("lib/net10.0/Almanac.xml"), package.Listing);
        AssertBuiltForThisPackage(package, il);
        Assert.False(package.IsReadyToRun(il), $"{il} must be the IL that every other runtime compiles.\n{package.Listing}");

        // Exactly the runtimes that generator/Almanac/Almanac.csproj lists, each the same compilation (so the symbol package's
        // PDB serves it too), precompiled.
        IReadOnlyList<string> runtimes = ReadyToRunRuntimes();
        Assert.NotEmpty(runtimes);
        string[] images = package.Files.Where(f => f.StartsWith("runtimes/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(runtimes.Select(r => $"runtimes/{r}/lib/net10.0/Almanac.dll").Order(StringComparer.Ordinal), images);
        foreach (string image in images)
        {
            Assert.True(package.IsReadyToRun(image), $"{image} holds no ReadyToRun code.\n{package.Listing}");
            Assert.True(package.ModuleVersionId(il) == package.ModuleVersionId(image), $"{image} is not compiled from {il}.");
            AssertBuiltForThisPackage(package, image);
        }
    }

    /// <summary>The runtimes whose ReadyToRun code the Almanac package carries (AlmanacReadyToRunRuntimes in its project).</summary>
    internal static IReadOnlyList<string> ReadyToRunRuntimes()
    {
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(TempDirectory.RepositoryRoot(), "generator", "Almanac", "Almanac.csproj"));
        string list = project.Descendants().Single(e => e.Name.LocalName == "AlmanacReadyToRunRuntimes").Value;
        return list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void Export_package_holds_the_exports_and_depends_on_the_runtime_and_the_file_format_libraries()
    {
        PackageFile package = OpenLibraryPackage("Almanac.Export");

        AssertDependsOnTheRuntimeOfThisVersion(package, "Almanac.Export");
        foreach (string library in new[] { "CsvHelper", "Parquet.Net" })
        {
            Assert.True(package.Dependencies.Any(d => d.Id == library), $"Almanac.Export must depend on {library}.\n{package.Listing}");
        }
        Assert.True(package.Dependencies.All(d => d.Id is not ("Almanac.Generator" or "Almanac.Libya")),
            $"Almanac.Export must depend on no generator and no dataset.\n{package.Listing}");
    }

    [Fact]
    public void Dataset_package_holds_the_compiled_dataset_and_depends_on_the_runtime_only()
    {
        PackageFile package = OpenLibraryPackage("Almanac.Libya");

        // Its consumers get the runtime, at exactly the version it was compiled against, with the runtime's analyzers...
        AssertDependsOnTheRuntimeOfThisVersion(package, "Almanac.Libya");
        System.Xml.Linq.XElement almanac = package.Metadata.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Almanac");
        Assert.True(!((string?)almanac.Attribute("exclude") ?? "").Contains("Analyzers", StringComparison.OrdinalIgnoreCase),
            $"Almanac.Libya's dependency on Almanac must not exclude its analyzers.\n{package.Listing}");

        // ...and never the generator: the data is compiled already, and a consumer's own data/ folder is none of its business.
        Assert.True(package.Dependencies.All(d => d.Id is not ("Almanac.Generator" or "Almanac.Export")),
            $"Almanac.Libya must depend on neither Almanac.Generator nor Almanac.Export.\n{package.Listing}");

        // The changelog, generated at pack time from the data and the kept releases (dataset/releases).
        using (System.IO.Compression.ZipArchive zip = System.IO.Compression.ZipFile.OpenRead(package.Path))
        {
            System.IO.Compression.ZipArchiveEntry changelog = zip.GetEntry("CHANGELOG.md")
                ?? throw new Xunit.Sdk.XunitException($"The dataset package has no CHANGELOG.md.\n{package.Listing}");
            using var reader = new StreamReader(changelog.Open());
            string text = reader.ReadToEnd();
            Assert.StartsWith("# Changelog of libya\n", text, StringComparison.Ordinal);
            Assert.Contains("\n## 0.1.0\n", text, StringComparison.Ordinal);
            // Each release's section opens with the curators' notes on why it changes what it changes.
            string releases = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases");
            string notes = File.ReadAllText(Path.Combine(releases, "0.2.0", "notes.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            Assert.Contains("\n## Changes in libya 0.2.0 since 0.1.0\n\n" + notes + "\n\n", text, StringComparison.Ordinal);
        }

        IReadOnlyDictionary<string, Version> references = package.AssemblyReferences("lib/net8.0/Almanac.Libya.dll");
        Assert.True(references.ContainsKey("Almanac"), $"Almanac.Libya.dll references: {string.Join(", ", references.Keys)}");
        Assert.True(!references.ContainsKey("Almanac.Generator") && !references.ContainsKey("YamlDotNet"),
            $"Almanac.Libya.dll must not reference the generator or YamlDotNet; it references: {string.Join(", ", references.Keys)}");
    }

    [Fact]
    public void Dataset_package_carries_its_datas_version_and_the_toolchain_packages_the_toolchains()
    {
        // Every package was packed with the same VersionSuffix: the toolchain's take VersionPrefix of Directory.Build.props.
        foreach (string id in PackagedFeed.PackedIds.Where(id => id != PackagedFeed.DatasetId))
        {
            Assert.Equal($"{RepositoryVersions.Toolchain()}-{feed.VersionSuffix}", PackageFile.Open(feed.PackagePath(id)).Version);
        }

        // The dataset package's version is version: of dataset/data/dataset.yaml (with the suffix), and so is its assembly's.
        PackageFile dataset = PackageFile.Open(feed.PackagePath(PackagedFeed.DatasetId));
        string dataVersion = RepositoryVersions.Dataset();
        Assert.Equal($"{dataVersion}-{feed.VersionSuffix}", dataset.Version);
        (string _, Version assembly) = dataset.AssemblyIdentity("lib/net8.0/Almanac.Libya.dll");
        Assert.Equal(Version.Parse(dataVersion), new Version(assembly.Major, assembly.Minor, assembly.Build));
    }

    [Fact]
    public void Dataset_package_carries_its_citation_file()
    {
        PackageFile package = PackageFile.Open(feed.PackagePath("Almanac.Libya"));
        Assert.True(package.Contains("CITATION.cff"), $"The dataset's CITATION.cff is missing.\n{package.Listing}");
        string committed = File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "CITATION.cff")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string packed = package.ReadText("CITATION.cff");
        Assert.Equal(committed, packed);
        Assert.Contains("\ntype: dataset\n", packed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_citation_file_names_the_toolchain_version()
    {
        string root = TempDirectory.RepositoryRoot();
        string version = RepositoryVersions.Toolchain();
        string citation = File.ReadAllText(Path.Combine(root, "CITATION.cff")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("\ncff-version: 1.2.0\n", citation, StringComparison.Ordinal);
        Assert.Contains("\ntype: software\n", citation, StringComparison.Ordinal);
        Assert.Contains($"\nversion: \"{version}\"\n", citation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Opens the package <paramref name="id"/> and checks that it is a plain library: <c>lib/net8.0/{id}.dll</c> built for this
    /// version with its XML documentation, no MSBuild glue, and no analyzers but <paramref name="analyzers"/>.
    /// </summary>
    private PackageFile OpenLibraryPackage(string id, IReadOnlyList<string>? analyzers = null)
    {
        PackageFile package = PackageFile.Open(feed.PackagePath(id));
        Assert.True(package.Contains($"lib/net8.0/{id}.dll"), package.Listing);
        Assert.True(package.Contains($"lib/net8.0/{id}.xml"), $"The XML documentation is missing.\n{package.Listing}");
        Assert.True(!package.Files.Any(f => f.StartsWith("build", StringComparison.Ordinal)), $"{id} must carry no MSBuild glue.\n{package.Listing}");
        string[] expected = (analyzers ?? Array.Empty<string>()).Select(a => "analyzers/dotnet/cs/" + a).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(package.Files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)),
            $"{id} must carry {(expected.Length == 0 ? "no analyzer" : "exactly the analyzers " + string.Join(", ", expected))}.\n{package.Listing}");
        AssertBuiltForThisPackage(package, $"lib/net8.0/{id}.dll");
        return package;
    }

    /// <summary>The package <paramref name="id"/> depends on Almanac at exactly this version, for every target framework it declares.</summary>
    private void AssertDependsOnTheRuntimeOfThisVersion(PackageFile package, string id)
    {
        var almanac = package.Dependencies.Where(d => d.Id == "Almanac").ToList();
        Assert.True(almanac.Count > 0, $"{id} must depend on Almanac.\n{package.Listing}");
        Assert.All(almanac, d => Assert.True(d.Version == feed.Version,
            $"{id} depends on Almanac {d.Version} for {d.TargetFramework}, not on {feed.Version}.\n{package.Listing}"));
    }

    /// <summary>The assembly was compiled for this version (not a stale build output that happened to lie at the packed path).</summary>
    private void AssertBuiltForThisPackage(PackageFile package, string file)
    {
        string? version = package.InformationalVersion(file);
        string expected = feed.VersionOf(package.Id);
        Assert.True(version is not null && (version == expected || version.StartsWith(expected + "+", StringComparison.Ordinal)),
            $"{file} has the informational version '{version}', not {expected}: the package holds a stale build.\n{package.Listing}");
    }
}
