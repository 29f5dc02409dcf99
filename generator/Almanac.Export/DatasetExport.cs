using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Almanac.Export;

/// <summary>The export formats of <see cref="DatasetExport"/>.</summary>
public enum ExportFormat
{
    /// <summary>Events as CSV in ACLED's column layout (<c>acled.csv</c>), see <see cref="AcledCsv"/>.</summary>
    AcledCsv,
    /// <summary>Almanac's own full CSV: every table of <see cref="DatasetTables"/> (<c>csv/{table}.csv</c>), see <see cref="TableCsv"/>.</summary>
    Csv,
    /// <summary>GeoJSON FeatureCollections of events and places (<c>events.geojson</c>, <c>places.geojson</c>), see <see cref="GeoJson"/>.</summary>
    GeoJson,
    /// <summary>Parquet, one file per table (<c>parquet/{table}.parquet</c>), see <see cref="ParquetExport"/>.</summary>
    Parquet,
    /// <summary>The whole dataset as one JSON document (<c>dataset.json</c>), see <see cref="DatasetJson"/>.</summary>
    Json,
}

/// <summary>One file written by <see cref="DatasetExport"/>.</summary>
/// <param name="Format">The format it belongs to.</param>
/// <param name="RelativePath">Its path relative to the output folder, with <c>/</c> separators (<c>parquet/events.parquet</c>).</param>
/// <param name="Rows">The number of rows or features it holds (for <see cref="DataPackage.FileName"/>: the resources it describes).</param>
public sealed record ExportedFile(ExportFormat Format, string RelativePath, int Rows);

/// <summary>
/// Writes a dataset in the formats researchers use into one folder: ACLED-shaped CSV, Almanac's full CSV tables,
/// GeoJSON, Parquet and JSON. File names are fixed (see <see cref="ExportFormat"/>), so scripts can rely on them;
/// text files are UTF-8 without byte-order mark; the output is deterministic.
/// </summary>
public static class DatasetExport
{
    /// <summary>Every format, in the order <see cref="WriteAsync(Dataset, string, IEnumerable{ExportFormat}, IProgress{ExportedFile}?, CancellationToken)"/> writes them.</summary>
    public static IReadOnlyList<ExportFormat> AllFormats { get; } = Enum.GetValues<ExportFormat>();

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The path of the ACLED-shaped CSV, relative to the output folder.</summary>
    public const string AcledPath = "acled.csv";

    /// <summary>The path of the CSV file of the table <paramref name="table"/>, relative to the output folder (<c>csv/events.csv</c>).</summary>
    public static string CsvPath(string table) => "csv/" + table + ".csv";

    /// <summary>The path of the Parquet file of the table <paramref name="table"/>, relative to the output folder (<c>parquet/events.parquet</c>).</summary>
    public static string ParquetPath(string table) => "parquet/" + table + ".parquet";

    /// <summary>The kebab-case name of <paramref name="format"/> as the CLI spells it (<c>acled-csv</c>, <c>csv</c>, <c>geojson</c>, <c>parquet</c>, <c>json</c>).</summary>
    public static string Name(ExportFormat format) => format switch
    {
        ExportFormat.AcledCsv => "acled-csv",
        ExportFormat.Csv => "csv",
        ExportFormat.GeoJson => "geojson",
        ExportFormat.Parquet => "parquet",
        ExportFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined export format."),
    };

