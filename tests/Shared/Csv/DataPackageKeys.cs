using System.Text.Json.Nodes;

namespace Almanac.Testing;

/// <summary>Checks the keys an exported folder's <c>datapackage.json</c> declares against its CSV files.</summary>
public static class DataPackageKeys
{
    /// <summary>
    /// Checks every key that <c>datapackage.json</c> in <paramref name="folder"/> declares for its CSV resources, from the
    /// descriptor alone: every value (a tuple for a composite key) of a foreign key's fields in every row is the value of
    /// the referenced fields in a row of the referenced resource (an empty cell is an absent reference), and every primary
    /// key identifies one row.
    /// </summary>
    /// <returns>The number of foreign keys checked.</returns>
    public static int Check(string folder)
    {
        JsonArray resources = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")))!["resources"]!.AsArray();
        var csv = resources.Where(r => ((string)r!["path"]!).EndsWith(".csv", StringComparison.Ordinal)).ToList();
        var rows = csv.ToDictionary(r => (string)r!["name"]!, r => CsvFile.Read(Path.Combine(folder, (string)r!["path"]!)).Rows);
        int checkedKeys = 0;
        foreach (JsonNode? resource in csv)
        {
            string name = (string)resource!["name"]!;
            if (resource["schema"]!["primaryKey"] is JsonNode primaryKey)
            {
                var keys = rows[name].Select(r => Tuple(r, Names(primaryKey))).ToList();
                Assert.True(keys.Count == keys.Distinct(StringComparer.Ordinal).Count(), $"{name}: a primary key value is repeated");
            }
            foreach (JsonNode? foreignKey in resource["schema"]!["foreignKeys"]?.AsArray() ?? new JsonArray())
            {
                List<string> fields = Names(foreignKey!["fields"]!);
                // An empty resource name refers to the resource itself (Table Schema).
                string target = (string)foreignKey["reference"]!["resource"]! is { Length: > 0 } named ? named : name;
                List<string> targetFields = Names(foreignKey["reference"]!["fields"]!);
                var targets = rows[target].Select(r => Tuple(r, targetFields)).ToHashSet(StringComparer.Ordinal);
                foreach (var row in rows[name].Where(r => fields.All(f => r[f].Length > 0)))
                {
                    string value = Tuple(row, fields);
                    Assert.True(targets.Contains(value), $"{name}.{string.Join(",", fields)} = '{value}' is not a key of {target}");
                }
                checkedKeys++;
            }
        }
        return checkedKeys;
    }

    /// <summary>A Table Schema's <c>fields</c> or <c>primaryKey</c>: one field name or an array of them.</summary>
    private static List<string> Names(JsonNode node) => node is JsonArray array ? array.Select(n => (string)n!).ToList() : new List<string> { (string)node! };

    private static string Tuple(Dictionary<string, string> row, List<string> fields) => string.Join("\u0001", fields.Select(f => row[f]));
}
