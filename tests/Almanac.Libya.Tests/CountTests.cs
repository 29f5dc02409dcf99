namespace Almanac.Libya.Tests;

/// <summary>
/// The figures that are neither casualties nor materiel, the reports split into several events and the aggregate
/// reports: each is where the article puts it, supported by a quote, and none of them counts a fact twice.
/// </summary>
public class CountTests
{
    private static IEnumerable<(Event Event, Materiel Materiel)> PantsirDestroyed(DateOnly from, DateOnly to) =>
        Events.Between(from, to).SelectMany(e => e.Materiel
            .Where(m => m.Outcome == MaterielOutcome.Destroyed && m.Item.Contains("Pantsir", StringComparison.OrdinalIgnoreCase))
            .Select(m => (e, m)));

    [Fact]
    public void Every_count_is_supported_by_a_quote_of_its_event()
    {
        var counted = Events.All.Where(e => e.Counts.Count > 0).ToList();
        Assert.Equal(2, counted.Count);
        foreach (Event e in counted)
        {
            Assert.Contains(e.Citations, c => c.Kind == CitationKind.Quote && c.Supports.Contains("counts"));
        }
    }

    [Fact]
    public void The_tally_of_nine_is_cumulative_and_covers_the_systems_the_strikes_of_its_three_days_destroyed()
    {
        Event tally = Events.Get("2020-05-20-gna-forces-claim-nine-pantsir-in-three-days");
        ReportedCount nine = Assert.Single(tally.Counts);
        Assert.Equal(CountScope.Cumulative, nine.Scope);
        Assert.Equal(EventClarity.Aggregate, tally.Clarity);
        Assert.Empty(tally.Materiel);
        Assert.Contains(tally.Citations, c => c.Quote.Contains("raises the number of Russian systems", StringComparison.Ordinal));

        // The three days up to the tally: the materiel of those days is part of it, so it may not exceed it.
        var located = PantsirDestroyed(tally.Date.AddDays(-2), tally.LastDate).ToList();
        Assert.Equal(6, located.Sum(x => x.Materiel.Count ?? 0));
        Assert.True(located.Sum(x => x.Materiel.Count ?? 0) <= nine.Best);
    }

    [Fact]
    public void The_bodies_found_are_a_count_and_not_fatalities()
    {
        Event grave = Events.Get("2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies");
        Assert.Equal(new ReportedCount("bodies found in a grave", null, 7, null, CountScope.Event), Assert.Single(grave.Counts));
        Assert.Null(grave.Fatalities);
        Assert.Contains(grave.Citations, c => c.Quote.Contains("a grave with seven bodies", StringComparison.Ordinal) && c.Supports.Contains("counts"));
    }

    [Theory]
    [InlineData("2020-05-20-gununu-statement", 3)]
    [InlineData("2020-05-19-unsmil-statement", 2)]
    [InlineData("2020-05-20-trump-macron-call", 2)]
    [InlineData("2020-05-01-rifadi-interview", 2)]
    [InlineData("2020-05-20-six-pantsir-claim", 3)]
    public void Reports_split_into_several_events_share_a_group(string group, int parts)
    {
        IReadOnlyList<Event> events = Events.All.InGroup(group);
        Assert.Equal(parts, events.Count);
        // The parts of one report share the source that reports it (each part may cite more, e.g. for its date).
        var shared = events.Select(e => e.Citations.Select(c => c.Source.Id).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        Assert.True(shared.Count > 0, group);
    }

    [Fact]
    public void Groups_have_several_parts()
    {
        Assert.All(Events.All.Where(e => e.Group is not null).GroupBy(e => e.Group), g => Assert.True(g.Count() >= 2, g.Key));
    }

    [Fact]
    public void The_aggregate_reports_are_the_tally_the_accusations_and_the_raids()
    {
        Assert.Equal(
            new[] { "2019-04-04-gna-forces-accuse-lna-of-executing-prisoners", "2020-05-18-gna-air-raids-on-tarhuna", "2020-05-20-gna-forces-claim-nine-pantsir-in-three-days" },
            Events.All.Where(e => e.Clarity == EventClarity.Aggregate).Select(e => e.Id));
    }
}
