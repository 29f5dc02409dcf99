using Almanac.Export;
using CsvHelper;

namespace Almanac.Export.Tests;

/// <summary>The CSV exports, read back with CsvHelper by header.</summary>
public sealed class CsvExportTests : IClassFixture<ExportFolder>
{
    private readonly ExportFolder _folder;

    public CsvExportTests(ExportFolder folder) => _folder = folder;

    /// <summary>Reads a CSV file: its header and its rows as column → value maps.</summary>
    internal static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Read(string path) => CsvFile.Read(path);

    [Fact]
    public void Acled_csv_has_ACLEDs_columns_in_ACLEDs_order()
    {
        var (header, rows) = Read(_folder.PathOf("acled.csv"));
        Assert.Equal(new[]
        {
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
            // After ACLED's own, the columns that are not ACLED's: whether ACLED would code the event at all, and its dataset.
            "acled_in_scope", "dataset",
        }, header);
        Assert.Equal(Events.All.Select(e => e.Id), rows.Select(r => r["event_id_cnty"]));
        Assert.All(rows, r => Assert.Equal("libya", r["dataset"]));
    }

    [Fact]
    public void Acled_csv_rows_carry_the_crosswalk_and_the_precision_codes_of_every_event()
    {
        var (_, rows) = Read(_folder.PathOf("acled.csv"));
        foreach (var (row, e) in rows.Zip(Events.All))
        {
            EventKindStandards codes = e.Kind.Standards();
            Assert.Equal(codes.AcledEventType, row["event_type"]);
            Assert.Equal(codes.AcledSubEventType, row["sub_event_type"]);
            Assert.Equal(codes.AcledDisorderType, row["disorder_type"]);
            Assert.Equal(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["event_date"]);
            Assert.Equal(e.TimePrecision.ToAcledTimePrecision().ToString(CultureInfo.InvariantCulture), row["time_precision"]);
            Assert.Equal(e.GeoPrecision?.ToAcledGeoPrecision().ToString(CultureInfo.InvariantCulture) ?? "", row["geo_precision"]);
            // iso and country come from the shipped ISO 3166 table, never invented: empty without a place country.
            Assert.Equal(CountryCodes.Find(e.Place?.Country)?.Numeric ?? "", row["iso"]);
            Assert.Equal(CountryCodes.Find(e.Place?.Country)?.Name ?? "", row["country"]);
            Assert.Equal((e.Fatalities?.Best ?? e.Fatalities?.Low ?? 0).ToString(CultureInfo.InvariantCulture), row["fatalities"]);
            if (e.Place?.Location is GeoPoint at)
            {
                Assert.Equal(at.Latitude, double.Parse(row["latitude"], CultureInfo.InvariantCulture));
                Assert.Equal(at.Longitude, double.Parse(row["longitude"], CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal("", row["latitude"]);
            }
        }
    }

    [Fact]
    public void Acled_csv_codes_the_Tarhuna_Pantsir_strike_as_ACLED_would()
    {
        var (_, rows) = Read(_folder.PathOf("acled.csv"));
        var row = rows.Single(r => r["event_id_cnty"] == Events._2020_05_20PantsirStrikesTarhuna.Id);
        Assert.Equal("Explosions/Remote violence", row["event_type"]);
        Assert.Equal("Air/drone strike", row["sub_event_type"]);
        Assert.Equal(Actors.GnaForces.Name, row["actor1"]);
        Assert.Equal(Actors.Lna.Name, row["actor2"]);
        Assert.Equal("1", row["inter1"]);   // Libyan armed forces in Libya: state forces
        Assert.Equal("1", row["inter2"]);
        Assert.Equal("11", row["interaction"]);
        Assert.Equal("434", row["iso"]);
        Assert.Equal("Libya", row["country"]);
        Assert.Equal("Tarhuna", row["location"]);
        Assert.Equal("1", row["time_precision"]);
        Assert.Equal("Al Jazeera; al-Araby al-Jadeed; Xinhua; horrya.net", row["source"]);   // the publishers of the cited sources, each once
        Assert.False(string.IsNullOrEmpty(row["admin1"]));
    }

    [Fact]
    public void Full_csv_tables_read_back_with_their_columns_and_rows()
    {
        foreach (ExportTable table in ExportFolder.Tables())
        {
            var (header, rows) = Read(_folder.PathOf($"csv/{table.Name}.csv"));
            Assert.Equal(table.Columns.Select(c => c.Name), header);
            Assert.Equal(table.Rows.Count, rows.Count);
        }
        var (_, events) = Read(_folder.PathOf("csv/events.csv"));
        Assert.Equal(Events.All.Select(e => e.Id), events.Select(r => r["id"]));
        Assert.Equal(Events.All.Select(e => e.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""), events.Select(r => r["end_date"]));
        var (_, participants) = Read(_folder.PathOf("csv/participants.csv"));
        Assert.Equal(Events.All.Sum(e => e.Participants.Count), participants.Count);
        var (_, citations) = Read(_folder.PathOf("csv/citations.csv"));
        // Quotes survive CSV quoting exactly (commas, quotation marks, non-Latin text).
        Assert.Equal(
            Events.All.SelectMany(e => e.Citations).Select(c => c.Quote),
            citations.Where(r => r["entity_type"] == "event").Select(r => r["quote"]));
    }

    [Fact]
    public void Csv_writer_quotes_what_needs_quoting_and_nothing_else()
    {
        var writer = new StringWriter();
        TableCsv.Write(DatasetTables.Build(LibyaDataset.Dataset).Single(t => t.Name == "citations"), writer);
        string text = writer.ToString();
        Assert.StartsWith("entity_type,entity_id,position,source_id,kind,quote,claim,supports,paragraph\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'=", text, StringComparison.Ordinal);
    }
}
