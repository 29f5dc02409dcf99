using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Identifiers = Almanac.Generator.Common.Identifiers;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Ids that are C# keywords, start with digits, are only symbols, differ only in case or punctuation, collide after
/// conversion or are very long: each becomes a valid, stable member name or a located ALM diagnostic, never code that
/// does not compile.
/// </summary>
public class IdentifierTests
{
    private const string Dataset = "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n";

    private readonly ITestOutputHelper _output;

    public IdentifierTests(ITestOutputHelper output) => _output = output;

    private static readonly string[] s_words =
    {
        "class", "namespace", "event", "void", "int", "string", "null", "true", "default", "operator", "this", "base", "object",
        "value", "get", "set", "var", "dynamic", "async", "await", "nameof", "record", "global", "file", "required", "scoped", "field",
        "all", "find", "try", "equals", "to", "hash", "code", "type", "store", "holder", "actors", "events", "almanac", "system",
        "t", "dataset", "a", "b", "x", "0", "1", "2020", "05", "007", "1a", "a1", "arglist", "makeref",
    };

    /// <summary>Kebab-case ids from keyword-like words and digit groups.</summary>
    private static readonly Gen<string> s_id = Gen.OneOf(s_words).Array[1, 4].Select(parts => string.Join("-", parts));

    private static (GeneratorHarness.Result Result, List<AlmanacInput> Texts) Run(IReadOnlyList<string> ids)
    {
        var yaml = new StringBuilder(Dataset).Append("actors:\n");
        for (int i = 0; i < ids.Count; i++)
        {
            yaml.Append($"  - id: {ids[i]}\n    name: Actor {i}\n    kind: group\n");
        }
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("ids.yaml", yaml.ToString()) };
        return (GeneratorHarness.Run(texts), texts);
    }

    /// <summary>Each id is a member of Actors named after it, or has a located diagnostic (ALM003 for a YAML null, ALM004, ALM005, ALM010); the code compiles and emits.</summary>
    private static void AssertMembersOrDiagnostics(IReadOnlyList<string> ids)
    {
        var (result, _) = Run(ids);
        string context = "ids: " + string.Join(", ", ids);
        Assert.True(result.CompilationDiagnostics.Count == 0, context + "\n" + string.Join("\n", result.CompilationDiagnostics.Take(10)));
        string actors = result.Sources.Single(s => s.HintName == "TDataset.Actors.g.cs").Text;
        var members = CSharpSyntaxTree.ParseText(actors).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Select(p => p.Identifier.ValueText).ToHashSet();
        var located = result.Diagnostics.Where(d => d.Id is "ALM003" or "ALM004" or "ALM005" or "ALM010")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToHashSet();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id is not ("ALM003" or "ALM004" or "ALM005" or "ALM010" or "ALM009"));
        // Compiled to an assembly too: some limits (names too long for metadata) only show when emitting.
        using (var stream = new System.IO.MemoryStream())
        {
            var emit = result.Output.Emit(stream);
            Assert.True(emit.Success, context + "\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
        for (int i = 0; i < ids.Count; i++)
        {
            int line = 3 + 3 * i; // "  - id: ..." of actor i
            string member = Identifiers.Member(ids[i]);
            Assert.True(members.Contains(member) || located.Contains(line),
                $"{context}\nthe id '{ids[i]}' (line {line}) has no member {member} and no diagnostic:\n{string.Join("\n", result.Diagnostics)}");
            if (members.Contains(member))
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(member) && SyntaxFacts.GetKeywordKind(member) == SyntaxKind.None, member);
            }
        }
    }

    [Theory]
    [InlineData("class", "namespace", "event", "void", "null", "true", "default", "this", "base", "object", "operator", "string")]
    [InlineData("value", "get", "set", "var", "dynamic", "async", "await", "nameof", "record", "global", "file", "required", "field")]
    [InlineData("2020", "2020-05-20", "1", "1-2", "12", "0-0-7", "007", "1a", "a1-2", "a-1-2")]
    [InlineData("a-b", "ab", "a-b-c", "abc", "a1-b", "a-1b", "a-1-b")]
    [InlineData("all", "find", "get", "try-get", "equals", "to-string", "get-hash-code", "get-type", "actors", "count", "finalize", "member-wise-clone")]
    [InlineData("t-dataset", "dataset", "store", "holder", "almanac", "system", "global", "test")]
    [InlineData("---", "_x", "A", "Gna", "a--b", "-a", "a-", "a_b", "a b", "é", "ا", "1e3", "a.b", "a/b")]
    public void Awkward_ids_become_valid_members_or_located_diagnostics(params string[] ids) => AssertMembersOrDiagnostics(ids);

    [Fact]
    public void A_very_long_id_is_a_valid_member_or_a_located_diagnostic()
    {
        // Found by this test: an id of more than about 1,020 characters made a name too long for metadata (CS7013 when
        // emitting the assembly). Member names are now limited to 512 characters; a longer one is ALM010 at the id.
        AssertMembersOrDiagnostics(new[] { string.Join("-", Enumerable.Repeat("abcdefghi", 60)), "a" + new string('b', 511), "a" + new string('1', 600), "c" + new string('d', 2000) });
    }

    [Fact]
    public void A_dataset_id_too_long_for_a_class_name_is_a_located_diagnostic()
    {
        string id = string.Join("-", Enumerable.Repeat("abcdefghi", 60));
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("d.yaml", $"dataset:\n  id: {id}\n  title: T\n  version: '1'\n  license: CC0-1.0\n  citation: C\n") });
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM010", d.Id);
        Assert.Equal(1, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("AlmanacDatasetClass", d.GetMessage());
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Random_ids_become_valid_members_or_located_diagnostics()
    {
        // Lists of ids built from keywords, member names and digit groups; collisions after conversion are frequent.
        const ulong seed = 20_250_611;
        _output.WriteLine($"seed {seed}");
        for (int i = 0; i < 25; i++)
        {
            string[] ids = s_id.Array[2, 12].Generate(new PCG((uint)i, seed), null!, out _).Distinct().ToArray();
            AssertMembersOrDiagnostics(ids);
        }
    }

    [Fact]
    public void Member_names_are_stable_whatever_the_order_of_the_entities()
    {
        string[] ids = { "b-1", "a", "2020-05-20", "class", "b1", "a-b", "ab" };
        string Members(IEnumerable<string> order) => Run(order.ToList()).Result.Sources.Single(s => s.HintName == "TDataset.Actors.g.cs").Text
            .Split('\n').Where(l => l.Contains("public static global::Almanac.Actor ", StringComparison.Ordinal) && l.Contains("=> All[", StringComparison.Ordinal))
            .Select(l => l.Trim()).OrderBy(l => l, StringComparer.Ordinal).Aggregate("", (a, l) => a + l + "\n");
        string expected = Members(ids);
        Assert.Contains("_2020_05_20 => All[0]", expected);
        Assert.Equal(expected, Members(ids.Reverse()));
    }
}
