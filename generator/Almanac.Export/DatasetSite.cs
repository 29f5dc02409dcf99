using Almanac.Export.Site;

namespace Almanac.Export;

/// <summary>How <see cref="DatasetSite.Write"/> writes a site.</summary>
public sealed record SiteOptions
{
    /// <summary>
    /// The folder holding the sources' documents (the dataset records each document's path, not its text): a source page
    /// shows its document with every cited passage highlighted. Without it, a source page lists the cited passages with
    /// their paragraph numbers.
    /// </summary>
    public string? DocumentsDirectory { get; init; }

    /// <summary>The most events on one page of the timeline or of the event list; longer lists continue on further pages.</summary>
    public int EventsPerPage { get; init; } = 2000;
}

/// <summary>What <see cref="DatasetSite.Write"/> wrote.</summary>
/// <param name="Directory">The site's folder (full path).</param>
/// <param name="IndexPath">The page to open first (full path of <c>index.html</c>).</param>
/// <param name="Files">Every file written, relative to <paramref name="Directory"/> with <c>/</c> separators, in the order written.</param>
/// <param name="DocumentsShown">The number of source pages that show their document's text.</param>
public sealed record SiteResult(string Directory, string IndexPath, IReadOnlyList<string> Files, int DocumentsShown);

/// <summary>
/// Writes a self-contained static site of any dataset: plain HTML, CSS and script files that a browser opens from the
/// file system, with nothing fetched from the network. The site has an overview (metadata, citation, counts, sources),
/// a timeline with filters by kind, actor and place, a map over Natural Earth country outlines, a page for every actor,
/// place, event and source (a source's document with every cited passage highlighted), and a search by any id, name or
/// alias with the matching rules of <c>Find</c>.
/// </summary>
/// <remarks>
/// <para>Reading pages are semantic HTML that work without scripts; scripts only filter the timeline, search, and copy
/// the BibTeX citation. Every value is escaped; the output is deterministic (the same dataset and documents give the same
/// bytes). Pages and the search index are split so that no file grows with the whole dataset beyond one page of events.</para>
/// <para>Layout: <c>index.html</c>, <c>timeline.html</c>, <c>map.html</c>, <c>search.html</c>, the lists
/// <c>actors.html</c>, <c>places.html</c>, <c>events.html</c>, <c>sources.html</c>, one page per entity in
/// <c>actors/</c>, <c>places/</c>, <c>events/</c> and <c>sources/</c> named by id, and <c>assets/</c>.</para>
/// </remarks>
public static class DatasetSite
{
    /// <summary>Writes the site of <paramref name="dataset"/> into <paramref name="directory"/> (created if needed; files of the same names are replaced).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException"><see cref="SiteOptions.DocumentsDirectory"/> does not exist.</exception>
    public static SiteResult Write(Dataset dataset, string directory, SiteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(directory);
        options ??= new SiteOptions();
        if (options.DocumentsDirectory is string documents && !System.IO.Directory.Exists(documents))
        {
            throw new DirectoryNotFoundException($"The documents folder '{Path.GetFullPath(documents)}' does not exist.");
        }
        if (options.EventsPerPage < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "EventsPerPage must be at least 1.");
        }
        string full = Path.GetFullPath(directory);
        var writer = new SiteWriter(dataset, full, options);
        writer.WriteAll();
        return new SiteResult(full, Path.Combine(full, "index.html"), writer.Files, writer.DocumentsShown);
    }
}
