using Almanac.Generator.Common;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Parsing;
using Almanac.Storage;

namespace Almanac.Generator.Tests;

/// <summary>
/// <c>Events.Between</c> over compiled datasets of long and short events: the long events (longer than
/// <see cref="DataFormat.LongEventDays"/>) are indexed apart, and every query equals a plain overlap filter over all events.
/// </summary>
public class BetweenTests
{
    /// <summary>An event of a test dataset: its id, first day and last day.</summary>
    private sealed record Span(string Id, DateOnly Date, DateOnly Last);

    private static DateOnly Day(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    private static Span S(string id, string date, string? last = null) => new(id, Day(date), Day(last ?? date));

    /// <summary>The YAML of a dataset <c>spans</c> with one source, one place and <paramref name="events"/> at it.</summary>
    private static string Yaml(IEnumerable<Span> events)
    {
        var yaml = new StringBuilder("dataset: { id: spans, title: Spans, version: '1', license: CC0-1.0, citation: C }\nsources:\n  - { id: s, title: S, kind: report }\n"
            + "places:\n  - { id: p, name: P, kind: area }\n");
        string separator = "events:\n";
        foreach (Span e in events)
        {
            string range = e.Last > e.Date ? $", end-date: {e.Last:yyyy-MM-dd}, time-precision: days" : ", time-precision: day";
            yaml.Append(separator).Append($"  - {{ id: {e.Id}, name: 'Event {e.Id}', kind: other, date: {e.Date:yyyy-MM-dd}{range}, place: p, sources: [{{ source: s, claim: q }}] }}\n");
            separator = "";
        }
        return yaml.ToString();
    }

    /// <summary>The dataset of <paramref name="events"/>, compiled and loaded.</summary>
    private static Almanac.Dataset Compile(IEnumerable<Span> events, string compression = "never")
    {
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("spans.yaml", Yaml(events)) },
            properties: new Dictionary<string, string> { ["AlmanacCompression"] = compression });
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        return result.Dataset("Test.Data.SpansDataset");
    }

    /// <summary>The encoded data of <paramref name="events"/>, uncompressed.</summary>
    private static EquatableArray<DataPart> Encode(IEnumerable<Span> events)
    {
        ParsedFile file = FileParser.Parse("/project/data/spans.yaml", Yaml(events), CancellationToken.None);
        LinkResult linked = Linker.Link(ImmutableArray.Create(file), ImmutableArray<IndexedDocument>.Empty, GeneratorOptions.Default("T.D"), CancellationToken.None);
        Assert.Empty(linked.Diagnostics);
        EncodeResult encoded = DataEncoder.Encode(linked.Dataset, DataCompression.Never, CancellationToken.None);
        Assert.Empty(encoded.Diagnostics);
        return encoded.Data!.Parts;
    }

    private static IEnumerable<string> Ids(IEnumerable<Event> events) => events.Select(e => e.Id);

    /// <summary>The events of <paramref name="data"/> that overlap <paramref name="from"/>…<paramref name="to"/>, by a filter over all
    /// of them: none when the window is inverted.</summary>
    private static IEnumerable<string> Overlapping(Almanac.Dataset data, DateOnly from, DateOnly to) =>
        Ids(data.Events.Where(e => from <= to && e.Date <= to && e.LastDate >= from));

    private static void AssertBetweenIsTheFilter(Almanac.Dataset data, DateOnly from, DateOnly to)
    {
        var expected = Overlapping(data, from, to).ToList();
        var actual = Ids(data.Events.Between(from, to)).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"Between({from:yyyy-MM-dd}, {to:yyyy-MM-dd}): expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    /// <summary>Every window of the given lengths that starts on a day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static void AssertEveryWindow(Almanac.Dataset data, DateOnly first, DateOnly last, params int[] lengths)
    {
        foreach (int length in lengths)
        {
            for (DateOnly from = first; from <= last; from = from.AddDays(1))
            {
                AssertBetweenIsTheFilter(data, from, from.AddDays(length));
            }
        }
    }

    /// <summary>Around the window 10–16 May 2020: long events before, across, inside and after it, and short ones at its edges.</summary>
    private static readonly Span[] s_mixed =
    {
        S("year-before", "2019-01-01", "2019-12-31"),
        S("multi-year-across", "2017-03-01", "2023-06-30"),
        S("year-ending-before-from", "2019-05-10", "2020-05-09"),
        S("year-ending-on-from", "2019-05-11", "2020-05-10"),
        S("long-ending-inside", "2020-04-01", "2020-05-13"),
        S("span-32-ending-on-from", "2020-04-08", "2020-05-10"),
        S("span-31-ending-before-from", "2020-04-08", "2020-05-09"),
        S("span-31-ending-on-from", "2020-04-09", "2020-05-10"),
        S("month-ending-on-from", "2020-04-10", "2020-05-10"),
        S("days-across-from", "2020-05-08", "2020-05-12"),
        S("day-before-from", "2020-05-09"),
        S("day-on-from", "2020-05-10"),
        S("year-starting-inside", "2020-05-12", "2021-05-11"),
        S("day-inside", "2020-05-13"),
        S("day-on-to", "2020-05-16"),
        S("year-starting-on-to", "2020-05-16", "2021-06-01"),
        S("day-after-to", "2020-05-17"),
        S("year-starting-after-to", "2020-05-17", "2021-06-01"),
        S("year-after", "2021-01-01", "2021-12-31"),
    };

    [Fact]
    public void Between_finds_long_and_short_events_before_inside_and_across_the_window()
    {
        Almanac.Dataset data = Compile(s_mixed);
        Assert.Equal(
            new[]
            {
                "multi-year-across", "year-ending-on-from", "long-ending-inside", "span-32-ending-on-from", "span-31-ending-on-from",
                "month-ending-on-from", "days-across-from", "day-on-from", "year-starting-inside", "day-inside", "day-on-to", "year-starting-on-to",
            },
            Ids(data.Events.Between(Day("2020-05-10"), Day("2020-05-16"))));

        // Windows that only long events overlap, far from the short ones.
        Assert.Equal(new[] { "multi-year-across" }, Ids(data.Events.Between(Day("2018-06-01"), Day("2018-06-30"))));
        Assert.Equal(new[] { "multi-year-across", "year-before" }, Ids(data.Events.Between(Day("2019-03-01"), Day("2019-03-07"))));
        Assert.Equal(new[] { "multi-year-across", "year-starting-inside", "year-starting-on-to", "year-starting-after-to", "year-after" },
            Ids(data.Events.Between(Day("2021-03-01"), Day("2021-03-01"))));
        // A window before and after every event, and windows of one day at the edges.
        Assert.Empty(data.Events.Between(Day("2010-01-01"), Day("2017-02-28")));
        Assert.Empty(data.Events.Between(Day("2023-07-01"), Day("2030-01-01")));
        Assert.Equal(new[] { "multi-year-across" }, Ids(data.Events.Between(Day("2017-03-01"), Day("2017-03-01"))));
        Assert.Equal(new[] { "multi-year-across" }, Ids(data.Events.Between(Day("2023-06-30"), Day("2023-06-30"))));
        // An inverted window is empty.
        Assert.Empty(data.Events.Between(Day("2020-05-16"), Day("2020-05-10")));
        Assert.Empty(data.Events.Between(Day("2020-05-11"), Day("2020-05-10")));

        AssertEveryWindow(data, Day("2017-01-01"), Day("2023-12-31"), 0, 6);
        AssertEveryWindow(data, Day("2019-12-01"), Day("2021-07-01"), 1, 30, 31, 32, 400);
    }

    [Fact]
    public void Between_in_a_dataset_of_long_events_only()
    {
        Span[] events =
        {
            S("decade", "2010-01-01", "2019-12-31"),
            S("year-2015", "2015-01-01", "2015-12-31"),
            S("campaign", "2015-06-01", "2015-08-15"),
            S("year-2018", "2018-01-01", "2018-12-31"),
            S("two-years", "2019-07-01", "2021-06-30"),
        };
        Almanac.Dataset data = Compile(events);
        Assert.Equal(new[] { "decade", "year-2015", "campaign" }, Ids(data.Events.Between(Day("2015-07-01"), Day("2015-07-07"))));
        Assert.Equal(new[] { "decade", "two-years" }, Ids(data.Events.Between(Day("2019-12-31"), Day("2019-12-31"))));
        Assert.Equal(new[] { "two-years" }, Ids(data.Events.Between(Day("2020-01-01"), Day("2020-01-07"))));
        Assert.Empty(data.Events.Between(Day("2021-07-01"), Day("2021-12-31")));
        AssertEveryWindow(data, Day("2009-12-01"), Day("2021-07-31"), 0, 6, 100);
    }

    [Fact]
    public void Between_in_a_dataset_without_long_events()
    {
        Span[] events =
        {
            S("month", "2020-04-01", "2020-05-02"),
            S("week", "2020-04-28", "2020-05-04"),
            S("day", "2020-05-01"),
            S("days", "2020-05-03", "2020-05-05"),
            S("later", "2020-06-01"),
        };
        Almanac.Dataset data = Compile(events);
        Assert.Equal(new[] { "month", "week", "day" }, Ids(data.Events.Between(Day("2020-05-01"), Day("2020-05-02"))));
        Assert.Equal(new[] { "week", "days" }, Ids(data.Events.Between(Day("2020-05-03"), Day("2020-05-31"))));
        Assert.Empty(data.Events.Between(Day("2020-05-06"), Day("2020-05-31")));
        AssertEveryWindow(data, Day("2020-03-01"), Day("2020-06-30"), 0, 1, 6, 40);
    }

    [Fact]
    public void Between_in_a_dataset_without_events()
    {
        Almanac.Dataset data = Compile(Array.Empty<Span>());
        Assert.Empty(data.Events);
        Assert.Empty(data.Events.Between(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Empty(data.Events.Between(Day("2020-05-01"), Day("2020-05-01")));
    }

    [Fact]
    public void Between_equals_the_filter_over_random_events()
    {
        // Over 2016-2020, mostly single days, some ranges of days and months, a few long events of months and years; more
        // than two record blocks, compressed, so that the sections are inflated and the blocks of events read in turn.
        var random = new Random(20200520);
        var first = new DateOnly(2016, 1, 1);
        var events = new List<Span>();
        for (int i = 0; i < 1200; i++)
        {
            int roll = random.Next(100);
            int span = roll switch
            {
                < 80 => 0,
                < 90 => 1 + random.Next(6),
                < 95 => 7 + random.Next(DataFormat.LongEventDays - 6),
                < 98 => DataFormat.LongEventDays + 1 + random.Next(400),
                _ => 365 + random.Next(3000),
            };
            DateOnly date = first.AddDays(random.Next(5 * 365));
            events.Add(new Span($"e-{i}", date, date.AddDays(span)));
        }
        Almanac.Dataset data = Compile(events, compression: "always");
        Assert.Equal(events.Count, data.Events.Count);
        for (int q = 0; q < 3000; q++)
        {
            DateOnly from = first.AddDays(random.Next(-400, 15 * 365));
            int length = random.Next(10) switch
            {
                0 => -1 - random.Next(10),
                < 4 => random.Next(7),
                < 8 => random.Next(40),
                _ => random.Next(2000),
            };
            AssertBetweenIsTheFilter(data, from, from.AddDays(length));
        }
    }

    [Fact]
    public void The_encoder_lists_the_long_events_and_writes_the_longest_short_span()
    {
        Span[] events =
        {
            S("e0", "2019-01-01", "2020-12-31"),
            S("e1", "2019-06-01", "2019-09-30"),  // long, ends before e0: the latest last day stays e0's
            S("e2", "2020-01-01", "2020-01-31"),  // 30 days
            S("e3", "2020-02-01", "2020-03-03"),  // 31 days: the longest that is not long
            S("e4", "2020-03-01", "2020-04-02"),  // 32 days: long
        };
        EquatableArray<DataPart> parts = Encode(events);
        Assert.Equal(31, Int32At(parts[0].Text, 12));

        DataPart lastDays = parts[1 + (int)DataFormat.Section.EventLastDays];
        Assert.Equal("index: event last days", lastDays.Label);
        Assert.Equal(events.Select(e => e.Last.DayNumber), Int32s(lastDays.Text));

        DataPart longEvents = parts[1 + (int)DataFormat.Section.LongEvents];
        Assert.StartsWith("index: long events", longEvents.Label);
        int e0 = Day("2020-12-31").DayNumber;
        Assert.Equal(new[] { 0, e0, e0, 1, Day("2019-09-30").DayNumber, e0, 4, Day("2020-04-02").DayNumber, e0 }, Int32s(longEvents.Text));

        // Without long events the section is empty; without events the span is 0.
        Assert.Equal("", Encode(events.Skip(2).Take(2)).ElementAt(1 + (int)DataFormat.Section.LongEvents).Text);
        Assert.Equal(0, Int32At(Encode(Array.Empty<Span>())[0].Text, 12));
    }

    private static int Int32At(string text, int position) => text[position] | (text[position + 1] << 16);

    private static IEnumerable<int> Int32s(string text) => Enumerable.Range(0, text.Length / 2).Select(i => Int32At(text, 2 * i));
}
