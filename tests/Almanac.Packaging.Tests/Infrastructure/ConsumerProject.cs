namespace Almanac.Packaging.Tests.Infrastructure;

/// <summary>A fresh project outside the repository that restores from the packed feed only (plus the machine's sources).</summary>
public sealed class ConsumerProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly PackagedFeed _feed;

    private ConsumerProject(PackagedFeed feed, string name, string directory)
    {
        _feed = feed;
        Name = name;
        Directory = directory;
    }

    /// <summary>The consumers' target framework: the one of the runtime running the tests (the only one installed for sure).</summary>
    public static string TargetFramework { get; } = $"net{Environment.Version.Major}.{Environment.Version.Minor}";

    /// <summary>The project name (and assembly name).</summary>
    public string Name { get; }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// Creates the project folder <paramref name="name"/> with a nuget.config for the feed, <c>{name}.csproj</c> and
    /// <paramref name="files"/> (paths relative to the project folder, '/'-separated). <c>{Version}</c> (the toolchain's),
    /// <c>{DatasetVersion}</c> and
    /// <c>{TargetFramework}</c> in the project text are replaced.
    /// </summary>
    public static ConsumerProject Create(PackagedFeed feed, string name, string projectXml, IReadOnlyDictionary<string, string> files)
    {
        string directory = Path.Combine(feed.ConsumersDirectory, name);
        if (System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The consumer project {name} exists already; each test needs its own name.");
        }
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), feed.NuGetConfig);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"),
            projectXml.Replace("{Version}", feed.Version).Replace("{DatasetVersion}", feed.DatasetVersion).Replace("{TargetFramework}", TargetFramework));
        foreach (KeyValuePair<string, string> file in files)
        {
            string path = Path.Combine(directory, file.Key.Replace('/', Path.DirectorySeparatorChar));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value);
        }
        return new ConsumerProject(feed, name, directory);
    }

    /// <summary><c>dotnet restore</c> of the project.</summary>
    public Task<ProcessResult> RestoreAsync() =>
        DotNet.RunAsync(new[] { "restore", Name + ".csproj", "-nologo", "-tl:off", "--disable-build-servers" },
            Directory, BuildTimeout, _feed.ConsumerEnvironment);

    /// <summary><c>dotnet build</c> (with its implicit restore) of the project.</summary>
    public Task<ProcessResult> BuildAsync() =>
        DotNet.RunAsync(new[] { "build", Name + ".csproj", "-nologo", "-tl:off", "--disable-build-servers" },
            Directory, BuildTimeout, _feed.ConsumerEnvironment);

    /// <summary><c>dotnet pack</c> of the project (Release) into <c>bin/packages</c> (<see cref="PackagePath"/>).</summary>
    public Task<ProcessResult> PackAsync() =>
        DotNet.RunAsync(new[] { "pack", Name + ".csproj", "-c", "Release", "-o", PathOf("bin/packages"), "-nologo", "-tl:off", "--disable-build-servers" },
            Directory, BuildTimeout, _feed.ConsumerEnvironment);

    /// <summary>The path of the package <paramref name="version"/> of this project written by <see cref="PackAsync"/>.</summary>
    public string PackagePath(string version) => PathOf($"bin/packages/{Name}.{version}.nupkg");

    /// <summary><c>dotnet pack</c> of the project into <paramref name="outputDirectory"/>, at <paramref name="version"/>.</summary>
    public Task<ProcessResult> PackAsync(string outputDirectory, string version) =>
        DotNet.RunAsync(new[] { "pack", Name + ".csproj", "-nologo", "-tl:off", "--disable-build-servers", "-o", outputDirectory, $"-p:Version={version}" },
            Directory, BuildTimeout, _feed.ConsumerEnvironment);

    /// <summary>Runs the built program.</summary>
    public Task<ProcessResult> RunAsync() =>
        DotNet.RunAsync(new[] { OutputPath(Name + ".dll") }, Directory, RunTimeout, _feed.ConsumerEnvironment);

    /// <summary>The path of <paramref name="fileName"/> in the project's Debug output folder.</summary>
    public string OutputPath(string fileName) => Path.Combine(Directory, "bin", "Debug", TargetFramework, fileName);

    /// <summary>The path of a file in the project folder, given '/'-separated.</summary>
    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
