using System.Security;

namespace Almanac.Packaging.Tests.Infrastructure;

/// <summary>
/// Packs the packages (<see cref="PackedIds"/>) once per test run into a fresh folder feed, under versions no earlier run
/// used: each package's own version with the suffix <c>e2e.{unix seconds}.{process id}</c> (<c>VersionSuffix</c>), the
/// toolchain's for the toolchain's packages, the data's (from its dataset.yaml) for the dataset package. Consumers restore
/// into a private NUGET_PACKAGES folder: re-packing under a version already in a global package cache would leave them on
/// the stale copy.
/// </summary>
/// <remarks>
/// The packs build into the run's own folder (<c>UseArtifactsOutput</c> with <c>ArtifactsPath</c>), not into the
/// projects' bin/ and obj/, so a test run neither races nor disturbs a build of the repository. Set
/// <c>ALMANAC_E2E_KEEP=1</c> to keep the run's folder (feed, consumer projects, build outputs) for inspection.
/// </remarks>
public sealed class PackagedFeed : IAsyncLifetime
{
    /// <summary>The packed projects, in dependency order; each project file is named after its package id.</summary>
    public static readonly IReadOnlyList<string> PackedProjects = new[]
    {
        "generator/Almanac/Almanac.csproj",
        "generator/Almanac.Export/Almanac.Export.csproj",
        "generator/Almanac.Generator/Almanac.Generator.csproj",
        "dataset/Almanac.Libya.csproj",
        "generator/Almanac.Cli/Almanac.Cli.csproj",
    };

    /// <summary>The ids of the packed packages, in dependency order.</summary>
    public static IReadOnlyList<string> PackedIds { get; } = PackedProjects.Select(Path.GetFileNameWithoutExtension).ToArray()!;

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The folder holding Dataset.sln.</summary>
    public string RepositoryRoot { get; private set; } = "";

    /// <summary>The suffix of every packed version (<c>VersionSuffix</c>).</summary>
    public string VersionSuffix { get; private set; } = "";

    /// <summary>The version the toolchain's packages were packed with.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The version of the dataset package Almanac.Libya: its data's, with <see cref="VersionSuffix"/>.</summary>
    public string DatasetVersion { get; private set; } = "";

    /// <summary>The id of the dataset package, which carries <see cref="DatasetVersion"/>.</summary>
    public const string DatasetId = "Almanac.Libya";

    /// <summary>The run's own temporary folder.</summary>
    public string WorkDirectory { get; private set; } = "";

    /// <summary>The folder feed holding the .nupkg files.</summary>
    public string FeedDirectory { get; private set; } = "";

    /// <summary>The private NUGET_PACKAGES folder of the consumer restores.</summary>
    public string PackagesDirectory { get; private set; } = "";

    /// <summary>The folder the consumer projects are created in.</summary>
    public string ConsumersDirectory { get; private set; } = "";

    /// <summary>The output of the packs.</summary>
    public string PackLog { get; private set; } = "";

    /// <summary>The path of the package <paramref name="id"/> in the feed.</summary>
    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{VersionOf(id)}.nupkg");

    /// <summary>The version the package <paramref name="id"/> was packed with.</summary>
    public string VersionOf(string id) => id == DatasetId ? DatasetVersion : Version;

    /// <summary>The environment of a consumer's dotnet command: the private package folder.</summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    /// <summary>A nuget.config that adds the feed and keeps the machine's sources (no &lt;clear/&gt;), so that the SDK's own packages still restore.</summary>
    public string NuGetConfig =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="almanac-e2e" value="{SecurityElement.Escape(FeedDirectory)}" />
          </packageSources>
        </configuration>

