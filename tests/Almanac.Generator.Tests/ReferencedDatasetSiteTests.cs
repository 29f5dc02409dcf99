using System.Xml.Linq;
using Almanac.Export;

namespace Almanac.Generator.Tests;

/// <summary>
/// The explorer site of a dataset that extends another (the consumer <c>notes</c> over <c>river</c>, compiled in process):
/// the other dataset's entities that its pages name have pages of their own, named by their qualified keys, that say
/// where they come from, and every link of every page resolves.
/// </summary>
public sealed class ReferencedDatasetSiteTests : IDisposable
{
    private readonly string _root = TempDirectory.Create("referenced-site");

    public void Dispose() => TempDirectory.Delete(_root);

    /// <summary>Writes the consumer's site with <paramref name="options"/> into a new folder.</summary>
    private SiteResult Write(SiteOptions options, string name, string yaml = ReferencedDatasetTests.EventsOverRiver)
    {
        var run = ReferencedDatasetTests.RunConsumer(yaml, ReferencedDatasetTests.River);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var (context, _, _, notes) = ReferencedDatasetTests.Load(run);
        SiteResult site = DatasetSite.Write(notes, Path.Combine(_root, name), options);
        context.Unload();
        return site;
    }

    private static IEnumerable<XElement> All(XContainer page, string name) => page.Descendants().Where(e => e.Name.LocalName == name);

    private static XDocument Load(SiteResult site, string relative) => SiteLinks.Load(site.Directory, relative);

    /// <summary>The search index's scripts of <paramref name="site"/>, one after the other.</summary>
    private static string SearchScripts(SiteResult site) =>
        string.Concat(site.Files.Where(f => f.StartsWith("assets/search/", StringComparison.Ordinal)).Select(f => File.ReadAllText(Path.Combine(site.Directory, f))));

    /// <summary>The links to event pages in <paramref name="section"/>.</summary>
    private static IEnumerable<string> EventLinks(XElement section) =>
        All(section, "a").Select(a => a.Attribute("href")!.Value).Where(href => href.StartsWith("../events/", StringComparison.Ordinal));

    [Fact]
    public void Every_link_of_an_extending_datasets_site_resolves_and_the_other_datasets_entities_have_pages_under_qualified_keys()
    {
        SiteResult site = Write(new SiteOptions(), "default");
        Assert.True(SiteLinks.Check(site.Directory, site.Files) > 50);

        // The own entities under their ids, the river entities that the notes name (directly or through them) under river:id.
        string[] Pages(string folder) => site.Files.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "actors/river_003ablue-force.html", "actors/river_003ablue-state.html", "actors/river_003ared-militia.html", "actors/village-council.html" },
            Pages("actors"));
        Assert.Equal(new[] { "places/mill.html", "places/river_003ablueland.html", "places/river_003ariver-town.html" }, Pages("places"));
        Assert.Equal(new[] { "sources/river_003agazetteer.html", "sources/river_003areport.html" }, Pages("sources"));
        Assert.Equal(new[] { "events/2020-05-18-town-meeting.html", "events/2020-05-20-mill-raid.html" }, Pages("events"));

        // The raid links to the river's Red Militia page, and the council's page to Blue State, of which it is part.
        XDocument raid = Load(site, "events/2020-05-20-mill-raid.html");
        Assert.Contains(All(raid, "a"), a => a.Attribute("href")?.Value == "../actors/river_003ared-militia.html" && a.Value == "Red Militia");
        Assert.Contains(All(Load(site, "actors/village-council.html"), "a"), a => a.Attribute("href")?.Value == "../actors/river_003ablue-state.html");
    }

    [Fact]
    public void The_page_of_another_datasets_entity_names_that_dataset_and_lists_the_events_of_the_site_dataset_that_involve_it()
    {
        SiteResult site = Write(new SiteOptions(), "pages");
        XDocument militia = Load(site, "actors/river_003ared-militia.html");
        XElement origin = All(militia, "section").Single(s => s.Attribute("class")?.Value == "origin");
        Assert.Contains("River", All(origin, "cite").Single().Value, StringComparison.Ordinal);
        Assert.Contains("version 1.2.3", origin.Value, StringComparison.Ordinal);
        Assert.Contains("river:red-militia", All(militia, "code").First().Value, StringComparison.Ordinal);
        // The river dataset's own events that involve it (the union queries answer with them) have no pages here: the raid alone is listed.
        XElement events = All(militia, "section").Single(s => s.Attribute("aria-labelledby")?.Value == "events");
        Assert.Equal(new[] { "../events/2020-05-20-mill-raid.html" }, EventLinks(events));
        // Blue State: the meeting through Blue Force, the raid through the council, both the notes' own.
        XElement state = All(Load(site, "actors/river_003ablue-state.html"), "section").Single(s => s.Attribute("aria-labelledby")?.Value == "events");
        Assert.Equal(new[] { "../events/2020-05-18-town-meeting.html", "../events/2020-05-20-mill-raid.html" }, EventLinks(state));
        // An own entity's page says nothing of another dataset.
        Assert.DoesNotContain(All(Load(site, "actors/village-council.html"), "section"), s => s.Attribute("class")?.Value == "origin");

        // The lists show them marked with their dataset; the overview names the dataset extended; search finds them.
        XDocument actors = Load(site, "actors.html");
        Assert.Contains(All(actors, "li"), li => li.Elements().Any(a => a.Attribute("href")?.Value == "actors/river_003ared-militia.html")
            && All(li, "span").Any(s => s.Value.Contains("from River valley test dataset 1.2.3", StringComparison.Ordinal)));
        Assert.Contains("1.2.3", All(Load(site, "index.html"), "section").Single(s => s.Attribute("aria-labelledby")?.Value == "extends").Value, StringComparison.Ordinal);
        string search = SearchScripts(site);
        Assert.Contains("\"river_003ared-militia\"", search, StringComparison.Ordinal);
        // The timeline filters by the qualified key, so that an own actor with the same id would be another option.
        string timeline = File.ReadAllText(Path.Combine(site.Directory, "timeline.html"));
        Assert.Contains("value=\"river:red-militia\"", timeline, StringComparison.Ordinal);
        Assert.Contains("data-actors=\"river:blue-force river:blue-state\"", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_of_several_pages_numbers_the_other_datasets_entities_and_every_link_resolves()
    {
        SiteResult site = Write(new SiteOptions { EventsPerPage = 1 }, "paged");
        Assert.True(SiteLinks.Check(site.Directory, site.Files) > 50);
        string index = File.ReadAllText(Path.Combine(site.Directory, "assets", "timeline", "index.js"));
        Assert.Contains("\"river:red-militia\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public void The_aliases_and_notes_the_dataset_adds_to_another_datasets_entity_are_on_its_page_and_in_search()
    {
        SiteResult site = Write(new SiteOptions(), "extends", ReferencedDatasetTests.EventsOverRiver + "\n" + """
            extends:
              - { actor: river:red-militia, aliases: ["The Reds of the Valley"], notes: Our interviewees' name for them. }
            """);
        XElement origin = All(Load(site, "actors/river_003ared-militia.html"), "section").Single(s => s.Attribute("class")?.Value == "origin");
        Assert.Contains("The Reds of the Valley", All(origin, "bdi").Select(b => b.Value));
        Assert.Contains("Our interviewees' name for them.", origin.Value, StringComparison.Ordinal);
        string search = SearchScripts(site);
        Assert.Contains("\"The Reds of the Valley\"", search, StringComparison.Ordinal); // the entry's label: the alias it was made from
        Assert.True(SiteLinks.Check(site.Directory, site.Files) > 50);
    }
}