    /// <summary>The format named <paramref name="name"/> (as <see cref="Name"/> spells it, case-insensitive), or <see langword="null"/>.</summary>
    public static ExportFormat? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (ExportFormat format in AllFormats)
        {
            if (string.Equals(Name(format), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }
        return null;
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> in <paramref name="formats"/> into <paramref name="directory"/> (created when
    /// missing; files of the same names are replaced). When a format writes tables (<c>acled.csv</c>, CSV, Parquet),
    /// <see cref="DataPackage.FileName"/> is written last, describing them; it is reported with the last such format.
    /// </summary>
    /// <param name="dataset">The dataset; its <see cref="ExportMetadata"/> is written into the JSON, GeoJSON and Parquet metadata and the descriptor.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="formats">The formats to write.</param>
    /// <param name="progress">Told about each file once it is written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="directory"/> or <paramref name="formats"/> is <see langword="null"/>.</exception>
    public static Task<IReadOnlyList<ExportedFile>> WriteAsync(Dataset dataset, string directory, IEnumerable<ExportFormat> formats,
        IProgress<ExportedFile>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(dataset, directory, formats, changes: null, progress, cancellationToken);

    /// <summary>
    /// Writes <paramref name="dataset"/> in <paramref name="formats"/> into <paramref name="directory"/> as
    /// <see cref="WriteAsync(Dataset, string, IEnumerable{ExportFormat}, IProgress{ExportedFile}?, CancellationToken)"/>
    /// does, and, when <paramref name="changes"/> is given, the <c>changes</c> table (CSV, Parquet and the descriptor):
    /// the changes since an earlier release, row by row (<see cref="DatasetTables.Changes"/>).
    /// </summary>
    /// <param name="dataset">The dataset; its <see cref="ExportMetadata"/> is written into the JSON, GeoJSON and Parquet metadata and the descriptor.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="formats">The formats to write.</param>
    /// <param name="changes">The changes of <paramref name="dataset"/> since an earlier release
    /// (<see cref="DatasetChangelog.SincePreviousRelease"/>, <see cref="DatasetDiff.Compare(Dataset, Dataset)"/>), or <see langword="null"/> for no <c>changes</c> table.</param>
    /// <param name="progress">Told about each file once it is written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="directory"/> or <paramref name="formats"/> is <see langword="null"/>.</exception>
    public static Task<IReadOnlyList<ExportedFile>> WriteAsync(Dataset dataset, string directory, IEnumerable<ExportFormat> formats,
        DatasetDiff? changes, IProgress<ExportedFile>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(dataset, directory, formats, new ExportOptions { Changes = changes }, progress, cancellationToken);

    /// <summary>
    /// Writes <paramref name="dataset"/> in <paramref name="formats"/> into <paramref name="directory"/> as
    /// <see cref="WriteAsync(Dataset, string, IEnumerable{ExportFormat}, IProgress{ExportedFile}?, CancellationToken)"/>
    /// does, with what <paramref name="options"/> adds: the <c>changes</c> table (<see cref="ExportOptions.Changes"/>) and
    /// the union of the dataset with the datasets it extends (<see cref="ExportOptions.WithReferenced"/>) in every format
    /// but <c>dataset.json</c>, which is the dataset's own document.
    /// </summary>
    /// <param name="dataset">The dataset; its <see cref="ExportMetadata"/> is written into the JSON, GeoJSON and Parquet metadata and the descriptor.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="formats">The formats to write.</param>
    /// <param name="options">What the export holds besides the dataset's own data.</param>
    /// <param name="progress">Told about each file once it is written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="directory"/>, <paramref name="formats"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static async Task<IReadOnlyList<ExportedFile>> WriteAsync(Dataset dataset, string directory, IEnumerable<ExportFormat> formats,
        ExportOptions options, IProgress<ExportedFile>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(directory);
        var written = new List<ExportedFile>();
        ExportScope scope = ExportScope.Of(dataset, options.WithReferenced);
        IReadOnlyList<ExportTable>? tables = null;
        IReadOnlyList<ExportTable> Tables()
        {
            return tables ??= DatasetTables.Build(scope, options.Changes);
        }

        void Done(ExportedFile file)
        {
            written.Add(file);
            progress?.Report(file);
        }

        var seen = new List<ExportFormat>();
        foreach (ExportFormat format in formats)
        {
            if (seen.Contains(format))
            {
                continue;
            }
            seen.Add(format);
            cancellationToken.ThrowIfCancellationRequested();
            switch (format)
            {
                case ExportFormat.AcledCsv:
                    WriteText(directory, AcledPath, w => AcledCsv.Write(scope, w));
                    Done(new ExportedFile(format, AcledPath, scope.Events.Count));
                    break;
                case ExportFormat.Csv:
                    foreach (ExportTable table in Tables())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        string path = CsvPath(table.Name);
                        WriteText(directory, path, w => TableCsv.Write(table, w));
                        Done(new ExportedFile(format, path, table.Rows.Count));
                    }
                    break;
                case ExportFormat.GeoJson:
                    WriteBinary(directory, "events.geojson", s => GeoJson.WriteEvents(scope, s));
                    Done(new ExportedFile(format, "events.geojson", scope.Events.Count));
                    WriteBinary(directory, "places.geojson", s => GeoJson.WritePlaces(scope, s));
                    Done(new ExportedFile(format, "places.geojson", scope.Places.Count));
                    break;
                case ExportFormat.Parquet:
                    foreach (ExportTable table in Tables())
                    {
                        string path = ParquetPath(table.Name);
                        string full = FullPath(directory, path);
                        await using (FileStream stream = new(full, FileMode.Create, FileAccess.Write, FileShare.None))
                        {
                            await ParquetExport.WriteAsync(table, stream, dataset.Info, cancellationToken).ConfigureAwait(false);
                        }
                        Done(new ExportedFile(format, path, table.Rows.Count));
                    }
                    break;
                case ExportFormat.Json:
                    WriteBinary(directory, "dataset.json", s => DatasetJson.Write(dataset, s));
                    Done(new ExportedFile(format, "dataset.json", dataset.Sources.Count + dataset.Actors.Count + dataset.Places.Count + dataset.Events.Count));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(formats), format, "Not a defined export format.");
            }
        }
        if (DataPackage.Describes(seen))
        {
            cancellationToken.ThrowIfCancellationRequested();
            int resources = 0;
            WriteBinary(directory, DataPackage.FileName, s => resources = DataPackage.Write(dataset, Tables(), seen, s));
            Done(new ExportedFile(seen.Last(DataPackage.Describes), DataPackage.FileName, resources));
        }
        return written;
    }

    private static string FullPath(string directory, string relative)
    {
        string full = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    private static void WriteText(string directory, string relative, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(FullPath(directory, relative), append: false, s_utf8);
        write(writer);
    }

    private static void WriteBinary(string directory, string relative, Action<Stream> write)
    {
        using var stream = new FileStream(FullPath(directory, relative), FileMode.Create, FileAccess.Write, FileShare.None);
        write(stream);
    }
}
