using System.Text.Json;
using System.Text.RegularExpressions;

namespace Almanac.Export;

/// <summary>
/// Writes <c>datapackage.json</c>, a Frictionless Tabular Data Package descriptor (<see href="https://specs.frictionlessdata.io/"/>)
/// of the table files an export holds, so that R (<c>frictionless::read_package</c>), Python (<c>frictionless</c>) and
/// other readers of descriptors load every column with its type: codes and ids stay text (<c>cameo_code</c>
/// <c>"010"</c>), dates are dates.
/// </summary>
/// <remarks>
/// <para>The descriptor names the dataset and its release (<c>name</c>, <c>title</c>, <c>version</c>, <c>licenses</c>,
/// <c>sources</c>, <c>citation</c>, and the <see cref="ExportMetadata"/> under <c>almanac</c>, with the content hash) and
/// has one resource per file: <c>acled.csv</c> (resource <c>acled</c>), every CSV table (<c>csv/events.csv</c>, resource
/// <c>events</c>) and every Parquet table (<c>parquet/events.parquet</c>, resource <c>events-parquet</c>), each with its
/// Table Schema: the columns of <see cref="ExportTable.Columns"/> (or <see cref="AcledCsv.TypedColumns"/>) in order, with
/// their types, descriptions and <c>required</c> constraints, the table's primary key and its foreign keys.</para>
/// <para>The output is deterministic: <c>created</c> is the newest date in the data (an event's last day or a source's
/// publication), not the time of writing.</para>
/// </remarks>
public static class DataPackage
{
    /// <summary>The file name of the descriptor, at the root of the export folder.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The suffix of the names of Parquet resources (<c>events-parquet</c>); CSV resources are named after their table.</summary>
    public const string ParquetSuffix = "-parquet";

    /// <summary>The name of the resource of <c>acled.csv</c>.</summary>
    public const string AcledResource = "acled";

