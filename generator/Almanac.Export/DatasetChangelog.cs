using System.Text;
using System.Text.Json;

namespace Almanac.Export;

/// <summary>
/// The changelog of a dataset: its current version against the newest kept release before it, then every kept release
/// against the one before, newest first. Releases are kept as JSON exports in a folder per version
/// (<c>&lt;releases&gt;/&lt;version&gt;/dataset.json</c>, as <c>dataset/releases</c> of this repository keeps them), each with
/// the curators' notes on it (<see cref="NotesFile"/>) where they are kept.
/// </summary>
public static class DatasetChangelog
{
    /// <summary>The name of the JSON export in each release folder.</summary>
    public const string ReleaseFile = "dataset.json";

    /// <summary>
    /// The name of the curators' notes in a release folder (<c>&lt;releases&gt;/&lt;version&gt;/notes.md</c>): why the release
    /// changes what it changes, in Markdown. The changelog prints them under the heading of that version, before the
    /// changes themselves; the folder of the version being prepared may hold only its notes.
    /// </summary>
    public const string NotesFile = "notes.md";

    /// <summary>Renders the changelog of <paramref name="dataset"/> as Markdown.</summary>
    /// <param name="dataset">The dataset as built now.</param>
    /// <param name="releases">The folder of kept releases; releases of the current version or later are not compared with it.</param>
    /// <exception cref="DirectoryNotFoundException"><paramref name="releases"/> does not exist.</exception>
    /// <exception cref="ArgumentException">A release file is not an Almanac JSON export.</exception>
    public static string Render(Dataset dataset, string releases)
    {
        List<string> kept = KeptReleases(dataset, releases);
        var b = new StringBuilder();
        b.Append("# Changelog of ").Append(dataset.Info.Id).Append("\n\n");
        b.Append("Generated from the data: each release compared with the one before it, entity by entity and field by field, below the curators' notes on the release, where they are kept.\n");
        var documents = new List<JsonDocument> { DatasetDiff.ToJson(dataset) };
        try
        {
            foreach (var release in kept)
            {
                documents.Add(JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, ReleaseFile))));
            }
            for (int i = 0; i + 1 < documents.Count; i++)
            {
                DatasetDiff diff = DatasetDiff.Compare(documents[i + 1].RootElement, documents[i].RootElement);
                b.Append('\n').Append(WithNotes(diff.ToMarkdown(headingLevel: 2), Notes(releases, diff.NewVersion)));
            }
            string first = kept.Count > 0 ? Path.GetFileName(kept[^1]) : dataset.Info.Version;
            b.Append("\n## ").Append(first).Append("\n\nThe first release.\n");
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
        return b.ToString();
    }

    /// <summary>
    /// The changes of <paramref name="dataset"/> since the newest kept release before its version (what the first section of
    /// the changelog shows, and what the exports' <c>changes</c> table holds), or <see langword="null"/> when no earlier
    /// release is kept.
    /// </summary>
    /// <param name="dataset">The dataset as built now.</param>
    /// <param name="releases">The folder of kept releases.</param>
    /// <exception cref="DirectoryNotFoundException"><paramref name="releases"/> does not exist.</exception>
    /// <exception cref="ArgumentException">The release file is not an Almanac JSON export.</exception>
    public static DatasetDiff? SincePreviousRelease(Dataset dataset, string releases)
    {
        List<string> kept = KeptReleases(dataset, releases);
        if (kept.Count == 0)
        {
            return null;
        }
        using JsonDocument older = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(kept[0], ReleaseFile)));
        using JsonDocument newer = DatasetDiff.ToJson(dataset);
        return DatasetDiff.Compare(older.RootElement, newer.RootElement);
    }

    /// <summary>The curators' notes of <paramref name="version"/> in <paramref name="releases"/>, trimmed, or <see langword="null"/> when it has none.</summary>
    private static string? Notes(string releases, string? version)
    {
        if (version is null)
        {
            return null;
        }
        string path = Path.Combine(releases, version, NotesFile);
        if (!File.Exists(path))
        {
            return null;
        }
        string notes = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return notes.Length == 0 ? null : notes;
    }

    /// <summary><paramref name="section"/> with <paramref name="notes"/> after its heading line.</summary>
    private static string WithNotes(string section, string? notes)
    {
        if (notes is null)
        {
            return section;
        }
        int heading = section.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        return string.Concat(section.AsSpan(0, heading), notes, "\n\n", section.AsSpan(heading));
    }

    /// <summary>The folders of the kept releases older than <paramref name="dataset"/>'s version, newest first.</summary>
    private static List<string> KeptReleases(Dataset dataset, string releases)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(releases);
        if (!Directory.Exists(releases))
        {
            throw new DirectoryNotFoundException($"The folder of kept releases '{Path.GetFullPath(releases)}' does not exist.");
        }
        Version current = ParseVersion(dataset.Info.Version) ?? new Version(0, 0);
        return Directory.GetDirectories(releases)
            .Select(folder => (Folder: folder, Version: ParseVersion(Path.GetFileName(folder))))
            .Where(r => r.Version is not null && r.Version < current && File.Exists(Path.Combine(r.Folder, ReleaseFile)))
            .OrderByDescending(r => r.Version)
            .Select(r => r.Folder)
            .ToList();
    }

    private static Version? ParseVersion(string text)
    {
        int end = text.IndexOfAny(new[] { '-', '+' });
        return Version.TryParse(end < 0 ? text : text[..end], out Version? version) ? version : null;
    }
}
