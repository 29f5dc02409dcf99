using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Almanac.Testing;

/// <summary>
/// Snapshot assertions with Verify's conventions: the approved text lives in
/// <c>Snapshots/{TestClass}.{TestMethod}[_{name}].verified.{ext}</c> in the test project's folder (the nearest folder
/// above the test's source file that holds a <c>.csproj</c>) and is committed; on a mismatch (or when no approved file
/// exists) the actual text is written to the matching <c>.received.</c> file
/// (git-ignored) and the test fails with a line diff. Set <c>ALMANAC_ACCEPT=1</c> (or <c>true</c>) to accept: the
/// received text then replaces the verified file and the test passes.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved snapshot of the calling test.</summary>
    /// <param name="actual">The text to approve; line ends are normalised to '\n'.</param>
    /// <param name="extension">The snapshot file extension, e.g. <c>txt</c> or <c>cs</c>.</param>
    /// <param name="name">A suffix for tests that take several snapshots.</param>
    public static void Verify(string actual, string extension = "txt", string? name = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        sourceFile = SourcePath(sourceFile);
        string directory = Path.Combine(ProjectFolder(sourceFile), "Snapshots");
        Directory.CreateDirectory(directory);
        string type = Path.GetFileNameWithoutExtension(sourceFile);
        string stem = Path.Combine(directory, $"{type}.{method}{(name is null ? "" : "_" + name)}");
        string verifiedPath = $"{stem}.verified.{extension}";
        string receivedPath = $"{stem}.received.{extension}";
        string text = actual.Replace("\r\n", "\n");

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == text)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }

        if (IsAccepting)
        {
            File.WriteAllText(verifiedPath, text, new UTF8Encoding(false));
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }

        File.WriteAllText(receivedPath, text, new UTF8Encoding(false));
        string message = verified is null
            ? $"No approved snapshot {Path.GetFileName(verifiedPath)}. The output was written to {Path.GetFileName(receivedPath)}; review it and accept with ALMANAC_ACCEPT=1 dotnet test (or rename the file)."
            : $"The output differs from {Path.GetFileName(verifiedPath)} (written to {Path.GetFileName(receivedPath)}). Accept with ALMANAC_ACCEPT=1 dotnet test if the change is intended.\n{Diff(verified, text)}";
        throw new XunitException(message);
    }

    /// <summary>
    /// The real path of a caller's source file. Deterministic CI builds (ContinuousIntegrationBuild) map the repository
    /// root to <c>/_/</c> in compiled paths; the repository is then found above the test's output folder.
    /// </summary>
    private static string SourcePath(string compiled)
    {
        if (File.Exists(compiled))
        {
            return compiled;
        }
        string normalized = compiled.Replace('\\', '/');
        if (!normalized.StartsWith("/_/", StringComparison.Ordinal))
        {
            return compiled;
        }
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            string candidate = Path.Combine(directory, normalized.Substring(3));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"The test source {compiled} was compiled with a mapped path and was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>The folder of the test project that compiles <paramref name="sourceFile"/>: the nearest one above it holding a project file.</summary>
    private static string ProjectFolder(string sourceFile)
    {
        for (string? directory = Path.GetDirectoryName(sourceFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }
        }
        throw new InvalidOperationException($"No project file was found above the test source {sourceFile}.");
    }

    public static bool IsAccepting =>
        Environment.GetEnvironmentVariable("ALMANAC_ACCEPT") is "1" or "true" or "True" && Environment.GetEnvironmentVariable("CI") is not "true";

    private static string Diff(string verified, string received)
    {
        DiffPaneModel diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        int shown = 0;
        int lineNumber = 0;
        foreach (DiffPiece line in diff.Lines)
        {
            if (line.Type != ChangeType.Deleted)
            {
                lineNumber++;
            }
            if (line.Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(lineNumber).Append(": ").AppendLine(line.Text);
                if (++shown == 200)
                {
                    builder.AppendLine("… (diff cut after 200 lines)");
                    break;
                }
            }
        }
        return builder.ToString();
    }
}