    private static readonly Regex s_licenseName = new("^[-a-zA-Z0-9._]+$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="format"/> writes table files (<c>acled.csv</c>, CSV, Parquet), which a descriptor describes.</summary>
    public static bool Describes(ExportFormat format) => format is ExportFormat.AcledCsv or ExportFormat.Csv or ExportFormat.Parquet;

    /// <summary>Whether an export in <paramref name="formats"/> writes table files, and so a descriptor.</summary>
    public static bool Describes(IEnumerable<ExportFormat> formats) => formats.Any(Describes);

    /// <summary>
    /// Writes the descriptor of the table files that <paramref name="formats"/> export from <paramref name="dataset"/>
    /// (whose tables are <paramref name="tables"/>) to <paramref name="stream"/> as UTF-8 JSON.
    /// </summary>
    /// <returns>The number of resources described.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Write(Dataset dataset, IReadOnlyList<ExportTable> tables, IEnumerable<ExportFormat> formats, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(stream);
        var chosen = formats.ToHashSet();
        DatasetInfo info = dataset.Info;
        using var w = new Utf8JsonWriter(stream, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-package");
        w.WriteString("name", info.Id);
        w.WriteString("title", info.Title);
        if (info.Description is string description)
        {
            w.WriteString("description", description);
        }
        if (info.Url is string url)
        {
            w.WriteString("homepage", url);
        }
        w.WriteString("version", info.Version);
        if (Created(dataset) is DateOnly created)
        {
            w.WriteString("created", created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        }
        Licenses(w, info.License);
        w.WriteString("citation", info.Citation);
        Contributors(w, info);
        Sources(w, dataset);
        w.WriteStartObject(ExportMetadata.JsonMember);
        ExportMetadata.WriteMembers(w, info);
        Extends(w, dataset);
        w.WriteEndObject();

        int count = 0;
        w.WriteStartArray("resources");
        if (chosen.Contains(ExportFormat.AcledCsv))
        {
            Csv(w, AcledResource, DatasetExport.AcledPath, "Events in ACLED's column layout, one row per event.");
            Schema(w, AcledCsv.TypedColumns, new[] { "event_id_cnty" }, _ => null);
            w.WriteEndObject();
            count++;
        }
        if (chosen.Contains(ExportFormat.Csv))
        {
            foreach (ExportTable table in tables)
            {
                Csv(w, table.Name, DatasetExport.CsvPath(table.Name), table.Description);
                Schema(w, table.Columns, table.PrimaryKey, name => name);
                w.WriteEndObject();
                count++;
            }
        }
        if (chosen.Contains(ExportFormat.Parquet))
        {
            foreach (ExportTable table in tables)
            {
                Resource(w, table.Name + ParquetSuffix, DatasetExport.ParquetPath(table.Name), table.Description);
                w.WriteString("format", "parquet");
                w.WriteString("mediatype", "application/vnd.apache.parquet");
                Schema(w, table.Columns, table.PrimaryKey, name => name + ParquetSuffix);
                w.WriteEndObject();
                count++;
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        return count;
    }

    /// <summary>The Frictionless type of a column type.</summary>
    public static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "string",
        ColumnType.Integer => "integer",
        ColumnType.Real => "number",
        ColumnType.Date => "date",
        ColumnType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined column type."),
    };

    /// <summary>The newest date in the data: the last day of the latest event or the latest publication of a source.</summary>
    private static DateOnly? Created(Dataset dataset)
    {
        DateOnly? newest = null;
        foreach (Event e in dataset.Events)
        {
            newest = Max(newest, e.LastDate);
        }
        foreach (Source source in dataset.Sources)
        {
            if (source.Published is DateOnly published)
            {
                newest = Max(newest, published);
            }
        }
        return newest;

        static DateOnly Max(DateOnly? a, DateOnly b) => a is DateOnly x && x > b ? x : b;
    }

    /// <summary>The licence: an SPDX id as its name with its SPDX page, other licence text as the title of a licence named <c>other</c>.</summary>
    private static void Licenses(Utf8JsonWriter w, string license)
    {
        w.WriteStartArray("licenses");
        w.WriteStartObject();
        if (s_licenseName.IsMatch(license))
        {
            w.WriteString("name", license);
            w.WriteString("path", "https://spdx.org/licenses/" + license + ".html");
        }
        else
        {
            w.WriteString("name", "other");
            w.WriteString("title", license);
        }
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>The authors, as contributors with the role <c>author</c>, and the keywords, each when the dataset names any.</summary>
    private static void Contributors(Utf8JsonWriter w, DatasetInfo info)
    {
        if (info.Authors.Count > 0)
        {
            w.WriteStartArray("contributors");
            foreach (string author in info.Authors)
            {
                w.WriteStartObject();
                w.WriteString("title", author);
                w.WriteString("role", "author");
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (info.Keywords.Count > 0)
        {
            w.WriteStartArray("keywords");
            foreach (string keyword in info.Keywords)
            {
                w.WriteStringValue(keyword);
            }
            w.WriteEndArray();
        }
    }

    /// <summary>
    /// The datasets whose rows the export holds besides the dataset's own (those it extends, <see cref="Dataset.Extends"/>),
    /// each with its release, licence and citation, as <c>extends</c>; left out for a dataset that extends none.
    /// </summary>
    private static void Extends(Utf8JsonWriter w, Dataset dataset)
    {
        List<Dataset> extended = ExportScope.ExtendedBy(dataset);
        if (extended.Count == 0)
        {
            return;
        }
        w.WriteStartArray("extends");
        foreach (Dataset d in extended)
        {
            w.WriteStartObject();
            foreach (var (key, value) in ExportMetadata.Of(d.Info).Where(e => e.Key != ExportMetadata.Generator))
            {
                w.WriteString(key, value);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The source documents the data was curated from, in dataset order.</summary>
    private static void Sources(Utf8JsonWriter w, Dataset dataset)
    {
        w.WriteStartArray("sources");
        foreach (Source source in dataset.Sources)
        {
            w.WriteStartObject();
            w.WriteString("title", source.Title);
            if (source.Url is Uri url)
            {
                w.WriteString("path", url.OriginalString);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Resource(Utf8JsonWriter w, string name, string path, string description)
    {
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("name", name);
        w.WriteString("path", path);
        w.WriteString("description", description);
    }

    /// <summary>A CSV resource as the exports write CSV: RFC 4180, comma-separated, CRLF, UTF-8 without byte-order mark, a header row.</summary>
    private static void Csv(Utf8JsonWriter w, string name, string path, string description)
    {
        Resource(w, name, path, description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteBoolean("doubleQuote", true);
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("header", true);
        w.WriteEndObject();
    }

    /// <summary>
    /// The Table Schema of <paramref name="columns"/>: each column's name, type, description and <c>required</c>
    /// constraint, an empty cell as the missing value, the primary key, and a foreign key for each column that references
    /// a table (to the resource <paramref name="resource"/> names it; none where it gives <see langword="null"/>).
    /// </summary>
    private static void Schema(Utf8JsonWriter w, IReadOnlyList<ExportColumn> columns, IReadOnlyList<string> primaryKey, Func<string, string?> resource)
    {
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (ExportColumn column in columns)
        {
            w.WriteStartObject();
            w.WriteString("name", column.Name);
            w.WriteString("type", TypeName(column.Type));
            w.WriteString("description", column.Description);
            if (!column.Nullable)
            {
                w.WriteStartObject("constraints");
                w.WriteBoolean("required", true);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        if (primaryKey.Count > 0)
        {
            w.WriteStartArray("primaryKey");
            foreach (string key in primaryKey)
            {
                w.WriteStringValue(key);
            }
            w.WriteEndArray();
        }
        var foreign = columns.Where(c => c.References is not null && resource(c.References) is not null).ToList();
        if (foreign.Count > 0)
        {
            w.WriteStartArray("foreignKeys");
            foreach (ExportColumn column in foreign)
            {
                w.WriteStartObject();
                w.WriteString("fields", column.Name);
                w.WriteStartObject("reference");
                w.WriteString("resource", resource(column.References!));
                w.WriteString("fields", "id");
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
