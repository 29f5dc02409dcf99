namespace Almanac.Packaging.Tests;

/// <summary>
/// Package validation of the runtime against the package of its last release (generator/Packaging/baselines): a copy of
/// generator/Almanac outside the repository, with one public type more, is made the baseline with the baseline command
/// (AlmanacUpdateApiBaseline); the copy as it is then packs against that baseline, and without the type it does not.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ApiCompatibilityTests(PackagedFeed feed)
{
    private const string Probe =
        """
        namespace Almanac;

        /// <summary>A public type of the baseline that a later version removes.</summary>
        public static class ReleasedProbe
        {
            /// <summary>A public member of the baseline.</summary>
            public static int Value() => 1;
        }

        """;

    [Fact]
    public async Task A_public_member_removed_since_the_baseline_fails_the_pack()
    {
        string root = Path.Combine(feed.WorkDirectory, "api-compatibility");
        string copy = Path.Combine(root, "repository");
        string baseline = Path.Combine(root, "baselines", "Almanac.nupkg");
        CopyRuntime(TempDirectory.RepositoryRoot(), copy);
        string project = Path.Combine("generator", "Almanac", "Almanac.csproj");
        string probe = Path.Combine(copy, "generator", "Almanac", "ReleasedProbe.cs");

        // The release: the copy with the probe, made the baseline by the baseline command.
        File.WriteAllText(probe, Probe);
        ProcessResult release = await PackAsync(copy, project, root, "release", "-p:AlmanacUpdateApiBaseline=true", $"-p:AlmanacApiBaseline={baseline}");
        Assert.True(release.Succeeded, release.Describe());
        Assert.True(File.Exists(baseline), $"The baseline command did not write {baseline}.\n{release.Describe()}");

        // The same API packs against it.
        ProcessResult same = await PackAsync(copy, project, root, "same", $"-p:AlmanacApiBaseline={baseline}");
        Assert.True(same.Succeeded, $"The unchanged API fails package validation.\n{same.Describe()}");

        // Without the probe, the pack fails with the compatibility error that names it.
        File.Delete(probe);
        ProcessResult broken = await PackAsync(copy, project, root, "broken", $"-p:AlmanacApiBaseline={baseline}");
        Assert.True(!broken.TimedOut && broken.ExitCode != 0, $"A removed public type passed package validation.\n{broken.Describe()}");
        Assert.Matches(@"error CP000\d: [^\r\n]*Almanac\.ReleasedProbe[^\r\n]*exists on \[Baseline\]", broken.Output);
    }

    /// <summary>Copies what packing generator/Almanac reads: the repository's MSBuild files, the packaging folder, the project
    /// and the analyzers it packs (with the one generator file they share).</summary>
    private static void CopyRuntime(string repository, string copy)
    {
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            Directory.CreateDirectory(copy);
            File.Copy(Path.Combine(repository, file), Path.Combine(copy, file));
        }
        string[] folders =
        {
            Path.Combine("generator", "Packaging"), Path.Combine("generator", "Almanac"),
            Path.Combine("generator", "Almanac.Analyzers"), Path.Combine("generator", "Almanac.Analyzers.CodeFixes"),
            Path.Combine("generator", "Almanac.Generator", "Lookup"),
        };
        foreach (string folder in folders)
        {
            string source = Path.Combine(repository, folder);
            foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(source, file);
                string first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is "bin" or "obj" or "baselines")
                {
                    continue;
                }
                string target = Path.Combine(copy, folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>Packs the copy's <paramref name="project"/> into its own output folder; the copy is no git clone, so no CI build paths and no SBOM.</summary>
    private Task<ProcessResult> PackAsync(string copy, string project, string root, string name, params string[] properties) =>
        DotNet.RunAsync(
            new[]
            {
                "pack", Path.Combine(copy, project), "-c", "Release", "-o", Path.Combine(root, name),
                $"-p:VersionSuffix={feed.VersionSuffix}",
                "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(root, "artifacts")}",
                "-p:ContinuousIntegrationBuild=false", "-p:AlmanacSbom=false",
                "-nologo", "-tl:off", "--disable-build-servers",
            }.Concat(properties),
            copy, TimeSpan.FromMinutes(5));
}
