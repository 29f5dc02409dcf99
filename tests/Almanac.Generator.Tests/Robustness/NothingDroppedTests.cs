using System.Reflection;
using System.Text.RegularExpressions;
using Almanac.Export;
using YamlDotNet.RepresentationModel;
using SchemaKeys = Almanac.Generator.Parsing.SchemaKeys;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Nothing is dropped silently: every key of the schema reaches the compiled dataset, a misspelled key anywhere is a
/// warning with a suggestion, and a value of the wrong shape anywhere is an error.
/// </summary>
public class NothingDroppedTests
{
    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Save(YamlMappingNode root)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Every mapping of the tree with the path that leads to it.</summary>
    private static IEnumerable<(string Path, YamlMappingNode Mapping)> Mappings(YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            yield return (path, mapping);
            foreach (var entry in mapping.Children)
            {
                foreach (var inner in Mappings(entry.Value, path + "/" + ((YamlScalarNode)entry.Key).Value))
                {
                    yield return inner;
                }
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            int i = 0;
            foreach (YamlNode item in sequence.Children)
            {
                foreach (var inner in Mappings(item, $"{path}[{i++}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new[] { scalar.Value! },
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => Array.Empty<string>(),
    };

    [Fact]
    public void The_fixture_uses_every_key_of_the_schema()
    {
        // Every key of every mapping, from the generator's own list (derived from the schema definition).
        var documented = typeof(SchemaKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .SelectMany(f => (string[])f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);
        // The small fixture, and the one that extends it (the extends section needs a referenced dataset).
        var texts = Corpus.Fixture.Data.Select(d => d.Text)
            .Concat(GeneratorHarness.Fixture("extending").Where(t => t.Kind == AlmanacFileKind.Data).Select(t => t.GetText()!.ToString()));
        var used = texts.SelectMany(t => Mappings(Load(t), "")).SelectMany(m => m.Mapping.Children.Keys)
            .Select(k => ((YamlScalarNode)k).Value!).ToHashSet();
        Assert.True(documented.Count > 50, string.Join(", ", documented));
        Assert.True(documented.IsSubsetOf(used), "Keys of the schema the fixture does not use: " + string.Join(", ", documented.Except(used)));
    }

    [Fact]
    public void Every_value_of_the_fixture_reaches_the_compiled_dataset()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"));
        Assert.Empty(result.Diagnostics);
        var assembly = result.Load();
        Type dataset = assembly.GetType("Test.Data.RiverDataset", throwOnError: true)!;
        var data = (Almanac.Dataset)dataset.GetProperty("Dataset")!.GetValue(null)!;
        string rendering = CanonicalText.Render(data);
        // The dataset section reaches the constants of the class and, for its lists and dates, the dataset's Info.
        var constants = dataset.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!)
            .Concat(data.Info.Authors).Concat(data.Info.Keywords)
            .Concat(data.Info.Released is { } released ? new[] { released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : Array.Empty<string>())
            .ToList();

        var missing = new List<string>();
        foreach (var (_, text) in Corpus.Fixture.Data)
        {
            YamlMappingNode root = Load(text);
            foreach (var section in root.Children)
            {
                bool metadata = ((YamlScalarNode)section.Key).Value == "dataset";
                foreach (string value in Scalars(section.Value))
                {
                    bool found = metadata
                        ? constants.Contains(value)
                        : rendering.Contains(value, StringComparison.Ordinal)
                          || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                              && rendering.Contains(number.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal))
                          || rendering.Contains(value.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
                    if (!found)
                    {
                        missing.Add(value);
                    }
                }
            }
        }
        Assert.True(missing.Count == 0, "Values of the fixture missing from the canonical rendering and the dataset constants: " + string.Join(" | ", missing)
            + "\n---\n" + rendering);
    }

    /// <summary>A copy of the fixture with one change to the mapping at <paramref name="index"/> (in document order) of file <paramref name="file"/>.</summary>
    private static string Changed(int file, int index, Action<YamlMappingNode> change)
    {
        YamlMappingNode root = Load(Corpus.Fixture.Data[file].Text);
        change(Mappings(root, "").ElementAt(index).Mapping);
        return Save(root);
    }

    private static IReadOnlyList<Diagnostic> Diagnose(int file, string text)
    {
        var result = GeneratorHarness.Run(Corpus.Fixture.Texts(file, text));
        return result.Diagnostics;
    }

    [Fact]
    public void A_misspelled_key_anywhere_is_a_warning_with_a_suggestion()
    {
        var failures = new List<string>();
        for (int file = 0; file < Corpus.Fixture.Data.Count; file++)
        {
            var mappings = Mappings(Load(Corpus.Fixture.Data[file].Text), "").ToList();
            for (int index = 0; index < mappings.Count; index++)
            {
                foreach (string key in mappings[index].Mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Where(k => k.Length >= 3))
                {
                    // One letter wrong (a swap of two letters is two edits for the suggestion's Levenshtein distance, and may tie with a shorter key).
                    string typo = key.Substring(0, key.Length - 2) + (key[key.Length - 2] == 'x' ? 'y' : 'x') + key[key.Length - 1];
                    if (typo == key || mappings[index].Mapping.Children.ContainsKey(new YamlScalarNode(typo)))
                    {
                        continue;
                    }
                    string text = Changed(file, index, m => m.Children.Add(new YamlScalarNode(typo), m.Children[new YamlScalarNode(key)]));
                    var diagnostics = Diagnose(file, text);
                    if (!diagnostics.Any(d => d.Id == "ALM002" && d.Severity == DiagnosticSeverity.Warning && d.GetMessage().Contains($"did you mean '{key}'?", StringComparison.Ordinal)))
                    {
                        failures.Add($"{mappings[index].Path}: '{typo}' for '{key}': {string.Join("; ", diagnostics)}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_value_of_the_wrong_shape_anywhere_is_an_error()
    {
        var failures = new List<string>();
        int checkedValues = 0;
        for (int file = 0; file < Corpus.Fixture.Data.Count; file++)
        {
            var mappings = Mappings(Load(Corpus.Fixture.Data[file].Text), "").ToList();
            for (int index = 0; index < mappings.Count; index++)
            {
                foreach (var entry in mappings[index].Mapping.Children.ToList())
                {
                    string key = ((YamlScalarNode)entry.Key).Value!;
                    // A scalar becomes a mapping; a list or mapping becomes a scalar that is not empty.
                    YamlNode wrong = entry.Value is YamlScalarNode ? new YamlMappingNode(new YamlScalarNode("x"), new YamlScalarNode("y")) : new YamlScalarNode("text");
                    string text = Changed(file, index, m => m.Children[new YamlScalarNode(key)] = wrong);
                    var diagnostics = Diagnose(file, text);
                    checkedValues++;
                    if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                    {
                        failures.Add($"{mappings[index].Path}/{key}: no error; {string.Join("; ", diagnostics)}");
                    }
                }
            }
        }
        Assert.True(checkedValues > 100, checkedValues.ToString(CultureInfo.InvariantCulture));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
