namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Text that could break out of a C# literal or comment, reorder code on screen, or be mangled on the way: the
/// generated code compiles without a warning, contains no character that changes how code reads, and the runtime
/// value equals the YAML value exactly.
/// </summary>
public class HostileStringTests
{
    /// <summary>Quotes, backslashes, line breaks of every kind, comment and brace syntax, NUL and other controls,
    /// bidirectional marks and overrides, Arabic and mixed scripts, emoji, characters the compressed data uses.</summary>
    public static readonly string[] Values =
    {
        "\"", "\\", "\\\"", "\"\"\"raw\"\"\"", "a\nb", "a\r\nb", "a\rb", "next\u0085line", "line\u2028separator", "paragraph\u2029separator",
        "*/", "/*", "/* open comment", "// line comment", "#", "#region", "#pragma warning disable", "{", "}", "{0} {1:x}", "${x}",
        "\0", "a\0b", "\u0001\u0002\u0007\u0008\u000B\u000C\u001B\u001F\u007F", "\t tab",
        "\u200F", "\u200E", "\u202E evil \u202C", "\u2066isolate\u2069", "\u061C", "\uFEFF", "\uFFFD", "\u00A0nbsp",
        "حكومة الوفاق الوطني", "GNA / حكومة الوفاق — Al-Wefaq", "قوات \"زرقاء\"", "中文 数据 丝", "\u4E00\u8DFF\u8E00",
        "😀", "🏳️‍🌈", "👨‍👩‍👧‍👦 family", "e\u0301 combining", "\U0001D54F math",
        "\"); System.Environment.Exit(1); (\"", "\\u0022", "@\"verbatim\"", "</summary><script>x</script>", "&amp; &lt;", "<c>", "]]>",
        "'single'", "`backtick`", "— – ‘’ “”", "   leading and trailing   ",
    };

    private const string DatasetId = "hostile";

    /// <summary>A YAML double-quoted scalar for any string: printable ASCII as it is, everything else escaped.</summary>
    internal static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A dataset where every text field of every kind of entity holds the hostile values.</summary>
    private static (List<AlmanacInput> Texts, string Document) Build(IReadOnlyList<string> values)
    {
        var yaml = new StringBuilder();
        yaml.Append("dataset:\n  id: ").Append(DatasetId)
            .Append("\n  title: ").Append(Quoted("Title " + string.Concat(values.Take(20))))
            .Append("\n  version: ").Append(Quoted("1.0 " + values[0]))
            .Append("\n  license: ").Append(Quoted("CC0 " + values[1]))
            .Append("\n  citation: ").Append(Quoted(string.Join(" | ", values)))
            .Append("\n  description: ").Append(Quoted(string.Join("\n", values)))
            .Append('\n');
        yaml.Append("sources:\n  - id: doc\n    title: ").Append(Quoted("Doc " + string.Concat(values)))
            .Append("\n    kind: report\n    publisher: ").Append(Quoted(string.Concat(values.Reverse())))
            .Append("\n    document: seeds/hostile.txt\n    notes: ").Append(Quoted(string.Join("\r\n", values))).Append('\n');
        var document = new StringBuilder();
        var actors = new StringBuilder("actors:\n");
        var events = new StringBuilder("events:\n");
        for (int i = 0; i < values.Count; i++)
        {
            string v = values[i];
            string quote = $"Q{i} {v} end";
            document.Append(quote).Append("\n\n");
            actors.Append($"  - id: a{i}\n    name: ").Append(Quoted($"N{i} {v}"))
                .Append("\n    kind: group\n    aliases: [").Append(Quoted($"A{i} {v}")).Append("]\n    notes: ").Append(Quoted(v))
                .Append("\n    aligned-with: [{ actor: a0, notes: ").Append(Quoted(v)).Append(" }]\n");
            events.Append($"  - id: e{i}\n    name: ").Append(Quoted($"E{i} {v}"))
                .Append("\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    place: p\n    summary: ").Append(Quoted(v))
                .Append("\n    notes: ").Append(Quoted(v))
                .Append("\n    aliases: [").Append(Quoted($"EA{i} {v}")).Append(']')
                .Append("\n    materiel: [{ item: ").Append(Quoted($"M{i} {v}")).Append(", outcome: other }]")
                .Append("\n    sources:\n      - source: doc\n        quote: ").Append(Quoted(quote)).Append('\n');
        }
        yaml.Append(actors).Append("places:\n  - { id: p, name: P, kind: area }\n").Append(events);
        var texts = new List<AlmanacInput>
        {
            GeneratorHarness.Data("hostile.yaml", yaml.ToString()),
            GeneratorHarness.Document("hostile.txt", document.ToString()),
        };
        return (texts, document.ToString());
    }

    /// <summary>Characters that must never appear raw in generated code: they end a line or comment unseen, or reorder what is shown (Trojan Source).</summary>
    private static bool IsUnsafeInCode(char c) =>
        (c < 0x20 && c != '\n') || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;

