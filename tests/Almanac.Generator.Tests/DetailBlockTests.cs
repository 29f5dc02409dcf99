using Almanac.Storage;

namespace Almanac.Generator.Tests;

/// <summary>
/// Detail records (an event's headline, text, citations, …) are decoded a block at a time, the first time one of the
/// block's records is read, from text that is not kept: over several blocks, stored raw and compressed, read in any order
/// and from many threads, every event reads its own details.
/// </summary>
public class DetailBlockTests
{
    private const int EventCount = 2 * DataFormat.RecordsPerBlock + 77;

    private static Almanac.Dataset Compile(string compression)
    {
        var yaml = new StringBuilder("dataset: { id: blocks, title: Blocks, version: '1', license: CC0-1.0, citation: C }\nsources:\n  - { id: s, title: S, kind: report }\n"
            + "places:\n  - { id: p, name: P, kind: area }\nevents:\n");
        for (int i = 0; i < EventCount; i++)
        {
            yaml.Append($"  - {{ id: e{i:D4}, name: 'Event number {i}', kind: other, date: 2020-05-{1 + i % 28:D2}, time-precision: day, place: p, summary: 'Summary {i}', sources: [{{ source: s, claim: 'Claim {i}' }}] }}\n");
        }
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("blocks.yaml", yaml.ToString()) },
            properties: new Dictionary<string, string> { ["AlmanacCompression"] = compression });
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        return result.Dataset("Test.Data.BlocksDataset");
    }

    private static void AssertOwnDetails(Event e)
    {
        int number = int.Parse(e.Id.AsSpan(1), CultureInfo.InvariantCulture);
        Assert.Equal($"Event number {number}", e.Name);
        Assert.Equal($"Summary {number}", e.Summary);
        Assert.Equal($"Claim {number}", Assert.Single(e.Citations).Claim);
    }

    [Theory]
    [InlineData("never")]
    [InlineData("always")]
    public void Each_event_reads_its_own_details_whatever_the_order(string compression)
    {
        Almanac.Dataset data = Compile(compression);
        Assert.Equal(EventCount, data.Events.Count);
        // The last event first (the last block holds fewer records than a full one), then one of the middle block, then
        // every seventh backwards.
        AssertOwnDetails(data.Events[EventCount - 1]);
        AssertOwnDetails(data.Events[DataFormat.RecordsPerBlock + 3]);
        for (int i = EventCount - 1; i >= 0; i -= 7)
        {
            AssertOwnDetails(data.Events[i]);
        }
        Assert.All(data.Events, AssertOwnDetails);
    }

    [Fact]
    public void Threads_reading_details_at_once_each_read_their_event()
    {
        Almanac.Dataset data = Compile("always");
        Parallel.For(0, 8 * EventCount, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => AssertOwnDetails(data.Events[(k * 389) % EventCount]));
        Assert.All(data.Events, AssertOwnDetails);
    }
}
