using System.IO;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Almanac.Schema;

/// <summary>The vocabularies of the schema: the runtime's enums, their YAML words and their documentation.</summary>
public sealed class Vocabularies
{
    private readonly Dictionary<string, string> _summaries;

    private Vocabularies(Dictionary<string, string> summaries) => _summaries = summaries;

    /// <summary>Reads the runtime's XML documentation (built beside the runtime assembly).</summary>
    public static Vocabularies FromRuntime()
    {
        string xml = Path.ChangeExtension(typeof(ActorKind).Assembly.Location, ".xml");
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(xml))
        {
            foreach (XElement member in XDocument.Load(xml).Descendants("member"))
            {
                string? name = (string?)member.Attribute("name");
                XElement? summary = member.Element("summary");
                if (name is not null && summary is not null)
                {
                    summaries[name] = Markdown(summary);
                }
            }
        }
        return new Vocabularies(summaries);
    }

    /// <summary>The enum type named <paramref name="vocabulary"/> in namespace <c>Almanac</c>.</summary>
    public static Type Enum(string vocabulary) =>
        typeof(ActorKind).Assembly.GetType("Almanac." + vocabulary) is { IsEnum: true } type
            ? type
            : throw new InvalidDataException($"schema.yaml: no enum Almanac.{vocabulary} in the runtime.");

    /// <summary>The YAML words of <paramref name="vocabulary"/>, in the order of their values.</summary>
    public static IReadOnlyList<string> Words(string vocabulary) => Members(vocabulary).Select(m => m.Word).ToList();

    /// <summary>The members of <paramref name="vocabulary"/>: C# name and YAML word, in the order of their values.</summary>
    public static IReadOnlyList<(string Name, string Word)> Members(string vocabulary)
    {
        Type type = Enum(vocabulary);
        return System.Enum.GetValues(type).Cast<object>()
            .Select(v => (Name: v.ToString()!, Word: YamlWords.FromPascalCase(v.ToString()!)))
            .ToList();
    }

    /// <summary>The documentation summary of the enum <paramref name="vocabulary"/> as Markdown, or null.</summary>
    public string? Summary(string vocabulary) =>
        _summaries.TryGetValue($"T:Almanac.{vocabulary}", out string? text) ? text : null;

    /// <summary>The documentation summary of a member of <paramref name="vocabulary"/> as Markdown, or null.</summary>
    public string? Summary(string vocabulary, string member) =>
        _summaries.TryGetValue($"F:Almanac.{vocabulary}.{member}", out string? text) ? text : null;

    /// <summary>The documentation summary of the runtime's member with the documentation id <paramref name="id"/>
    /// (<c>F:Almanac.Storage.DataFormat.WireSmall</c>) as Markdown, or null.</summary>
    public string? SummaryOf(string id) => _summaries.TryGetValue(id, out string? text) ? text : null;

    /// <summary>A cross-reference as written in prose: <c>T:Almanac.GeoPrecision</c> → GeoPrecision, <c>M:Almanac.EventKinds.Standards(…)</c> → EventKinds.Standards.</summary>
    private static string Cref(string cref)
    {
        string name = cref.Split('(')[0];
        string[] parts = name.Substring(name.IndexOf(':') + 1).Split('.');
        return name.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1] : parts[^2] + "." + parts[^1];
    }

    private static string Markdown(XElement element)
    {
        string text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "c" } c => "`" + c.Value + "`",
            XElement { Name.LocalName: "see" } see => "`" + Cref((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? "") + "`",
            XElement other => other.Value,
            _ => "",
        }));
        return Regex.Replace(text, @"\s+", " ").Trim();
    }
}
