using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Almanac.Packaging.Tests.Infrastructure;

/// <summary>The two versions the repository sets: the toolchain's and the Libya dataset's.</summary>
public static class RepositoryVersions
{
    /// <summary>The toolchain's version: <c>VersionPrefix</c> in Directory.Build.props.</summary>
    public static string Toolchain() =>
        XDocument.Load(Path.Combine(TempDirectory.RepositoryRoot(), "Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();

    /// <summary>The Libya dataset's version: <c>version:</c> of the dataset section in dataset/data/dataset.yaml.</summary>
    public static string Dataset()
    {
        string file = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "data", "dataset.yaml");
        Match version = Regex.Match(File.ReadAllText(file), @"^dataset:\s*\n(?:[ \t]+.*\n)*?[ \t]+version:[ \t]*[""']?(?<v>[^""'\s#]+)", RegexOptions.Multiline);
        return version.Success ? version.Groups["v"].Value : throw new InvalidOperationException($"{file} has no dataset version.");
    }
}
