namespace Almanac.Generator.Tests.Robustness;

/// <summary>Inputs that mutation testing found to break the generator, kept as fixed cases.</summary>
public class MutationRegressionTests
{
    private const string Dataset = "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n";

    /// <summary>
    /// Found by the mutation run (ALMANAC_SEED=20250611, cases 55, 2629, 2755, 4137 and others): at the end of a file
    /// without a final line break YamlDotNet marks a line after the last one, so a syntax error at the end of a
    /// truncated file, or an anchor as its last word, was reported on a line the file does not have.
    /// </summary>
    public static IEnumerable<object[]> EndOfFileInputs() => new[]
    {
        new object[] { "unclosed flow mapping", "actors:\n  - { id: a, name: A", "ALM001", 2 },
        new object[] { "unclosed flow sequence", "actors:\n  - id: a\n    aliases: [x, y", "ALM001", 3 },
        new object[] { "unclosed quote", "actors:\n  - id: a\n    name: 'A", "ALM001", 3 },
        new object[] { "anchor as the last word", "  &a ", "ALM015", 1 },
        new object[] { "value missing after the last key", "actors:\n  - [[[[", "ALM001", 2 },
        new object[] { "carriage returns only", "actors:\r  - { id: a", "ALM001", 2 },
        new object[] { "line separator", "actors:\u2028  - { id: a", "ALM001", 2 },
    };

    [Theory]
    [MemberData(nameof(EndOfFileInputs))]
    public void A_diagnostic_at_the_end_of_a_file_without_a_final_line_break_is_on_its_last_line(string what, string yaml, string id, int line)
    {
        var texts = new[] { GeneratorHarness.Data("dataset.yaml", Dataset), GeneratorHarness.Data("test.yaml", yaml) };
        var result = GeneratorHarness.Run(texts);
        Diagnostic d = result.Diagnostics.Single(x => x.Id == id);
        FileLinePositionSpan span = d.Location.GetLineSpan();
        int lines = texts[1].GetText()!.Lines.Count;
        Assert.True(span.EndLinePosition.Line < lines, $"{what}: {d} ends on line {span.EndLinePosition.Line + 1} of {lines}");
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.InRange(d.Location.SourceSpan.End, 0, yaml.Length);
    }
}
