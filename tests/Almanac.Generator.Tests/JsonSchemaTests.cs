using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Almanac.Generator.Tests;

/// <summary>The JSON Schema shipped for editors agrees with the generator: valid data passes, its vocabularies are the runtime's.</summary>
public class JsonSchemaTests
{
    private static readonly string s_root = TempDirectory.RepositoryRoot();
    private static readonly JsonSchema s_schema = JsonSchema.FromFile(Path.Combine(s_root, "docs", "schema", "almanac.schema.json"));
    private static readonly JsonNode s_schemaJson = JsonNode.Parse(File.ReadAllText(Path.Combine(s_root, "docs", "schema", "almanac.schema.json")))!;

    public static IEnumerable<object[]> DataFiles() =>
        Directory.GetFiles(Path.Combine(s_root, "dataset", "data"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(s_root, "tests", "Almanac.Generator.Tests", "Fixtures", "small", "data"), "*.yaml"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(s_root, f) });

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Valid_data_files_conform_to_the_schema(string file)
    {
        JsonElement json = ToJson(File.ReadAllText(Path.Combine(s_root, file)));
        EvaluationResults result = s_schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData("actors:\n  - id: a\n    name: A\n    kind: stat\n")]
    [InlineData("actors:\n  - id: a\n    name: A\n    kind: state\n    nmae: x\n")]
    [InlineData("actors:\n  - id: Bad_Id\n    name: A\n    kind: state\n")]
    [InlineData("events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-5-1\n    time-precision: day\n    sources: [{ source: s, claim: q }]\n")]
    [InlineData("places:\n  - id: p\n    name: P\n    kind: town\n    location: { lat: 95, lon: 13 }\n    geo-precision: exact\n")]
    [InlineData("actors:\n  - id: a\n    name: A\n    kind: state\n    sources: [{ source: s, quote: q, claim: c }]\n")]
    [InlineData("actors:\n  - id: a\n    name: A\n    kind: state\n    sources: [{ source: s, supports: [name] }]\n")]
    [InlineData("events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-01\n    time-precision: day\n    clarity: vague\n    sources: [{ source: s, claim: q }]\n")]
    [InlineData("events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-01\n    time-precision: day\n    group: Not A Group\n    sources: [{ source: s, claim: q }]\n")]
    [InlineData("events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-01\n    time-precision: day\n    counts: [{ best: 7 }]\n    sources: [{ source: s, claim: q }]\n")]
    public void Invalid_data_fails_the_schema(string yaml) => Assert.False(s_schema.Evaluate(ToJson(yaml)).IsValid);

    [Theory]
    [InlineData("libya:tarhuna", true)]
    [InlineData("tarhuna", true)]
    [InlineData("libya:", false)]
    [InlineData("Libya:tarhuna", false)]
    [InlineData("a:b:c", false)]
    public void A_reference_may_name_a_referenced_datasets_entity_qualified_by_its_dataset(string place, bool valid) =>
        Assert.Equal(valid, s_schema.Evaluate(ToJson(
            $"events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-01\n    time-precision: day\n    place: \"{place}\"\n    sources: [{{ source: s, claim: q }}]\n")).IsValid);

    [Theory]
    [InlineData("actor", "kind", "ActorKind")]
    [InlineData("place", "kind", "PlaceKind")]
    [InlineData("place", "geo-precision", "GeoPrecision")]
    [InlineData("event", "geo-precision", "GeoPrecision")]
    [InlineData("event", "kind", "EventKind")]
    [InlineData("event", "time-precision", "TimePrecision")]
    [InlineData("source", "kind", "SourceKind")]
    [InlineData("participant", "role", "ParticipantRole")]
    [InlineData("materiel", "outcome", "MaterielOutcome")]
    [InlineData("event", "clarity", "EventClarity")]
    [InlineData("reported-count", "scope", "CountScope")]
    public void Schema_vocabularies_are_the_runtime_enums(string definition, string property, string enumName)
    {
        // By name from the runtime assembly: the generator, whose internals the tests see, compiles its own copy of each enum.
        Type enumType = typeof(Actor).Assembly.GetType("Almanac." + enumName, throwOnError: true)!;
        var words = s_schemaJson["definitions"]![definition]!["properties"]![property]!["enum"]!.AsArray().Where(w => w is not null).Select(w => w!.GetValue<string>()).ToList(); // null: an empty optional value
        var expected = Enum.GetNames(enumType).Select(Kebab).ToList();
        Assert.Equal(expected, words);
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>YAML to JSON as a YAML 1.2 core-schema reader sees it: plain scalars that are numbers, booleans or null become those; the rest are strings.</summary>
    private static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(Convert(stream.Documents[0].RootNode));
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }
        if (value is "" or "~" or "null")
        {
            return null;
        }
        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }
        if (System.Text.RegularExpressions.Regex.IsMatch(value, @"^-?[0-9]+(\.[0-9]+)?$"))
        {
            return JsonNode.Parse(value);
        }
        return JsonValue.Create(value);
    }
}