        """;

    public async Task InitializeAsync()
    {
        RepositoryRoot = TempDirectory.RepositoryRoot();
        VersionSuffix = $"e2e.{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Environment.ProcessId}";
        Version = $"{RepositoryVersions.Toolchain()}-{VersionSuffix}";
        DatasetVersion = $"{RepositoryVersions.Dataset()}-{VersionSuffix}";
        string runsRoot = Path.Combine(Path.GetTempPath(), "almanac-e2e");
        DeleteOldRuns(runsRoot);
        WorkDirectory = Path.Combine(runsRoot, Version);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        PackagesDirectory = Path.Combine(WorkDirectory, "packages");
        ConsumersDirectory = Path.Combine(WorkDirectory, "consumers");
        string artifacts = Path.Combine(WorkDirectory, "artifacts");
        foreach (string directory in new[] { FeedDirectory, PackagesDirectory, ConsumersDirectory, artifacts })
        {
            Directory.CreateDirectory(directory);
        }

        // The consumers must not pick up any Directory.Build.* or Directory.Packages.props above the temp folder
        // (were it inside a repository, its central package management would reject their PackageReference versions).
        foreach (string stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(WorkDirectory, stopper), "<Project>\n</Project>\n");
        }

        PackLog = await PackAllAsync(FeedDirectory, artifacts);

        foreach (string id in PackedIds)
        {
            if (!File.Exists(PackagePath(id)))
            {
                throw new InvalidOperationException($"dotnet pack reported success but {PackagePath(id)} does not exist.\n{PackLog}");
            }
        }
    }

    /// <summary>Packs the projects into <paramref name="feed"/>, building in <paramref name="artifacts"/>; returns the log.</summary>
    private async Task<string> PackAllAsync(string feed, string artifacts)
    {
        var log = new StringBuilder();
        foreach (string project in PackedProjects)
        {
            ProcessResult result = await PackAsync(project, feed, artifacts);
            log.AppendLine(result.Describe());
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Packing {project} failed.\n{result.Describe()}");
            }
        }
        return log.ToString();
    }

    /// <summary>
    /// Packs <paramref name="project"/> (a path from the repository root) with this run's suffix into <paramref name="feed"/>,
    /// building in <paramref name="artifacts"/>, with the extra MSBuild <paramref name="properties"/> (<c>-p:Name=value</c>).
    /// </summary>
    public Task<ProcessResult> PackAsync(string project, string feed, string artifacts, params string[] properties) =>
        DotNet.RunAsync(
            new[]
            {
                "pack", Path.Combine(RepositoryRoot, project),
                "-c", "Release",
                "-o", feed,
                $"-p:VersionSuffix={VersionSuffix}",
                "-p:UseArtifactsOutput=true",
                $"-p:ArtifactsPath={artifacts}",
                "-nologo", "-tl:off", "--disable-build-servers",
            }.Concat(properties),
            RepositoryRoot, PackTimeout);

    /// <summary>
    /// Packs everything a second time from clean: the first pack's build outputs are deleted and the packs run again
    /// with the same version and the same build folder, into a second feed. Returns that feed's folder.
    /// </summary>
    public async Task<string> RepackCleanAsync()
    {
        string artifacts = Path.Combine(WorkDirectory, "artifacts");
        string feed = Path.Combine(WorkDirectory, "feed-again");
        Directory.Delete(artifacts, recursive: true);
        Directory.CreateDirectory(artifacts);
        Directory.CreateDirectory(feed);
        await PackAllAsync(feed, artifacts);
        return feed;
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("ALMANAC_E2E_KEEP") is not ("1" or "true") && WorkDirectory.Length > 0)
        {
            TryDelete(WorkDirectory);
        }
        return Task.CompletedTask;
    }

    /// <summary>Removes what crashed or kept runs left behind more than a day ago.</summary>
    private static void DeleteOldRuns(string runsRoot)
    {
        if (!Directory.Exists(runsRoot))
        {
            return;
        }
        foreach (string run in Directory.GetDirectories(runsRoot))
        {
            if (Directory.GetLastWriteTimeUtc(run) < DateTime.UtcNow.AddDays(-1))
            {
                TryDelete(run);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a file still open (on Windows) only leaves a temp folder behind.
        }
    }
}

/// <summary>The tests that share one packed feed; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "Packed Almanac packages";
}
