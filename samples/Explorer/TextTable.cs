using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Almanac.Samples.Explorer;

/// <summary>A small plain-text table for the console: a header, a rule, aligned columns (numbers to the right), long cells cut with an ellipsis.</summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();
    private readonly bool[] _numeric;

    /// <summary>Creates a table with the given column headers.</summary>
    public TextTable(params string[] headers)
    {
        _headers = headers;
        _numeric = new bool[headers.Length];
        Array.Fill(_numeric, true);
    }

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row: one value per column, formatted with the invariant culture (dates as yyyy-MM-dd, null as empty).</summary>
    public TextTable Add(params object?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row needs {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        }
        var row = new string[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            row[i] = Format(cells[i]);
            _numeric[i] &= cells[i] is null or int or long or double || row[i].Length == 0;
        }
        _rows.Add(row);
        return this;
    }

    /// <summary>Writes the table, indented by two spaces; cells longer than <paramref name="maxCellWidth"/> are cut.</summary>
    public void Write(TextWriter output, int maxCellWidth = 70)
    {
        if (_rows.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }
        var widths = new int[_headers.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Min(maxCellWidth, Math.Max(_headers[c].Length, _rows.Max(r => r[c].Length)));
        }
        WriteRow(output, _headers, widths, header: true);
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('─', w))).TrimEnd());
        foreach (string[] row in _rows)
        {
            WriteRow(output, row, widths, header: false);
        }
    }

    private void WriteRow(TextWriter output, string[] cells, int[] widths, bool header)
    {
        var parts = new string[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            string text = cells[c].Length > widths[c] ? cells[c][..(widths[c] - 1)] + "…" : cells[c];
            parts[c] = _numeric[c] && !header ? text.PadLeft(widths[c]) : text.PadRight(widths[c]);
        }
        output.WriteLine(("  " + string.Join("  ", parts)).TrimEnd());
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
