using System.Diagnostics;
using Almanac.Export;
using Almanac.Text;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Almanac.Site.Tests;

/// <summary>The Libya dataset's site in headless Chromium: what a reader does, checked as the browser shows it.</summary>
public sealed class SiteBrowserTests : IClassFixture<Browser>
{
    private readonly Browser _browser;
    private readonly ITestOutputHelper _output;

    public SiteBrowserTests(Browser browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    private IWebDriver Driver => _browser.Driver;

    /// <summary>An entity's page in the site: its kind's folder and its id.</summary>
    private static string PageOf(Entity entity) => entity.GetType().Name.ToLowerInvariant() + "s/" + entity.Id + ".html";

    private void Choose(string select, string value) =>
        Wait(By.Id(select)).FindElement(By.CssSelector($"option[value='{value}']")).Click();

    private IWebElement Wait(By by, double seconds = 5) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed));

    private IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();

    [Fact]
    public void The_overview_loads_without_console_errors_and_shows_the_citation_with_a_copy_button()
    {
        ConsoleErrors();
        var watch = Stopwatch.StartNew();
        _browser.Open("index.html");
        Assert.Equal(LibyaDataset.Dataset.Info.Title, Driver.FindElement(By.TagName("h1")).Text);
        _output.WriteLine($"overview loaded in {watch.ElapsedMilliseconds} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"the overview took {watch.ElapsedMilliseconds} ms");
        Assert.True(Driver.FindElement(By.CssSelector("button[data-copy=bibtex]")).Displayed);
        Assert.Contains(LibyaDataset.Dataset.Info.ContentHash!, Driver.FindElement(By.Id("bibtex")).Text, StringComparison.Ordinal);
        Assert.Empty(ConsoleErrors());
        _browser.Screenshot("overview");
    }

    [Fact]
    public void Searching_Hifter_leads_to_Khalifa_Haftars_page()
    {
        _browser.Open("index.html");
        IWebElement box = Driver.FindElement(By.Id("site-search"));
        var watch = Stopwatch.StartNew();
        box.SendKeys("Hifter");
        IWebElement suggestion = Wait(By.CssSelector("#site-search-results a"));
        _output.WriteLine($"suggestions after {watch.ElapsedMilliseconds} ms (typing included)");
        Assert.Equal("Khalifa Haftar", suggestion.Text);
        _browser.Screenshot("search-suggestions");

        // The keyboard reaches the suggestions; Enter on the box opens the search page.
        box.SendKeys(Keys.ArrowDown);
        Assert.Equal("Khalifa Haftar", Driver.SwitchTo().ActiveElement().Text);
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Escape);
        box = Driver.FindElement(By.Id("site-search"));
        box.SendKeys(Keys.Enter);
        IWebElement first = Wait(By.CssSelector("#results li a"));
        Assert.Equal("Khalifa Haftar", first.Text);
        _browser.Screenshot("search");
        first.Click();
        Assert.Equal("Khalifa Haftar", Wait(By.TagName("h1")).Text);
        Assert.EndsWith("actors/khalifa-haftar.html", Driver.Url, StringComparison.Ordinal);
        Assert.Empty(ConsoleErrors());
        _browser.Screenshot("actor");
    }

    [Fact]
    public void Search_answers_from_the_index_in_the_spellings_Find_accepts()
    {
        _browser.Open("search.html?q=" + Uri.EscapeDataString("خليفة حفتر"));
        Assert.Equal("Khalifa Haftar", Wait(By.CssSelector("#results li a")).Text);
        foreach (string query in new[] { "al-wefaq", "TARHUNA", "2020-05-20-pantsir-strikes-tarhuna" })
        {
            var watch = Stopwatch.StartNew();
            var found = (IReadOnlyCollection<object>)((IJavaScriptExecutor)Driver).ExecuteAsyncScript(
                "var done = arguments[arguments.length - 1]; almanacSearchQuery(arguments[0], function (r) { done(r.map(function (x) { return x.url; })); });", query)!;
            _output.WriteLine($"search for {query}: {found.Count} results in {watch.ElapsedMilliseconds} ms");
            Entity expected = (Entity?)LibyaDataset.Dataset.Actors.Find(query) ?? (Entity?)LibyaDataset.Dataset.Places.Find(query) ?? LibyaDataset.Dataset.Events.Find(query)
                ?? throw new InvalidOperationException($"nothing is called {query}");
            Assert.Contains(found.Cast<string>(), url => url == PageOf(expected));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void The_pages_normalisation_equals_the_runtimes_on_the_shared_strings_and_every_name()
    {
        _browser.Open("search.html");
        Dataset d = LibyaDataset.Dataset;
        var texts = AliasKeySamples.All
            .Concat(d.Actors.Cast<Entity>().Concat(d.Places).Concat(d.Events).Concat(d.Sources).SelectMany(e => e.Aliases.Append(e.Name).Append(e.Id)))
            .Distinct(StringComparer.Ordinal).ToList();
        var keys = ((IReadOnlyCollection<object>)((IJavaScriptExecutor)Driver).ExecuteScript("return arguments[0].map(almanacNormalize);", texts)!).Cast<string>().ToList();
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.True(AliasKey.Normalize(texts[i]) == keys[i], $"'{texts[i]}': the runtime's key is '{AliasKey.Normalize(texts[i])}', the page's '{keys[i]}'");
        }
    }

    [Fact]
    public void Filtering_the_timeline_by_the_GNA_shows_its_events_and_its_forces()
    {
        _browser.Open("timeline.html");
        Choose("filter-actor", "gna");
        var shown = Driver.FindElements(By.CssSelector("#timeline tbody tr")).Where(r => r.Displayed).ToList();
        var expected = Events.Involving(Actors.Gna).Select(e => e.Name).ToList();
        Assert.Equal(expected, shown.Select(r => r.FindElements(By.TagName("a"))[0].Text).ToList());
        Assert.Contains(Events.Involving(Actors.Gna), e => e.Actors.All(a => a != Actors.Gna));   // its forces' events are among them
        Assert.Contains($"{expected.Count} of {LibyaDataset.Dataset.Events.Count} events shown", Driver.FindElement(By.Id("shown")).Text, StringComparison.Ordinal);
        _browser.Screenshot("timeline-gna");
        Choose("filter-place", "tarhuna");
        int both = Events.Involving(Actors.Gna).Count(e => Events.At(Places.Tarhuna).Contains(e));
        Assert.Equal(both, Driver.FindElements(By.CssSelector("#timeline tbody tr")).Count(r => r.Displayed));
        Assert.Empty(ConsoleErrors());

        // The address chooses the filters: an actor's page links to its events on the timeline this way.
        _browser.Open("timeline.html?actors=gna");
        Assert.Equal("gna", Wait(By.Id("filter-actor")).GetAttribute("value"));
        Assert.Equal(expected.Count, Driver.FindElements(By.CssSelector("#timeline tbody tr")).Count(r => r.Displayed));
    }

    [Fact]
    public void A_filter_on_a_timeline_of_several_pages_says_how_many_events_match_on_each_page()
    {
        // The same site with ten events a page: the GNA's events are spread over several pages.
        string folder = Path.Combine(_browser.Root, "paged");
        SiteResult paged = DatasetSite.Write(LibyaDataset.Dataset, folder, new SiteOptions { EventsPerPage = 10 });
        int pages = (LibyaDataset.Dataset.Events.Count + 9) / 10;
        Assert.Contains("assets/timeline/index.js", paged.Files);
        Assert.Contains($"assets/timeline/page-{pages}.js", paged.Files);
        var expected = Enumerable.Range(0, pages)
            .Select(p => (Page: p + 1, Count: LibyaDataset.Dataset.Events.Skip(p * 10).Take(10).Count(e => Events.Involving(Actors.Gna).Contains(e))))
            .Where(x => x.Count > 0).ToList();
        Assert.True(expected.Count > 1, "the GNA's events should span several pages");

        Driver.Navigate().GoToUrl(new Uri(Path.Combine(folder, "timeline.html")).AbsoluteUri + "?actors=gna");
        IWebElement shown = Driver.FindElement(By.Id("shown"));
        new WebDriverWait(Driver, TimeSpan.FromSeconds(10)).Until(_ => shown.Text.Contains("match on all pages", StringComparison.Ordinal));
        Assert.Contains($"{Events.Involving(Actors.Gna).Count} match on all pages: ", shown.Text, StringComparison.Ordinal);
        var links = shown.FindElements(By.CssSelector("a.match-page"));
        Assert.Equal(expected.Select(x => $"page {x.Page} ({x.Count})"), links.Select(a => a.Text));
        Assert.All(Driver.FindElements(By.CssSelector("nav.pager a")), a => Assert.EndsWith("?actors=gna", a.GetAttribute("href"), StringComparison.Ordinal));

        // Following a page's link keeps the filter there.
        links[^1].Click();
        Assert.Equal("gna", Wait(By.Id("filter-actor")).GetAttribute("value"));
        Assert.Equal(expected[^1].Count, Driver.FindElements(By.CssSelector("#timeline tbody tr")).Count(r => r.Displayed));
        Assert.Empty(ConsoleErrors());
    }

    [Fact]
    public void Opening_the_Tarhuna_Pantsir_strikes_citation_shows_its_quote_highlighted_in_the_article()
    {
        Event strike = Events.Get("2020-05-20-pantsir-strikes-tarhuna");
        _browser.Open(PageOf(strike));
        _browser.Screenshot("event");
        IWebElement link = Driver.FindElements(By.CssSelector("a.provenance"))[0];
        Citation citation = strike.Citations[0];
        link.Click();
        Assert.Contains(PageOf(citation.Source) + "#q-", Driver.Url, StringComparison.Ordinal);
        string anchor = Driver.Url.Split('#')[1];
        IWebElement mark = Driver.FindElement(By.CssSelector($"[id='{anchor}'] ~ mark"));
        Assert.True(mark.Displayed);
        Assert.StartsWith(mark.Text.Split(' ')[0], citation.Quote, StringComparison.Ordinal);
        // The targeted passage is drawn in the strong highlight, and the paragraph is the one the citation gives.
        Assert.Equal("rgba(255, 216, 77, 1)", mark.GetCssValue("background-color"));
        IWebElement paragraph = Driver.FindElement(By.CssSelector($"li:has(> [id='{anchor}'])"));
        Assert.Equal("p-" + citation.Paragraph, paragraph.GetAttribute("id"));
        string where = (string)((IJavaScriptExecutor)Driver).ExecuteScript("var r = arguments[0].getBoundingClientRect(); return r.top + ' ' + r.bottom + ' ' + window.innerHeight + ' ' + window.scrollY;", mark)!;
        double[] box = where.Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(box[0] >= 0 && box[1] <= box[2], "the quote is not in view: top, bottom, window height, scroll: " + where);
        Driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        _browser.Driver.GetScreenshot().SaveAsFile(Path.Combine(Browser.ScreenshotFolder, "source-at-quote.png"));
        _browser.Screenshot("source");
        Assert.Empty(ConsoleErrors());
    }

    [Fact]
    public void A_targeted_passage_that_overlaps_another_is_highlighted_whole()
    {
        // Find a passage of the article written in several pieces (another passage overlaps it), then open its anchor.
        Source article = Sources.Aljazeera2020_05_21;
        _browser.Open(PageOf(article));
        var pieces = Driver.FindElements(By.CssSelector("ol.document mark.cited"))
            .SelectMany(m => (m.GetAttribute("class") ?? "").Split(' ').Where(c => c.StartsWith("of-", StringComparison.Ordinal)))
            .GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.NotEmpty(pieces);
        string anchor = pieces[0]["of-".Length..];
        _browser.Open(PageOf(article) + "#" + anchor);
        var marks = Driver.FindElements(By.CssSelector("ol.document mark"));
        // Every piece of the passage is drawn strong, and nothing else is.
        Assert.All(marks, m => Assert.True(
            (m.GetAttribute("class") ?? "").Split(' ').Contains("of-" + anchor) == (m.GetCssValue("background-color") == "rgba(255, 216, 77, 1)"),
            $"'{m.Text}' ({m.GetAttribute("class")}) is {m.GetCssValue("background-color")} with #{anchor} targeted"));
        Assert.True(marks.Count(m => m.GetCssValue("background-color") == "rgba(255, 216, 77, 1)") > 1);
        Assert.Empty(ConsoleErrors());
    }

    [Fact]
    public void The_map_shows_one_marker_per_located_place()
    {
        _browser.Open("map.html");
        var markers = Driver.FindElements(By.CssSelector("a.marker")).Select(m => m.GetAttribute("data-place") ?? "").Order(StringComparer.Ordinal).ToList();
        var located = LibyaDataset.Dataset.Places.Where(p => p.Location is not null).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(located, markers);
        Assert.All(Driver.FindElements(By.CssSelector("a.marker")), m => Assert.False(string.IsNullOrEmpty(m.GetAttribute("aria-label"))));
        Assert.Empty(ConsoleErrors());
        _browser.Screenshot("map");
    }

    [Fact]
    public void Place_and_list_pages_read_in_the_browser()
    {
        _browser.Open(PageOf(Places.Tarhuna));
        Assert.Equal("Tarhuna", Driver.FindElement(By.TagName("h1")).Text);
        _browser.Screenshot("place");
        _browser.Open("actors.html");
        Assert.Contains(Driver.FindElements(By.CssSelector("ul.tree a")), a => a.Text == Actors.Gna.Name);
        _browser.Screenshot("actors");
        Assert.Empty(ConsoleErrors());
    }
}
