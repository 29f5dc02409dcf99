namespace Almanac.Export;

/// <summary>
/// Writes the tables of <see cref="DatasetTables"/> as CSV (Almanac's own full CSV: every field of every entity,
/// one file per table), with CsvHelper. Dates are ISO 8601 (<c>2020-05-21</c>), numbers use the invariant culture and
/// the shortest form that reads back exactly, an absent value is an empty field.
/// </summary>
public static class TableCsv
{
    /// <summary>Writes the header and rows of <paramref name="table"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(ExportTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFiles.Write(writer, table.Columns.Select(c => c.Name).ToList(), table.Rows.Select(row => row.Select(Format).ToArray()));
    }

    /// <summary>The CSV text of one cell value.</summary>
    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
