using Almanac.Libya;

namespace Almanac.Libya.Tests;

/// <summary>Citations of the Libya dataset against the seed article: every event is sourced, every paragraph is accounted for.</summary>
public class ProvenanceTests
{
    private static readonly Source Article = Sources.Get("aljazeera-2020-05-21");

    private static IEnumerable<(string Entity, Citation Citation)> AllCitations() =>
        Actors.All.SelectMany(a => a.Citations.Select(c => ("actor " + a.Id, c)))
            .Concat(Places.All.SelectMany(p => p.Citations.Select(c => ("place " + p.Id, c))))
            .Concat(Events.All.SelectMany(e => e.Citations.Select(c => ("event " + e.Id, c))));

    [Fact]
    public void The_article_is_a_source_with_its_document()
    {
        Assert.Equal("seeds/000_b3dc0abcc49582ad.txt", Article.Document);
        Assert.Equal(SourceKind.Article, Article.Kind);
    }

    [Fact]
    public void Every_event_cites_the_article_with_a_paragraph()
    {
        var missing = Events.All
            .Where(e => !e.Citations.Any(c => ReferenceEquals(c.Source, Article) && c.Paragraph is not null))
            .Select(e => e.Id)
            .ToList();
        Assert.True(missing.Count == 0, "Events without a located citation of the article: " + string.Join(", ", missing));
    }

    [Fact]
    public void Citations_carry_a_paragraph_exactly_when_their_source_has_a_document()
    {
        foreach (var (entity, citation) in AllCitations())
        {
            Assert.True((citation.Source.Document is not null) == (citation.Paragraph is not null), $"{entity}: {citation}");
        }
        foreach (Source source in Sources.All)
        {
            Assert.All(source.Excluded, x => Assert.Equal(source.Document is not null, x.Paragraph is not null));
        }
    }

    [Fact]
    public void Stored_paragraphs_are_where_the_quotes_start_in_the_document()
    {
        // An independent reading of the document (SourceDocument) must put every quote where the generator did.
        SourceDocument document = SourceDocument.Load(Article.Document!);
        var wrong = new List<string>();
        foreach (var (entity, citation) in AllCitations().Where(x => ReferenceEquals(x.Citation.Source, Article)))
        {
            int? expected = document.ParagraphOf(citation.Quote);
            if (expected != citation.Paragraph)
            {
                wrong.Add($"{entity}: stored ¶{citation.Paragraph}, found ¶{expected?.ToString() ?? "none"}: \"{citation.Quote}\"");
            }
        }
        foreach (ExcludedPassage passage in Article.Excluded)
        {
            int? expected = document.ParagraphOf(passage.Quote);
            if (expected != passage.Paragraph)
            {
                wrong.Add($"excluded: stored ¶{passage.Paragraph}, found ¶{expected?.ToString() ?? "none"}: \"{passage.Quote}\"");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_paragraph_of_the_article_is_cited_or_excluded()
    {
        SourceDocument document = SourceDocument.Load(Article.Document!);
        var cited = AllCitations()
            .Where(x => ReferenceEquals(x.Citation.Source, Article) && x.Citation.Paragraph is not null)
            .Select(x => x.Citation.Paragraph!.Value)
            .ToHashSet();
        var excluded = Article.Excluded.Where(x => x.Paragraph is not null).Select(x => x.Paragraph!.Value).ToHashSet();

        var uncovered = Enumerable.Range(1, document.Paragraphs.Count)
            .Where(p => !cited.Contains(p) && !excluded.Contains(p))
            .ToList();

        var report = new StringBuilder();
        report.Append($"{document.Paragraphs.Count - uncovered.Count} of {document.Paragraphs.Count} paragraphs covered "
            + $"({100.0 * (document.Paragraphs.Count - uncovered.Count) / document.Paragraphs.Count:0.#} %). Uncovered:");
        foreach (int p in uncovered)
        {
            report.Append($"\n  ¶{p}: {document.Paragraphs[p - 1]}");
        }
        Assert.True(uncovered.Count == 0, report.ToString());
        Assert.True(document.Paragraphs.Count >= 20, "the article was not read");   // guards against an empty or wrong file
    }

    [Fact]
    public void Excluded_passages_are_whole_paragraphs_and_never_cited()
    {
        // An excluded passage is page furniture: it must be its paragraph (not part of a fact-bearing one), and no entity may cite it.
        SourceDocument document = SourceDocument.Load(Article.Document!);
        var citedParagraphs = AllCitations().Where(x => ReferenceEquals(x.Citation.Source, Article)).Select(x => x.Citation.Paragraph).ToHashSet();
        foreach (ExcludedPassage passage in Article.Excluded)
        {
            Assert.Equal(SourceDocument.Fold(document.Paragraphs[passage.Paragraph!.Value - 1]), SourceDocument.Fold(passage.Quote));
            Assert.DoesNotContain(passage.Paragraph, citedParagraphs);
            Assert.False(string.IsNullOrWhiteSpace(passage.Reason));
        }
    }
}
