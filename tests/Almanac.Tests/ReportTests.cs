using Almanac.Libya;

namespace Almanac.Tests;

/// <summary>Report groups, event clarity and reported counts, over the real Libya dataset.</summary>
public class ReportTests
{
    private static IEnumerable<string> Ids(IEnumerable<Event> events) => events.Select(e => e.Id);

    [Fact]
    public void InGroup_gathers_the_parts_of_one_report_in_dataset_order()
    {
        Assert.Equal(
            new[] { "2020-05-20-gununu-accuses-uae-of-funding-pantsir", "2020-05-20-gununu-defies-uae-egypt-and-wagner", "2020-05-20-gununu-says-all-cities-will-be-cleared" },
            Ids(Events.All.InGroup("2020-05-20-gununu-statement")));
        Assert.Equal(2, Events.All.InGroup("2020-05-19-unsmil-statement").Count);
        Assert.Empty(Events.All.InGroup("no-such-report"));
        Assert.Throws<ArgumentNullException>(() => Events.All.InGroup(null!));
    }

    [Fact]
    public void InGroup_equals_a_scan_of_event_groups_for_every_group()
    {
        var groups = Events.All.Where(e => e.Group is not null).GroupBy(e => e.Group!).ToList();
        Assert.Equal(5, groups.Count);
        foreach (var group in groups)
        {
            Assert.True(group.Count() >= 2, $"{group.Key} has one part");
            Assert.Equal(Ids(group), Ids(Events.All.InGroup(group.Key)));
        }
    }

    [Fact]
    public void Clarity_is_clear_unless_the_event_is_an_aggregate_report()
    {
        Assert.Equal(
            new[] { "2019-04-04-gna-forces-accuse-lna-of-executing-prisoners", "2020-05-18-gna-air-raids-on-tarhuna", "2020-05-20-gna-forces-claim-nine-pantsir-in-three-days" },
            Ids(Events.All.Where(e => e.Clarity == EventClarity.Aggregate)));
        Assert.Equal(EventClarity.Clear, Events.Get("2020-05-20-pantsir-strikes-tarhuna").Clarity);
        Assert.All(Events.All, e => Assert.True(Enum.IsDefined(e.Clarity)));
        Assert.Equal(1, (int)EventClarity.Clear);
        Assert.Equal(2, (int)EventClarity.Aggregate);
    }

    [Fact]
    public void Counts_hold_the_figures_that_are_neither_casualties_nor_materiel()
    {
        Event grave = Events.Get("2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies");
        ReportedCount bodies = Assert.Single(grave.Counts);
        Assert.Equal(new ReportedCount("bodies found in a grave", null, 7, null, CountScope.Event), bodies);
        Assert.Null(grave.Fatalities);

        Event tally = Events.Get("2020-05-20-gna-forces-claim-nine-pantsir-in-three-days");
        ReportedCount nine = Assert.Single(tally.Counts);
        Assert.Equal(9, nine.Best);
        Assert.Equal(CountScope.Cumulative, nine.Scope);
        Assert.Empty(tally.Materiel);
        Assert.Empty(Events.Get("2020-05-20-pantsir-strikes-tarhuna").Counts);
    }
}
