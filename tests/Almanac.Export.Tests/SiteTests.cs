using System.Text.RegularExpressions;
using System.Xml.Linq;
using Almanac.Export;
using Almanac.Export.Site;
using Almanac.Text;

namespace Almanac.Export.Tests;

/// <summary>The Libya dataset's site, written once with the documents and once without, read back page by page.</summary>
public sealed class SiteFolder : IDisposable
{
    public SiteFolder()
    {
        Documents = Path.Combine(TempDirectory.RepositoryRoot(), "seeds");
        WithDocuments = DatasetSite.Write(LibyaDataset.Dataset, Path.Combine(Root, "with"), new SiteOptions { DocumentsDirectory = Documents });
        WithoutDocuments = DatasetSite.Write(LibyaDataset.Dataset, Path.Combine(Root, "without"));
    }

    public string Root { get; } = TempDirectory.Create("site");

    public string Documents { get; }

    public SiteResult WithDocuments { get; }

    public SiteResult WithoutDocuments { get; }

    /// <summary>A page of a site, parsed as XML (the site writes well-formed XHTML-compatible HTML).</summary>
    public static XDocument Load(SiteResult site, string relative) => SiteLinks.Load(site.Directory, relative);

    public void Dispose() => TempDirectory.Delete(Root);
}

public sealed class SiteTests : IClassFixture<SiteFolder>
{
    private readonly SiteFolder _site;

    public SiteTests(SiteFolder site) => _site = site;

    private static IEnumerable<XElement> All(XDocument page, string name) => page.Descendants().Where(e => e.Name.LocalName == name);

    private static string? Attr(XElement e, string name) => e.Attribute(name)?.Value;

    [Fact]
    public void Every_entity_has_a_page_named_by_its_id_with_its_name_as_heading()
    {
        Dataset d = LibyaDataset.Dataset;
        foreach (Entity e in d.Sources.Cast<Entity>().Concat(d.Actors).Concat(d.Places).Concat(d.Events))
        {
            string relative = SiteWriter.PathOf(e);
            Assert.Contains(relative, _site.WithDocuments.Files);
            XDocument page = SiteFolder.Load(_site.WithDocuments, relative);
            Assert.Equal(e.Name, All(page, "h1").Single().Value);
        }
        Assert.Equal(_site.WithDocuments.Files.Count, _site.WithDocuments.Files.Distinct().Count());
    }

    [Fact]
    public void Every_page_is_well_formed_and_every_internal_link_and_fragment_resolves()
    {
        foreach (SiteResult site in new[] { _site.WithDocuments, _site.WithoutDocuments })
        {
            Assert.True(SiteLinks.Check(site.Directory, site.Files) > 1000);
        }
    }

    [Fact]
    public void Every_quote_is_highlighted_in_its_document_at_the_paragraph_it_was_cited_from()
    {
        int checkedQuotes = 0;
        foreach (Entity e in LibyaDataset.Dataset.Actors.Cast<Entity>().Concat(LibyaDataset.Dataset.Places).Concat(LibyaDataset.Dataset.Events))
        {
            XDocument page = SiteFolder.Load(_site.WithDocuments, SiteWriter.PathOf(e));
            var provenance = All(page, "a").Where(a => Attr(a, "class") == "provenance").ToList();
            Assert.Equal(e.Citations.Count, provenance.Count);
            for (int i = 0; i < e.Citations.Count; i++)
            {
                Citation c = e.Citations[i];
                string href = Attr(provenance[i], "href")!;
                Assert.StartsWith("../" + SiteWriter.PathOf(c.Source) + "#", href, StringComparison.Ordinal);
                if (c.Kind != CitationKind.Quote || c.Paragraph is not int paragraph)
                {
                    continue;
                }
                XDocument source = SiteFolder.Load(_site.WithDocuments, SiteWriter.PathOf(c.Source));
                string anchor = href.Split('#')[1];
                XElement span = source.Descendants().Single(x => Attr(x, "id") == anchor);
                XElement item = span.Ancestors().First(x => x.Name.LocalName == "li");
                Assert.Equal("p-" + paragraph, Attr(item, "id"));
                XElement mark = span.ElementsAfterSelf().First(x => Attr(x, "class") != "anchor");
                Assert.Equal("mark", mark.Name.LocalName);
                string highlighted = Provenance.Fold(string.Concat(item.Descendants().Where(x => x.Name.LocalName == "mark").Select(x => x.Value)));
                Assert.Contains(Provenance.Fold(c.Quote).Split(' ')[0], highlighted, StringComparison.Ordinal);
                Assert.StartsWith(Provenance.Fold(mark.Value).Split(' ')[0], Provenance.Fold(c.Quote), StringComparison.Ordinal);
                checkedQuotes++;
            }
        }
        Assert.True(checkedQuotes > 20, $"only {checkedQuotes} quotes checked");
        Assert.Equal(LibyaDataset.Dataset.Sources.Count(s => s.Document is not null), _site.WithDocuments.DocumentsShown);
    }

