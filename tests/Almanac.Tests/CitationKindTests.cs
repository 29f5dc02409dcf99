using Almanac.Libya;

namespace Almanac.Tests;

/// <summary>Quotes and references (<see cref="Citation.Kind"/>) as the compiled Libya dataset holds them.</summary>
public class CitationKindTests
{
    [Fact]
    public void A_quote_of_a_source_with_a_document_is_a_quote_with_its_paragraph()
    {
        Citation quote = Places.Libya.Citations[0];
        Assert.Equal(CitationKind.Quote, quote.Kind);
        Assert.Equal("aljazeera-2020-05-21", quote.Source.Id);
        Assert.Equal("calling for an end to the escalation in Libya", quote.Quote);
        Assert.Null(quote.Claim);
        Assert.NotNull(quote.Paragraph);
        Assert.Empty(quote.Supports);
    }

    [Fact]
    public void A_claim_of_a_source_without_a_document_is_a_reference_without_a_quote_or_paragraph()
    {
        Citation reference = Places.Libya.Citations[1];
        Assert.Equal(CitationKind.Reference, reference.Kind);
        Assert.Equal("waritally-geo-sql", reference.Source.Id);
        Assert.Null(reference.Source.Document);
        Assert.Equal("Libya country centroid 25.0, 17.0", reference.Claim);
        Assert.Equal("", reference.Quote);
        Assert.Null(reference.Paragraph);
        Assert.Equal("waritally-geo-sql (reference): Libya country centroid 25.0, 17.0", reference.ToString());
    }

    [Fact]
    public void Every_citation_of_a_source_with_a_document_is_a_quote_and_every_other_a_reference()
    {
        IEnumerable<Citation> citations = LibyaDataset.Dataset.Actors.Cast<Entity>().Concat(LibyaDataset.Dataset.Places).Concat(LibyaDataset.Dataset.Events)
            .SelectMany(e => e.Citations);
        Assert.All(citations, c => Assert.Equal(c.Source.Document is null ? CitationKind.Reference : CitationKind.Quote, c.Kind));
    }

    [Fact]
    public void Every_event_date_is_either_supported_by_a_citation_or_listed_as_uncertain()
    {
        Assert.All(LibyaDataset.Dataset.Events, e => Assert.True(
            e.Citations.Any(c => c.Supports.Contains("date")) != e.Uncertain.Contains("date"),
            $"{e.Id}: the date must be supported by a citation or be uncertain, not both"));
        Assert.Contains(LibyaDataset.Dataset.Events, e => e.Uncertain.Count > 0);
    }
}