    private static void AssertSafeAndCompiles(GeneratorHarness.Result result)
    {
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Take(10)));
        Assert.True(result.CompilationDiagnostics.Count == 0, string.Join("\n", result.CompilationDiagnostics.Take(10)));
        foreach (var (hintName, text) in result.Sources)
        {
            int bad = text.IndexOf(text.FirstOrDefault(IsUnsafeInCode));
            Assert.True(!text.Any(IsUnsafeInCode), $"{hintName} has U+{(bad >= 0 ? (int)text[bad] : 0):X4} at {bad}: ...{(bad >= 0 ? text.Substring(Math.Max(0, bad - 60), Math.Min(120, text.Length - Math.Max(0, bad - 60))) : "")}...");
        }
    }

    [Fact]
    public void Hostile_text_in_every_field_compiles_and_round_trips_exactly()
    {
        var (texts, _) = Build(Values);
        var result = GeneratorHarness.Run(texts);
        AssertSafeAndCompiles(result);

        var assembly = result.Load();
        Type dataset = assembly.GetType("Test.Data.HostileDataset", throwOnError: true)!;
        string Constant(string name) => (string)dataset.GetField(name)!.GetValue(null)!;
        Assert.Equal("Title " + string.Concat(Values.Take(20)), Constant("Title"));
        Assert.Equal("1.0 " + Values[0], Constant("Version"));
        Assert.Equal("CC0 " + Values[1], Constant("License"));
        Assert.Equal(string.Join(" | ", Values), Constant("Citation"));
        Assert.Equal(string.Join("\n", Values), Constant("Description"));

        var data = (Almanac.Dataset)dataset.GetProperty("Dataset")!.GetValue(null)!;
        Assert.Equal(new Almanac.DatasetInfo(Constant("Id"), Constant("Title"), Constant("Version"), Constant("License"), Constant("Citation"))
        {
            Description = Constant("Description"),
            ContentHash = Constant("ContentHash"),
        }, data.Info);
        Source doc = data.Sources.Get("doc");
        Assert.Equal("Doc " + string.Concat(Values), doc.Name);
        Assert.Equal(string.Concat(Values.Reverse()), doc.Publisher);
        Assert.Equal(string.Join("\r\n", Values), doc.Notes);
        for (int i = 0; i < Values.Length; i++)
        {
            string v = Values[i];
            Actor actor = data.Actors.Get($"a{i}");
            Assert.Equal($"N{i} {v}", actor.Name);
            Assert.Equal(new[] { $"A{i} {v}" }, actor.Aliases);
            Assert.Equal(v, actor.Notes);
            Assert.Equal(v, actor.AlignedWith.Single().Notes);
            Event e = data.Events.Get($"e{i}");
            Assert.Equal($"E{i} {v}", e.Name);
            Assert.Equal(v, e.Summary);
            Assert.Equal(v, e.Notes);
            Assert.Equal(new[] { $"EA{i} {v}" }, e.Aliases);
            Assert.Equal($"M{i} {v}", e.Materiel.Single().Item);
            Citation citation = e.Citations.Single();
            Assert.Equal($"Q{i} {v} end", citation.Quote);
            Assert.NotNull(citation.Paragraph);
            Assert.Same(actor, data.Actors.Find($"A{i} {v}"));
        }
    }

    [Fact]
    public void One_megabyte_strings_compile_and_round_trip_exactly()
    {
        // A megabyte (in UTF-16 code units) of every hostile value over and over, so that block and compression boundaries fall inside escapes and pairs.
        string unit = string.Concat(Values);
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(unit);
        }
        string big = builder.ToString(0, (1 << 20) - 1);
        if (char.IsHighSurrogate(big[big.Length - 1]))
        {
            big = big.Substring(0, big.Length - 1);
        }
        string yaml = "dataset: { id: big, title: T, version: '1', license: CC0-1.0, citation: " + Quoted(big) + " }\n"
            + "sources:\n  - { id: doc, title: D, kind: report, document: seeds/big.txt }\n"
            + "actors:\n  - { id: a, name: " + Quoted("A" + big) + ", kind: group, notes: " + Quoted(big) + " }\n"
            + "places:\n  - { id: p, name: P, kind: area }\n"
            + "events:\n  - { id: e, name: " + Quoted("E" + big) + ", kind: other, date: 2020-01-01, time-precision: day, place: p, summary: " + Quoted(big)
            + ", sources: [{ source: doc, quote: " + Quoted("Q" + big) + " }] }\n";
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("big.yaml", yaml), GeneratorHarness.Document("big.txt", "Q" + big) });
        AssertSafeAndCompiles(result);

        var assembly = result.Load();
        Type dataset = assembly.GetType("Test.Data.BigDataset", throwOnError: true)!;
        Assert.Equal(big, (string)dataset.GetField("Citation")!.GetValue(null)!);
        var data = (Almanac.Dataset)dataset.GetProperty("Dataset")!.GetValue(null)!;
        Assert.Equal("A" + big, data.Actors.Get("a").Name);
        Assert.Equal(big, data.Actors.Get("a").Notes);
        Event e = data.Events.Get("e");
        Assert.Equal("E" + big, e.Name);
        Assert.Equal(big, e.Summary);
        Assert.Equal("Q" + big, e.Citations.Single().Quote);
        Assert.Equal(1, e.Citations.Single().Paragraph);
    }
}