    [Fact]
    public void Without_documents_a_source_page_lists_its_quotes_with_their_paragraphs()
    {
        Assert.Equal(0, _site.WithoutDocuments.DocumentsShown);
        Event strike = Events.Get("2020-05-20-pantsir-strikes-tarhuna");
        Citation c = strike.Citations.First(x => x.Kind == CitationKind.Quote);
        XDocument page = SiteFolder.Load(_site.WithoutDocuments, SiteWriter.PathOf(c.Source));
        XElement item = All(page, "li").Single(li => Attr(li, "id") is string id && id.StartsWith("q-", StringComparison.Ordinal)
            && All(new XDocument(li), "mark").Single().Value == c.Quote);
        Assert.Contains($"Paragraph {c.Paragraph}.", item.Value, StringComparison.Ordinal);
        Assert.Contains(All(new XDocument(item), "a"), a => Attr(a, "href") == "../" + SiteWriter.PathOf(strike));
    }

    [Fact]
    public void Excluded_passages_are_shown_with_their_reasons()
    {
        Source source = LibyaDataset.Dataset.Sources.First(s => s.Excluded.Count > 0);
        XDocument page = SiteFolder.Load(_site.WithDocuments, SiteWriter.PathOf(source));
        foreach (ExcludedPassage x in source.Excluded)
        {
            Assert.Contains(All(page, "mark"), m => (Attr(m, "class") ?? "").Split(' ')[0] == "excluded" && Attr(m, "title") == "Excluded: " + x.Reason);
            Assert.Contains(All(page, "p"), p => p.Value.Contains("Reason: " + x.Reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_overview_holds_the_metadata_the_citation_and_the_counts()
    {
        XDocument page = SiteFolder.Load(_site.WithDocuments, "index.html");
        string text = page.Root!.Value;
        DatasetInfo info = LibyaDataset.Dataset.Info;
        Assert.Contains(info.ContentHash!, text, StringComparison.Ordinal);
        Assert.Contains(info.License, text, StringComparison.Ordinal);
        Assert.Equal(info.Cite(CitationFormat.BibTeX).TrimEnd('\n'), All(page, "pre").Single(p => Attr(p, "id") == "bibtex").Value);
        Assert.Contains(All(page, "button"), b => Attr(b, "data-copy") == "bibtex");
        var counts = All(page, "table").Single(t => Attr(t, "class") == "counts");
        Assert.Contains(All(new XDocument(counts), "td"), td => td.Value == LibyaDataset.Dataset.Events.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_timeline_tags_each_event_with_its_actors_and_their_ancestors_and_its_places()
    {
        XDocument page = SiteFolder.Load(_site.WithDocuments, "timeline.html");
        var rows = All(page, "tr").Where(r => Attr(r, "data-kind") is not null).ToList();
        Assert.Equal(LibyaDataset.Dataset.Events.Count, rows.Count);
        var gna = rows.Where(r => Attr(r, "data-actors")!.Split(' ').Contains("gna")).ToList();
        Assert.Equal(Events.Involving(Actors.Gna).Count, gna.Count);
        var tarhuna = rows.Where(r => (Attr(r, "data-places") ?? "").Split(' ').Contains("tarhuna")).ToList();
        Assert.Equal(Events.At(Places.Tarhuna).Count, tarhuna.Count);
        Assert.Contains(All(page, "option"), o => Attr(o, "value") == "gna");
    }

    [Fact]
    public void The_map_has_one_marker_per_located_place_over_the_country_outlines()
    {
        XDocument page = SiteFolder.Load(_site.WithDocuments, "map.html");
        var markers = All(page, "a").Where(a => (Attr(a, "class") ?? "").StartsWith("marker", StringComparison.Ordinal)).Select(a => Attr(a, "data-place")).ToList();
        var located = LibyaDataset.Dataset.Places.Where(p => p.Location is not null).Select(p => p.Id).ToList();
        Assert.Equal(located.Order(StringComparer.Ordinal), markers.Order(StringComparer.Ordinal));
        Assert.Contains(All(page, "path"), p => All(new XDocument(p), "title").Single().Value == "Libya");
        Assert.True(new FileInfo(Path.Combine(_site.WithDocuments.Directory, "map.html")).Length < 1_000_000);
    }

    [Fact]
    public void The_search_index_holds_every_id_name_and_alias_under_the_runtime_key()
    {
        string folder = Path.Combine(_site.WithDocuments.Directory, "assets", "search");
        string all = string.Concat(Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var keys = Regex.Matches(all, "\\[\"((?:[^\"\\\\]|\\\\.)*)\",").Select(m => Regex.Unescape(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (Actor a in Actors.All)
        {
            foreach (string name in a.Aliases.Append(a.Name).Append(a.Id))
            {
                Assert.Contains(AliasKey.Normalize(name), keys);
            }
        }
        Assert.Contains(AliasKey.Normalize("Hifter"), keys);
        Assert.Contains("almanacSearch.shards(", File.ReadAllText(Path.Combine(folder, "index.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        using TempFolder temp = new("site-again");
        SiteResult again = DatasetSite.Write(LibyaDataset.Dataset, temp.Path, new SiteOptions { DocumentsDirectory = _site.Documents });
        Assert.Equal(_site.WithDocuments.Files, again.Files);
        foreach (string file in again.Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(again.Directory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.WithDocuments.Directory, file))), file);
        }
    }

    [Fact]
    public void Hostile_text_is_escaped_in_text_and_attributes()
    {
        const string hostile = "<script>alert('x')</script> & \"quoted\" \u0001 </textarea><img src=x onerror=alert(1)>";
        var html = new Html();
        html.Open("div", "title", hostile, "data-x", hostile).Text(hostile).Element("a", hostile, "href", "?" + hostile).Close("div");
        var element = XElement.Parse(html.ToString());
        Assert.Equal(hostile.Replace('\u0001', '\uFFFD'), element.Attribute("title")!.Value);
        Assert.Equal(hostile.Replace('\u0001', '\uFFFD') + hostile.Replace('\u0001', '\uFFFD'), element.Value);
        Assert.DoesNotContain(element.Descendants(), e => e.Name.LocalName is "script" or "img");
        Assert.Equal("gna-forces", SiteWriter.FileName("gna-forces"));
        Assert.Equal("_002e_002e_002fetc_002fpasswd", SiteWriter.FileName("../etc/passwd"));
    }

    [Fact]
    public void Long_lists_continue_on_further_pages_and_an_entitys_events_link_to_the_filtered_timeline()
    {
        using TempFolder temp = new("site-pages");
        SiteResult site = DatasetSite.Write(LibyaDataset.Dataset, temp.Path, new SiteOptions { EventsPerPage = 5 });
        int pages = (LibyaDataset.Dataset.Events.Count + 4) / 5;
        Assert.Contains($"timeline-{pages}.html", site.Files);
        Assert.Contains($"events-{pages}.html", site.Files);
        Assert.DoesNotContain($"timeline-{pages + 1}.html", site.Files);
        int rows = Enumerable.Range(1, pages).Sum(p => All(SiteFolder.Load(site, p == 1 ? "timeline.html" : $"timeline-{p}.html"), "tr").Count(r => Attr(r, "data-kind") is not null));
        Assert.Equal(LibyaDataset.Dataset.Events.Count, rows);

        XDocument gna = SiteFolder.Load(site, "actors/gna.html");
        XElement section = All(gna, "section").Single(x => Attr(x, "aria-labelledby") == "events");
        Assert.Equal(5, All(new XDocument(section), "tbody").Single().Elements().Count());
        Assert.Contains(All(new XDocument(section), "a"), a => Attr(a, "href") == "../timeline.html?actors=gna");
    }

    [Fact]
    public void A_missing_documents_folder_is_an_error()
    {
        using TempFolder temp = new("site-missing");
        Assert.Throws<DirectoryNotFoundException>(() => DatasetSite.Write(LibyaDataset.Dataset, temp.Path, new SiteOptions { DocumentsDirectory = Path.Combine(temp.Path, "none") }));
    }
}
