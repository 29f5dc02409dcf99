namespace Almanac.Export;

/// <summary>
/// The provenance every export carries: which dataset, which release of it, the content hash of its compiled data and
/// what wrote the files. This is the one list of those facts; each format writes it in its own way (Parquet key-value
/// metadata under <see cref="ParquetPrefix"/>, the <c>almanac</c> member of GeoJSON FeatureCollections, of the JSON
/// export and of <c>datapackage.json</c>), so every export names the same release with the same keys.
/// </summary>
/// <remarks>The keys, in order: <c>dataset</c>, <c>title</c>, <c>version</c>, <c>content-hash</c> (when the dataset has
/// one), <c>license</c>, <c>citation</c>, <c>generator</c>. They are documented in <c>docs/exports.md</c>.</remarks>
public static class ExportMetadata
{
    /// <summary>The prefix of the keys in Parquet key-value file metadata (<c>almanac:version</c>).</summary>
    public const string ParquetPrefix = "almanac:";

    /// <summary>The name of the member that holds the metadata in JSON exports (GeoJSON, <c>dataset.json</c>, <c>datapackage.json</c>).</summary>
    public const string JsonMember = "almanac";

    /// <summary>The key of the dataset id.</summary>
    public const string Dataset = "dataset";

    /// <summary>The key of the dataset's title.</summary>
    public const string Title = "title";

    /// <summary>The key of the dataset's version (its release).</summary>
    public const string Version = "version";

    /// <summary>The key of the content hash of the compiled data (<see cref="DatasetInfo.ContentHash"/>).</summary>
    public const string ContentHash = "content-hash";

    /// <summary>The key of the licence.</summary>
    public const string License = "license";

    /// <summary>The key of how to cite the dataset.</summary>
    public const string Citation = "citation";

    /// <summary>The key of what wrote the export (<see cref="GeneratorName"/>).</summary>
    public const string Generator = "generator";

    /// <summary>
    /// What writes the exports: <c>Almanac.Export</c> and its version (<c>Almanac.Export 0.1.0</c>), from the assembly
    /// version, so the same build of the exports always writes the same text.
    /// </summary>
    public static string GeneratorName { get; } = "Almanac.Export " + (typeof(ExportMetadata).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>The metadata of <paramref name="info"/>, key by key in the documented order; a key without a value is left out.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="info"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(DatasetInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var entries = new List<KeyValuePair<string, string>>(7)
        {
            new(Dataset, info.Id),
            new(Title, info.Title),
            new(Version, info.Version),
        };
        if (info.ContentHash is string hash)
        {
            entries.Add(new(ContentHash, hash));
        }
        entries.Add(new(License, info.License));
        entries.Add(new(Citation, info.Citation));
        entries.Add(new(Generator, GeneratorName));
        return entries;
    }

    /// <summary>Writes the metadata of <paramref name="info"/> as the members of the JSON object being written.</summary>
    internal static void WriteMembers(System.Text.Json.Utf8JsonWriter w, DatasetInfo info)
    {
        foreach (var (key, value) in Of(info))
        {
            w.WriteString(key, value);
        }
    }
}
