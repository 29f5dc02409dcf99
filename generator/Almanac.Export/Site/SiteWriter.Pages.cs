namespace Almanac.Export.Site;

internal sealed partial class SiteWriter
{
    private void WriteOverview()
    {
        DatasetInfo info = _dataset.Info;
        WritePage("index.html", info.Title, "overview", page =>
        {
            Html h = page.Html;
            h.Element("h1", info.Title).Line();
            if (info.Description is string description)
            {
                h.Element("p", description, "class", "description").Line();
            }
            h.Open("dl", "class", "facts").Line();
            Fact(h, "Version", info.Version);
            Fact(h, "Content hash", info.ContentHash);
            Fact(h, "Licence", info.License);
            Fact(h, "Released", info.Released is DateOnly released ? Date(released) : null);
            Fact(h, "Authors", info.Authors.Count == 0 ? null : string.Join("; ", info.Authors));
            Fact(h, "Keywords", info.Keywords.Count == 0 ? null : string.Join(", ", info.Keywords));
            if (info.Url is string url)
            {
                h.Element("dt", "Home page").Open("dd").Link(url, url).Close("dd").Line();
            }
            h.Close("dl").Line();

            h.Open("section", "aria-labelledby", "cite").Line().Element("h2", "How to cite", "id", "cite").Line()
                .Element("p", info.Citation).Line()
                .Open("p").Text(info.Cite(CitationFormat.Apa).TrimEnd('\n')).Close("p").Line()
                .Open("figure", "class", "bibtex").Line()
                .Open("figcaption").Text("BibTeX ").Element("button", "Copy", "type", "button", "data-copy", "bibtex", "hidden", "hidden").Close("figcaption").Line()
                .Open("pre", "id", "bibtex").Text(info.Cite(CitationFormat.BibTeX).TrimEnd('\n')).Close("pre").Line()
                .Close("figure").Line()
                .Close("section").Line();

            h.Open("section", "aria-labelledby", "contents").Line().Element("h2", "What the dataset holds", "id", "contents").Line();
            h.Open("table", "class", "counts").Line().Element("caption", "Entities by kind").Line()
                .Open("thead").Open("tr").Element("th", "Entities", "scope", "col").Element("th", "Count", "scope", "col").Element("th", "By kind", "scope", "col").Close("tr").Close("thead").Line()
                .Open("tbody").Line();
            CountRow(page, "sources.html", "Sources", _dataset.Sources.Select(s => s.Kind.ToYamlWord()).ToList());
            CountRow(page, "actors.html", "Actors", _dataset.Actors.Select(a => a.Kind.ToYamlWord()).ToList());
            CountRow(page, "places.html", "Places", _dataset.Places.Select(p => p.Kind.ToYamlWord()).ToList());
            CountRow(page, "events.html", "Events", _dataset.Events.Select(e => e.Kind.ToYamlWord()).ToList());
            h.Close("tbody").Line().Close("table").Line();
            if (_dataset.Events.Count > 0)
            {
                DateOnly first = _dataset.Events.Min(e => e.Date), last = _dataset.Events.Max(e => e.LastDate);
                h.Open("p").Text("The events run from ").Open("time", "datetime", Date(first)).Text(Date(first)).Close("time")
                    .Text(" to ").Open("time", "datetime", Date(last)).Text(Date(last)).Close("time").Text(": see the ")
                    .Link(page.To("timeline.html"), "timeline").Text(" and the ").Link(page.To("map.html"), "map").Text(".").Close("p").Line();
            }
            h.Close("section").Line();
            if (_scope.Extended.Count > 0)
            {
                WriteExtended(page);
            }

            h.Open("section", "aria-labelledby", "sources").Line().Element("h2", "Sources", "id", "sources").Line();
            if (_dataset.Sources.Count > OverviewSources)
            {
                h.Open("p").Text($"The {OverviewSources} most cited of {_dataset.Sources.Count} sources; ").Link(page.To("sources.html"), "every source").Text(".").Close("p").Line();
            }
            WriteSourceTable(page, _dataset.Sources.OrderByDescending(s => _provenance.Of(s).Count).ThenBy(s => s.Id, StringComparer.Ordinal).Take(OverviewSources));
            h.Close("section").Line();
        });
    }

    /// <summary>
    /// The section of the overview of a dataset that extends others: each dataset it extends, with its version and citation,
    /// and how many of its sources, actors and places the site shows (those the dataset's pages name).
    /// </summary>
    private void WriteExtended(Page page)
    {
        Html h = page.Html;
        h.Open("section", "aria-labelledby", "extends").Line().Element("h2", "The datasets it extends", "id", "extends").Line()
            .Element("p", "Its events name entities of these datasets; the lists and the map show those, each marked with its dataset, and each has a page listing this dataset's events that involve it or are at it.").Line()
            .Open("ul", "class", "extends").Line();
        foreach (Dataset d in _scope.Extended)
        {
            int Shown(IEnumerable<Entity> entities) => entities.Count(e => string.Equals(e.Dataset.Id, d.Info.Id, StringComparison.Ordinal));
            h.Open("li").Element("cite", d.Info.Title).Text($", version {d.Info.Version}: {Count(Shown(_scope.Sources))} sources, {Count(Shown(_scope.Actors))} actors and {Count(Shown(_scope.Places))} places shown. ")
                .Text("Cite it as: " + d.Info.Citation).Close("li").Line();
        }
        h.Close("ul").Line().Close("section").Line();
    }

