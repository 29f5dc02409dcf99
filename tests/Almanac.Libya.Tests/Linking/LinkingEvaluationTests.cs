namespace Almanac.Libya.Tests.Linking;

/// <summary>
/// Dataset.Link on the seed article against the mentions annotated by hand in <c>seed-mentions.tsv</c>: precision and
/// recall, written into docs/linking.md (the region "linking evaluation"), which must say what this test computes.
/// </summary>
public class LinkingEvaluationTests
{
    private const string ArticleFile = "000_b3dc0abcc49582ad.txt";
    private const string SourceId = "aljazeera-2020-05-21";

    private static readonly string s_root = TempDirectory.RepositoryRoot();

    /// <summary>One annotated mention: its list (known, nested, unknown), its span in the article and the entity it names.</summary>
    private sealed record Gold(string List, int Paragraph, int Start, int Length, string Text, string Entity);

    private static string Article() => File.ReadAllText(Path.Combine(s_root, "seeds", ArticleFile));

    /// <summary>The annotated mentions, each located in the article: the given occurrence, on word boundaries, of its text in its paragraph.</summary>
    private static List<Gold> ReadGold(string article)
    {
        List<(int Start, int End)> paragraphs = Paragraphs(article);
        var gold = new List<Gold>();
        bool header = true;
        foreach (string line in File.ReadAllLines(Path.Combine(s_root, "tests", "Almanac.Libya.Tests", "Linking", "seed-mentions.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            string[] fields = line.Split('\t');
            Assert.True(fields.Length == 6, $"seed-mentions.tsv: six tab-separated fields expected: {line}");
            if (header)
            {
                Assert.Equal("list\tparagraph\toccurrence\ttext\tentity\tnote", line);
                header = false;
                continue;
            }
            int paragraph = int.Parse(fields[1], CultureInfo.InvariantCulture), occurrence = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var (start, end) = paragraphs[paragraph - 1];
            int at = start - 1;
            for (int seen = 0; seen < occurrence;)
            {
                at = article.IndexOf(fields[3], at + 1, end - at - 1, StringComparison.Ordinal);
                Assert.True(at >= 0, $"seed-mentions.tsv: paragraph {paragraph} has no occurrence {occurrence} of \"{fields[3]}\" on word boundaries");
                if ((at == 0 || !char.IsLetterOrDigit(article[at - 1])) && (at + fields[3].Length == article.Length || !char.IsLetterOrDigit(article[at + fields[3].Length])))
                {
                    seen++;
                }
            }
            Assert.Contains(fields[0], new[] { "known", "nested", "unknown" });
            gold.Add(new Gold(fields[0], paragraph, at, fields[3].Length, fields[3], fields[4]));
        }
        return gold;
    }

    /// <summary>The paragraphs of a document as the generator numbers them: blocks of consecutive non-blank lines.</summary>
    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var paragraphs = new List<(int Start, int End)>();
        int position = 0, start = -1, end = -1;
        while (position <= text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int lineEnd = newline < 0 ? text.Length : newline;
            if (string.IsNullOrWhiteSpace(text[position..lineEnd]))
            {
                if (start >= 0)
                {
                    paragraphs.Add((start, end));
                    start = -1;
                }
            }
            else
            {
                start = start < 0 ? position : start;
                end = lineEnd;
            }
            if (newline < 0)
            {
                break;
            }
            position = newline + 1;
        }
        if (start >= 0)
        {
            paragraphs.Add((start, end));
        }
        return paragraphs;
    }

    private static string Describe(Entity entity) => $"{entity.GetType().Name.ToLowerInvariant()}:{entity.Id}";

    /// <summary>The scores of one run of the linker against the known mentions.</summary>
    private sealed record Score(string Run, int Gold, int Resolved, int Correct, int Ambiguous, int AmbiguousWithGold, List<string> Wrong, List<string> Missed)
    {
        public double Precision => Resolved == 0 ? 0 : (double)Correct / Resolved;

        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    }

    /// <summary>
    /// A resolved mention is correct when it overlaps a known gold mention (each used once) and names its entity. An
    /// ambiguous mention is not a guess: it counts neither for nor against precision, and it finds no gold mention.
    /// </summary>
    private static Score Evaluate(string run, string article, IReadOnlyList<Mention> mentions, List<Gold> gold)
    {
        List<Gold> known = gold.Where(g => g.List == "known").ToList();
        var used = new HashSet<Gold>();
        var wrong = new List<string>();
        int correct = 0, ambiguous = 0, ambiguousWithGold = 0;
        foreach (Mention mention in mentions)
        {
            Gold? overlapping = known.FirstOrDefault(g => !used.Contains(g) && g.Start < mention.End && mention.Start < g.Start + g.Length);
            if (mention.Entity is null)
            {
                ambiguous++;
                if (overlapping is not null && mention.Candidates.Any(c => Describe(c.Entity) == overlapping.Entity))
                {
                    ambiguousWithGold++;
                }
                continue;
            }
            if (overlapping is not null && Describe(mention.Entity) == overlapping.Entity)
            {
                used.Add(overlapping);
                correct++;
            }
            else
            {
                wrong.Add($"¶{ParagraphOf(article, mention.Start)} “{mention.Text}” linked to {Describe(mention.Entity)}" +
                    (overlapping is null ? ", not a mention in the gold list" : $", which names {overlapping.Entity}"));
            }
        }
        List<string> missed = known.Where(g => !used.Contains(g)).Select(g => $"¶{g.Paragraph} “{g.Text}” ({g.Entity})").ToList();
        return new Score(run, known.Count, mentions.Count - ambiguous, correct, ambiguous, ambiguousWithGold, wrong, missed);
    }

    private static int ParagraphOf(string article, int offset) =>
        Paragraphs(article).FindIndex(p => p.Start <= offset && offset < p.End) + 1;

    [Fact]
    public void The_gold_list_locates_every_mention_and_names_entities_of_the_dataset()
    {
        string article = Article();
        List<Gold> gold = ReadGold(article);
        Assert.Equal(99, gold.Count(g => g.List == "known"));
        foreach (Gold g in gold)
        {
            Assert.Equal(g.Text, article.Substring(g.Start, g.Length));
            string[] entity = g.Entity.Split(':');
            Assert.True(entity[0] == "actor" ? LibyaDataset.Dataset.Actors.ContainsId(entity[1]) : entity[0] == "place" && LibyaDataset.Dataset.Places.ContainsId(entity[1]),
                $"{g.Entity} is no actor or place of the dataset");
        }
        // Known mentions do not overlap; a nested one lies inside a known one.
        List<Gold> known = gold.Where(g => g.List == "known").OrderBy(g => g.Start).ToList();
        for (int i = 1; i < known.Count; i++)
        {
            Assert.True(known[i - 1].Start + known[i - 1].Length <= known[i].Start, $"“{known[i - 1].Text}” overlaps “{known[i].Text}”");
        }
        Assert.All(gold.Where(g => g.List == "nested"), n => Assert.Contains(known, k => k.Start <= n.Start && n.Start + n.Length <= k.Start + k.Length));
    }

    [Fact]
    public void Precision_and_recall_on_the_seed_article_are_those_docs_linking_md_gives()
    {
        string article = Article();
        List<Gold> gold = ReadGold(article);
        Source source = LibyaDataset.Dataset.Sources.Get(SourceId);
        Score[] scores =
        {
            Evaluate("`Link(text)`", article, LibyaDataset.Dataset.Link(article), gold),
            Evaluate($"`Link(text, source)`, the source `{SourceId}`", article, LibyaDataset.Dataset.Link(article, source), gold),
        };

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Gold: {scores[0].Gold} mentions in spellings the dataset knows (and {gold.Count(g => g.List == "nested")} nested, {gold.Count(g => g.List == "unknown")} in spellings it does not know, not scored).\n\n");
        report.Append("| run | linked | correct | precision | recall | ambiguous (gold entity among the candidates) |\n|---|---|---|---|---|---|\n");
        foreach (Score s in scores)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {s.Run} | {s.Resolved} | {s.Correct} | {s.Precision:0.000} | {s.Recall:0.000} | {s.Ambiguous} ({s.AmbiguousWithGold}) |\n");
        }
        foreach (Score s in scores)
        {
            report.Append(CultureInfo.InvariantCulture, $"\n{s.Run}: wrong links {(s.Wrong.Count == 0 ? "none" : string.Join("; ", s.Wrong))}. Missed: {(s.Missed.Count == 0 ? "none" : string.Join("; ", s.Missed))}.\n");
        }

        string path = Path.Combine(s_root, "docs", "linking.md");
        string markdown = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Start = "<!-- linking evaluation -->\n", End = "<!-- end linking evaluation -->";
        int start = markdown.IndexOf(Start, StringComparison.Ordinal), end = markdown.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/linking.md has no region {Start.Trim()} … {End}.");
        string expected = markdown[..(start + Start.Length)] + report + markdown[end..];
        if (expected != markdown && Environment.GetEnvironmentVariable("ALMANAC_ACCEPT") is "1" or "true")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(expected == markdown, "The linking evaluation of docs/linking.md differs from what this test computes; rewrite it with ALMANAC_ACCEPT=1 dotnet test tests/Almanac.Libya.Tests --filter LinkingEvaluationTests.\n" + report);
    }
}
