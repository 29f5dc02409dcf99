namespace Almanac.Generator.Tests;

/// <summary>
/// References and value-level provenance as the runtime reads them back from the compiled small fixture: a citation's
/// kind, claim and the values it supports, each entity's uncertain values, and when and where a source was read.
/// </summary>
public class ProvenanceTests
{
    private static readonly Lazy<Dataset> s_small = new(() =>
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"));
        Assert.Empty(result.Diagnostics);
        return result.Dataset("Test.Data.RiverDataset");
    });

    [Fact]
    public void A_claim_is_a_reference_with_the_values_it_supports()
    {
        Place town = s_small.Value.Places.Get("river-town");
        Citation reference = Assert.Single(town.Citations);
        Assert.Equal(CitationKind.Reference, reference.Kind);
        Assert.Equal("River Town lies at 32.4346, 13.6351", reference.Claim);
        Assert.Equal("", reference.Quote);
        Assert.Null(reference.Paragraph);
        Assert.Equal(new[] { "location", "geonames" }, reference.Supports);
        Assert.Equal(new[] { "wikidata", "osm", "icao" }, town.Uncertain);
    }

    [Fact]
    public void A_quote_is_found_in_its_document_and_supports_the_values_it_names()
    {
        Event strike = s_small.Value.Events.Get("2020-05-19-river-town-strike");
        Citation quote = Assert.Single(strike.Citations);
        Assert.Equal(CitationKind.Quote, quote.Kind);
        Assert.Null(quote.Claim);
        Assert.StartsWith("Blue Force aircraft struck River Town", quote.Quote);
        Assert.NotNull(quote.Paragraph);
        Assert.Equal(new[] { "date", "fatalities", "wounded" }, quote.Supports);
        Assert.Empty(strike.Uncertain);
        Assert.Equal(new[] { "date", "end-date" }, s_small.Value.Events.Get("2020-05-20-red-statement").Uncertain);
    }

    [Fact]
    public void A_source_says_when_it_was_read_and_where_it_is_archived()
    {
        Source gazetteer = s_small.Value.Sources.Get("gazetteer");
        Assert.Equal(new DateOnly(2021, 3, 1), gazetteer.Accessed);
        Assert.Equal("https://web.archive.org/web/20210301000000/https://example.org/gazetteer", gazetteer.ArchiveUrl?.OriginalString);
        Assert.Equal(new[] { "published" }, gazetteer.Uncertain);
        Source report = s_small.Value.Sources.Get("report");
        Assert.Null(report.Accessed);
        Assert.Null(report.ArchiveUrl);
        Assert.Empty(report.Uncertain);
    }
}