    private static void Fact(Html h, string term, string? value)
    {
        if (value is not null)
        {
            h.Element("dt", term).Element("dd", value).Line();
        }
    }

    private static void CountRow(Page page, string list, string label, IReadOnlyList<string> kinds)
    {
        string breakdown = string.Join(", ", kinds.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + Count(g.Count())));
        page.Html.Open("tr").Open("th", "scope", "row").Link(page.To(list), label).Close("th")
            .Element("td", Count(kinds.Count), "class", "number").Element("td", breakdown).Close("tr").Line();
    }

    /// <summary>The most sources the overview lists (the most cited); the list of sources holds every one.</summary>
    internal const int OverviewSources = 25;

    private void WriteSourceTable(Page page, IEnumerable<Source> sources)
    {
        Html h = page.Html;
        h.Open("table", "class", "sources").Line()
            .Open("thead").Open("tr").Element("th", "Source", "scope", "col").Element("th", "Kind", "scope", "col").Element("th", "Publisher", "scope", "col")
            .Element("th", "Published", "scope", "col").Element("th", "Cited passages", "scope", "col").Close("tr").Close("thead").Line()
            .Open("tbody").Line();
        foreach (Source s in sources)
        {
            h.Open("tr").Open("td").Link(page.To(s), s.Title);
            WriteFrom(h, s);
            h.Close("td").Element("td", s.Kind.ToYamlWord()).Element("td", s.Publisher)
                .Element("td", s.Published is DateOnly d ? Date(d) : null).Element("td", Count(_provenance.Of(s).Count), "class", "number").Close("tr").Line();
        }
        h.Close("tbody").Line().Close("table").Line();
    }

    private void WriteLists()
    {
        WritePage("actors.html", "Actors", "list", page =>
        {
            page.Html.Element("h1", "Actors").Line().Element("p", "Each actor with its parts under it.").Line();
            WriteTree(page, _scope.Actors, a => a.PartOf, a => Marked(a, a.Kind.ToYamlWord()));
        });
        WritePage("places.html", "Places", "list", page =>
        {
            page.Html.Element("h1", "Places").Line().Element("p", "Each place with the places within it under it.").Line();
            WriteTree(page, _scope.Places, p => p.Within, p => Marked(p, p.Kind.ToYamlWord()));
        });
        WritePage("sources.html", "Sources", "list", page =>
        {
            page.Html.Element("h1", "Sources").Line();
            WriteSourceTable(page, _scope.Sources);
        });
        int size = _options.EventsPerPage, pages = Math.Max(1, (_dataset.Events.Count + size - 1) / size);
        for (int p = 0; p < pages; p++)
        {
            int from = p * size, to = Math.Min(_dataset.Events.Count, from + size);
            WritePage(PageName("events", p), "Events", "list", page =>
            {
                page.Html.Element("h1", pages == 1 ? "Events" : $"Events {from + 1}–{to} of {_dataset.Events.Count}").Line();
                Pager(page, "events", p, pages);
                WriteEventTable(page, Range(from, to), "Events by date");
                Pager(page, "events", p, pages);
            });
        }
    }

    private IEnumerable<Event> Range(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            yield return _dataset.Events[i];
        }
    }

    /// <summary>The file of page <paramref name="index"/> (from 0) of a list: <c>events.html</c>, <c>events-2.html</c>, …</summary>
    private static string PageName(string list, int index) => index == 0 ? list + ".html" : list + "-" + Count(index + 1) + ".html";

    private static void Pager(Page page, string list, int index, int pages)
    {
        if (pages <= 1)
        {
            return;
        }
        Html h = page.Html;
        h.Open("nav", "class", "pager", "aria-label", "Pages").Open("ul");
        for (int i = 0; i < pages; i++)
        {
            h.Open("li");
            if (i == index)
            {
                h.Element("span", Count(i + 1), "aria-current", "page");
            }
            else
            {
                h.Link(page.To(PageName(list, i)), Count(i + 1));
            }
            h.Close("li");
        }
        h.Close("ul").Close("nav").Line();
    }

    private void WriteSearch()
    {
        List<SearchIndex.Entry> entries = SearchIndex.Build(_scope.Sections().SelectMany(s => s.Entities), e => FileName(_scope.Key(e)), KindWord, AliasesOf);
        var shards = SearchIndex.Shard(entries);
        foreach (var (prefix, list) in shards)
        {
            WriteFile("assets/search/" + SearchIndex.FileName(prefix), SearchIndex.Script(prefix, list));
        }
        WriteFile("assets/search/index.js", SearchIndex.Manifest(shards.Select(s => s.Prefix)));
        WritePage("search.html", "Search", "search-page", page =>
        {
            page.Html.Element("h1", "Search").Line()
                .Element("p", "Type an id, a name or an alias in the search box above, in any spelling or script the dataset knows: case, accents, hyphens and spaces do not matter.").Line()
                .Open("noscript").Element("p", "Search needs scripts; without them, browse the lists of actors, places, events and sources.").Close("noscript").Line()
                .Open("section", "aria-live", "polite").Line()
                .Element("h2", "Results", "id", "results-title", "hidden", "hidden").Line()
                .Open("ol", "id", "results", "class", "results").Close("ol").Line()
                .Close("section").Line();
        });
    }
}
