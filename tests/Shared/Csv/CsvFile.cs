using CsvHelper;

namespace Almanac.Testing;

/// <summary>
/// Reads exported CSV files back by header, with CsvHelper. Compiled into the test projects that reference CsvHelper
/// (<c>&lt;Compile Include="..\Shared\Csv\*.cs" /&gt;</c>), apart from the helpers every test project has.
/// </summary>
public static class CsvFile
{
    /// <summary>Reads a CSV file: its header and its rows as column → value maps.</summary>
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Read(string path)
    {
        using CsvReader reader = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true });
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => reader.GetString(h)));
        }
        return (header, rows);
    }
}
