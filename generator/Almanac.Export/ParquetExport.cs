using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Almanac.Export;

/// <summary>
/// Writes the tables of <see cref="DatasetTables"/> as Apache Parquet files with Parquet.Net, one file per table, the
/// format that DuckDB (<c>SELECT * FROM 'events.parquet'</c>), Spark, BigQuery, pandas and arrow load directly.
/// </summary>
/// <remarks>
/// Column types: text as <c>STRING</c>, integers as <c>INT32</c>, numbers as <c>DOUBLE</c>, dates as <c>DATE</c>;
/// each file holds one row group, Snappy-compressed, and carries as key-value file metadata its table's name
/// (<c>almanac:table</c>) and the dataset's <see cref="ExportMetadata"/>, each key prefixed with
/// <see cref="ExportMetadata.ParquetPrefix"/> (<c>almanac:version</c>, <c>almanac:content-hash</c>, …).
/// </remarks>
public static class ParquetExport
{
    /// <summary>The metadata key of the table's name.</summary>
    public const string TableKey = ExportMetadata.ParquetPrefix + "table";

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> as one Parquet file.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="info">The dataset's metadata, written into the file's key-value metadata, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels between columns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static async Task WriteAsync(ExportTable table, Stream stream, DatasetInfo? info = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        var fields = new DataField[table.Columns.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            ExportColumn column = table.Columns[i];
            fields[i] = column.Type switch
            {
                ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
                ColumnType.Integer => column.Nullable ? new DataField<int?>(column.Name, true) : new DataField<int>(column.Name, false),
                ColumnType.Real => column.Nullable ? new DataField<double?>(column.Name, true) : new DataField<double>(column.Name, false),
                ColumnType.Boolean => column.Nullable ? new DataField<bool?>(column.Name, true) : new DataField<bool>(column.Name, false),
                _ => column.Nullable ? new DataField<DateOnly?>(column.Name, true) : new DataField<DateOnly>(column.Name, false),
            };
        }
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options, false, cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [TableKey] = table.Name };
        if (info is not null)
        {
            foreach (var (key, value) in ExportMetadata.Of(info))
            {
                metadata[ExportMetadata.ParquetPrefix + key] = value;
            }
        }
        writer.CustomMetadata = metadata;
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExportColumn column = table.Columns[c];
            switch (column.Type)
            {
                case ColumnType.Text:
                    await group.WriteAsync(fields[c], TextValues(table, c)!).ConfigureAwait(false);
                    break;
                case ColumnType.Integer:
                    await WriteValuesAsync<int>(group, fields[c], table, c, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Real:
                    await WriteValuesAsync<double>(group, fields[c], table, c, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await WriteValuesAsync<bool>(group, fields[c], table, c, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await WriteValuesAsync<DateOnly>(group, fields[c], table, c, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static Task WriteValuesAsync<T>(ParquetRowGroupWriter group, DataField field, ExportTable table, int column, bool nullable, CancellationToken cancellationToken)
        where T : struct
    {
        if (nullable)
        {
            var values = new T?[table.Rows.Count];
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = table.Rows[r][column] is T value ? value : null;
            }
            return group.WriteAsync<T>(field, values, null, null, cancellationToken);
        }
        var required = new T[table.Rows.Count];
        for (int r = 0; r < required.Length; r++)
        {
            required[r] = (T)table.Rows[r][column]!;
        }
        return group.WriteAsync<T>(field, required, null, null, cancellationToken);
    }

    private static string?[] TextValues(ExportTable table, int column)
    {
        var values = new string?[table.Rows.Count];
        for (int r = 0; r < values.Length; r++)
        {
            values[r] = (string?)table.Rows[r][column];
        }
        return values;
    }
}
