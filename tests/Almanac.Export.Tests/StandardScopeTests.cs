using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>
/// The scope flags: which rows ACLED and UCDP would record, in every export, so that an ACLED- or UCDP-shaped analysis
/// does not take the statements and the deathless strikes the Libya data maps for them as their events.
/// </summary>
public sealed class StandardScopeTests : IClassFixture<ExportFolder>
{
    private readonly ExportFolder _folder;

    public StandardScopeTests(ExportFolder folder) => _folder = folder;

    [Fact]
    public void Verbal_events_are_outside_ACLED_and_deathless_violence_outside_UCDP()
    {
        // A statement and an appeal: mapped to Strategic developments / Other, which ACLED does not use for statements.
        Assert.All(Events.All.Where(e => e.Kind is EventKind.Statement or EventKind.DeEscalationAppeal or EventKind.TelephoneCall),
            e => Assert.False(StandardScope.Acled(e), e.Id));
        Assert.All(Events.All.Where(e => e.Kind.Standards().AcledEventType != "Strategic developments"), e => Assert.True(StandardScope.Acled(e), e.Id));
        // Strikes the article reports without a death: organised violence, but UCDP GED records only fatal events.
        Event souqAlAhad = Events.Get("2020-05-20-pantsir-strike-souq-al-ahad");
        Assert.NotNull(souqAlAhad.Kind.Standards().UcdpViolence);
        Assert.Equal(0, StandardScope.LeastDeaths(souqAlAhad));
        Assert.False(StandardScope.Ucdp(souqAlAhad));
        Assert.All(Events.All, e => Assert.Equal(e.Kind.Standards().UcdpViolence is not null && StandardScope.LeastDeaths(e) > 0, StandardScope.Ucdp(e)));
        Assert.Contains(Events.All, StandardScope.Acled);
        Assert.Contains(Events.All, e => !StandardScope.Acled(e));
    }

    [Fact]
    public void The_fewest_deaths_are_the_low_figure_else_the_best_else_the_sides_low_figures()
    {
        Assert.Equal(0, StandardScope.LeastDeaths(Events.All.First(e => e.Fatalities is null)));
        foreach (Event e in Events.All.Where(e => e.Fatalities is not null))
        {
            Casualties f = e.Fatalities!;
            int expected = f.Low ?? f.Best ?? f.Sides.Sum(s => s.Low ?? s.Best ?? 0);
            Assert.Equal(expected, StandardScope.LeastDeaths(e));
        }
    }

    [Fact]
    public void Every_export_carries_the_flags_of_every_event()
    {
        ExportTable events = ExportFolder.Tables().Single(t => t.Name == "events");
        int acled = events.Columns.ToList().FindIndex(c => c.Name == "acled_in_scope"), ucdp = events.Columns.ToList().FindIndex(c => c.Name == "ucdp_in_scope");
        Assert.Equal(ColumnType.Boolean, events.Columns[acled].Type);
        Assert.Equal(Events.All.Select(StandardScope.Acled), events.Rows.Select(r => (bool)r[acled]!));
        Assert.Equal(Events.All.Select(StandardScope.Ucdp), events.Rows.Select(r => (bool)r[ucdp]!));

        var (_, csv) = CsvExportTests.Read(_folder.PathOf("csv/events.csv"));
        Assert.Equal(Events.All.Select(e => StandardScope.Ucdp(e) ? "true" : "false"), csv.Select(r => r["ucdp_in_scope"]));
        var (header, acledRows) = CsvExportTests.Read(_folder.PathOf(DatasetExport.AcledPath));
        Assert.Equal(new[] { "acled_in_scope", "dataset" }, header.TakeLast(2));
        Assert.Equal(Events.All.Select(e => StandardScope.Acled(e) ? "true" : "false"), acledRows.Select(r => r["acled_in_scope"]));

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf("dataset.json")));
        Assert.Equal(Events.All.Select(StandardScope.Ucdp),
            json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("standards").GetProperty("ucdp-in-scope").GetBoolean()));
        using var geo = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf("events.geojson")));
        Assert.Equal(Events.All.Select(StandardScope.Acled),
            geo.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("acled_in_scope").GetBoolean()));
    }
}
