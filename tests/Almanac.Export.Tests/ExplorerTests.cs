using System.Xml.Linq;
using Almanac.Export;
using Almanac.Samples.Explorer;

namespace Almanac.Export.Tests;

/// <summary>The explorer sample, run end to end into a temporary folder.</summary>
public sealed class ExplorerTests
{
    [Fact]
    public async Task The_tour_answers_its_questions_and_writes_every_export_and_picture()
    {
        using TempFolder temp = new("explorer");
        string folder = temp.Path;
        var output = new StringWriter();
        var files = await Tour.RunAsync(output, folder, Path.Combine(TempDirectory.RepositoryRoot(), "seeds"));
        string text = output.ToString();

        Assert.Contains(LibyaDataset.Citation, text, StringComparison.Ordinal);
        Assert.Contains("Cite as: " + LibyaDataset.Dataset.Info.Cite(Almanac.CitationFormat.Apa).TrimEnd('\n'), text, StringComparison.Ordinal);
        foreach (string section in new[]
        {
            "The Tarhuna campaign", "Who fought whom", "Claimed by one side", "Within 100 km of Tripoli",
            "Statements by foreign states and organisations", "Pantsir systems claimed destroyed, by place",
        })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
        foreach (Event e in Events.At(Places.Tarhuna))
        {
            Assert.Contains(e.Name.Length > 70 ? e.Name[..69] : e.Name, text, StringComparison.Ordinal);
        }
        Assert.Contains(Path.GetFullPath(folder), text, StringComparison.Ordinal);

        Assert.Contains("Open the explorer site in a browser: " + Path.Combine(Path.GetFullPath(folder), "site", "index.html"), text, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"cited\"", File.ReadAllText(Path.Combine(folder, "site", "sources", Sources.All[0].Id + ".html")), StringComparison.Ordinal);
        foreach (string file in new[] { "site/index.html", "acled.csv", "csv/events.csv", "events.geojson", "places.geojson", "parquet/events.parquet", "dataset.json", "timeline.svg", "timeline.png", "map.svg", "map.png" })
        {
            Assert.Contains(file, files);
            Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 0, file);
        }
        foreach (string png in new[] { "timeline.png", "map.png" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder, png));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"{png} is only {bytes.Length} bytes");
        }
        XDocument map = XDocument.Load(Path.Combine(folder, "map.svg"));
        Assert.Equal("svg", map.Root!.Name.LocalName);
        Assert.Contains(map.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("Tarhuna", StringComparison.Ordinal));
        XDocument timeline = XDocument.Load(Path.Combine(folder, "timeline.svg"));
        Assert.Contains(timeline.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains(Actors.Lna.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_event_kind_has_a_family_colour()
    {
        foreach (EventKind kind in Enum.GetValues<EventKind>())
        {
            KindFamily family = Pictures.FamilyOf(kind);
            Assert.False(string.IsNullOrEmpty(Pictures.LabelOf(family)));
        }
        Assert.Equal(Enum.GetValues<KindFamily>().Length, Enum.GetValues<KindFamily>().Select(Pictures.ColorOf).Distinct().Count());
        Assert.Equal(DatasetExport.AllFormats.Count, Enum.GetValues<ExportFormat>().Length);
    }
}
