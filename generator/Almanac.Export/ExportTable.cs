namespace Almanac.Export;

/// <summary>The type of an <see cref="ExportColumn"/>, as it is stored in Parquet and read by DuckDB.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text (Parquet <c>BYTE_ARRAY</c> annotated <c>STRING</c>; DuckDB <c>VARCHAR</c>). Values are <see cref="string"/>.</summary>
    Text,
    /// <summary>32-bit integer (Parquet <c>INT32</c>; DuckDB <c>INTEGER</c>). Values are <see cref="int"/>.</summary>
    Integer,
    /// <summary>Double-precision number (Parquet <c>DOUBLE</c>; DuckDB <c>DOUBLE</c>). Values are <see cref="double"/>.</summary>
    Real,
    /// <summary>Calendar date (Parquet <c>INT32</c> annotated <c>DATE</c>; DuckDB <c>DATE</c>). Values are <see cref="DateOnly"/>.</summary>
    Date,
    /// <summary>True or false (Parquet <c>BOOLEAN</c>; DuckDB <c>BOOLEAN</c>; CSV <c>true</c>, <c>false</c>). Values are <see cref="bool"/>.</summary>
    Boolean,
}

/// <summary>A column of an <see cref="ExportTable"/>.</summary>
/// <param name="Name">The column name, snake_case (<c>event_id</c>).</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">Whether a value may be absent (<see langword="null"/>).</param>
/// <param name="Description">What the column holds, for data dictionaries.</param>
public sealed record ExportColumn(string Name, ColumnType Type, bool Nullable, string Description)
{
    /// <summary>
    /// The table whose <c>id</c> this column holds (<c>actors</c> for <c>actor_id</c>), a foreign key; <see langword="null"/>
    /// for a column that names no entity.
    /// </summary>
    public string? References { get; init; }
}

/// <summary>
/// One table of the relational form of a dataset (see <see cref="DatasetTables"/>): named, typed columns and rows in a
/// stable order. CSV, Parquet and DuckDB exports are written from these tables, so they hold the same values.
/// </summary>
public sealed class ExportTable
{
    internal ExportTable()
    {
    }

    /// <summary>The table name, snake_case (<c>events</c>, <c>participants</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What one row is.</summary>
    public required string Description { get; init; }

    /// <summary>The columns, in order.</summary>
    public required IReadOnlyList<ExportColumn> Columns { get; init; }

    /// <summary>The columns whose values together identify a row (<c>id</c>; for a list table its owner and <c>position</c>).</summary>
    public required IReadOnlyList<string> PrimaryKey { get; init; }

    /// <summary>
    /// The rows, in a stable order; each holds one value per column: <see cref="string"/>, <see cref="int"/>,
    /// <see cref="double"/> or <see cref="DateOnly"/> according to <see cref="ExportColumn.Type"/>, or <see langword="null"/>.
    /// </summary>
    public required IReadOnlyList<object?[]> Rows { get; init; }

    /// <summary>The index of the column named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new KeyNotFoundException($"The table '{Name}' has no column '{name}'.");
    }
}
