using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>The canonical text rendering, exercised on the Libya dataset; its approved rendering is a snapshot of Almanac.Libya.Tests.</summary>
public class CanonicalTextTests
{
    [Fact]
    public void One_entity_renders_as_its_block_of_the_whole_text()
    {
        // almanac show prints this rendering: it must hold every field the dataset's canonical text holds for the entity.
        string whole = CanonicalText.Render(LibyaDataset.Dataset);
        foreach (Entity entity in new Entity[] { Actors.Gna, Places.Tarhuna, Events.All[0], Sources.All[0] })
        {
            string block = CanonicalText.Render(entity);
            Assert.StartsWith("\n" + entity.GetType().Name.ToLowerInvariant() + " ", block, StringComparison.Ordinal);
            Assert.Contains(block, whole, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rendering_is_deterministic_and_culture_invariant()
    {
        string expected = CanonicalText.Render(LibyaDataset.Dataset);
        Assert.Equal(expected, CanonicalText.Render(LibyaDataset.Dataset));

        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (string name in new[] { "de-DE", "tr-TR", "ar-SA", "fa-IR", "th-TH" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal(expected, CanonicalText.Render(LibyaDataset.Dataset));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Text_has_unix_line_ends_and_no_trailing_white_space()
    {
        string text = CanonicalText.Render(LibyaDataset.Dataset);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain("\n\n\n", text);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void Every_entity_and_its_text_appears()
    {
        string text = CanonicalText.Render(LibyaDataset.Dataset);
        var lines = text.Split('\n');
        foreach (Entity entity in Sources.All.Cast<Entity>().Concat(Actors.All).Concat(Places.All).Concat(Events.All))
        {
            string kind = entity switch { Source => "source", Actor => "actor", Place => "place", _ => "event" };
            Assert.Contains($"{kind} {entity.Id}", lines);
            Assert.Contains(entity.Name, text);
            Assert.All(entity.Aliases, alias => Assert.Contains("- " + alias, text));
            Assert.All(entity.Citations, c => Assert.Contains(c.Kind == CitationKind.Quote
                ? $"- {c.Source.Id}{(c.Paragraph is int p ? $" ¶{p}" : "")}: \"{c.Quote}\""
                : $"- {c.Source.Id}\n      claim: {c.Claim}", text));
            if (entity.Notes is not null)
            {
                Assert.Contains("notes: " + entity.Notes, text);
            }
        }
        foreach (ExcludedPassage passage in Sources.All.SelectMany(s => s.Excluded))
        {
            Assert.Contains($"- ¶{passage.Paragraph}: \"{passage.Quote}\"", text);
            Assert.Contains("reason: " + passage.Reason, text);
        }
    }

    [Fact]
    public void Blocks_are_in_canonical_order()
    {
        var headings = CanonicalText.Render(LibyaDataset.Dataset).Split('\n')
            .TakeWhile(l => !l.StartsWith("## paragraphs", StringComparison.Ordinal))
            .Where(l => l.StartsWith("event ", StringComparison.Ordinal))
            .Select(l => l["event ".Length..]);
        Assert.Equal(Events.All.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id), headings);
    }

    [Fact]
    public void With_info_the_heading_names_the_dataset()
    {
        string text = CanonicalText.Render(LibyaDataset.Dataset, withInfo: true);
        Assert.StartsWith($"# Almanac dataset libya {LibyaDataset.Version}\ntitle: {LibyaDataset.Title}\ncontents: ", text);
        Assert.EndsWith(CanonicalText.Render(LibyaDataset.Dataset).Split('\n', 2)[1].Split('\n', 2)[1], text);
    }

    public static TheoryData<Enum> AllVocabularyValues()
    {
        var data = new TheoryData<Enum>();
        foreach (Type type in new[] { typeof(SourceKind), typeof(ActorKind), typeof(PlaceKind), typeof(EventKind), typeof(GeoPrecision),
                     typeof(TimePrecision), typeof(ParticipantRole), typeof(MaterielOutcome), typeof(EventClarity), typeof(CountScope) })
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                data.Add(value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllVocabularyValues))]
    public void Vocabulary_values_are_rendered_as_the_YAML_words_of_the_schema(Enum value)
    {
        string word = value switch
        {
            SourceKind v => CanonicalText.Word(v),
            ActorKind v => CanonicalText.Word(v),
            PlaceKind v => CanonicalText.Word(v),
            EventKind v => CanonicalText.Word(v),
            GeoPrecision v => CanonicalText.Word(v),
            TimePrecision v => CanonicalText.Word(v),
            ParticipantRole v => CanonicalText.Word(v),
            MaterielOutcome v => CanonicalText.Word(v),
            EventClarity v => CanonicalText.Word(v),
            CountScope v => CanonicalText.Word(v),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        Assert.Matches("^[a-z]+(-[a-z]+)*$", word);
        Assert.Contains($"`{word}`", File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "docs", "schema.md")));
    }

    [Theory]
    [InlineData(25.0, "25.0")]
    [InlineData(17, "17.0")]
    [InlineData(32.4346, "32.4346")]
    [InlineData(-77.0364, "-77.0364")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(0, "0.0")]
    [InlineData(13.1778, "13.1778")]
    public void Coordinates_are_rendered_in_the_shortest_exact_invariant_form(double value, string expected)
    {
        Assert.Equal(expected, CanonicalText.Number(value));
        Assert.Equal(value, double.Parse(CanonicalText.Number(value), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData(@"a backslash-n typed as text: \n")]            // two characters, not a line break: kept as is
    [InlineData("“Berkane El-Fathi” — Haftar’s")]
    public void Inline_keeps_ordinary_text(string text) => Assert.Equal(text, CanonicalText.Inline(text));

    [Fact]
    public void Inline_makes_control_and_invisible_characters_visible()
    {
        Assert.Equal("a\\nb\\tc\\rd", CanonicalText.Inline("a\nb\tc\rd"));
        Assert.Equal("x\\u{200F}y", CanonicalText.Inline("x\u200Fy"));               // right-to-left mark
        Assert.Equal("x\\u{00A0}y", CanonicalText.Inline("x\u00A0y"));               // no-break space
        Assert.Equal("x\\u{200B}y", CanonicalText.Inline("x\u200By"));               // zero-width space
        Assert.Equal("x\\u{0007}y", CanonicalText.Inline("x\u0007y"));
        Assert.Equal("حكومة الوفاق", CanonicalText.Inline("حكومة الوفاق"));             // Arabic letters and ordinary spaces stay
        Assert.Equal("Al Aşābi‘ah “x”", CanonicalText.Inline("Al Aşābi‘ah “x”"));
    }

    [Fact]
    public void Multi_line_text_is_an_indented_block_and_absent_fields_are_left_out()
    {
        var w = new CanonicalText.Writer("libya");
        w.Text(1, "notes", "first line\r\nsecond line\n\nafter a blank line\n");
        w.Text(1, "summary", "one line");
        w.Text(1, "absent", null);
        w.Field(1, "absent", null);
        w.List(1, "aliases", Array.Empty<string>(), s => s);
        w.List(1, "tags", new[] { "a", "b" }, s => s);
        Assert.Equal(
            "  notes: |\n    first line\n    second line\n\n    after a blank line\n  summary: one line\n  tags:\n    - a\n    - b\n",
            w.ToString());
    }

    [Fact]
    public void Null_store_throws() => Assert.Throws<ArgumentNullException>(() => CanonicalText.Render(null!));
}
