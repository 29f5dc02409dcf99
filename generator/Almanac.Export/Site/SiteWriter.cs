using System.Text;
using System.Threading.Tasks;

namespace Almanac.Export.Site;

/// <summary>Writes the pages of one site; see <see cref="DatasetSite"/>. One instance per site.</summary>
internal sealed partial class SiteWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dataset _dataset;
    private readonly string _directory;
    private readonly SiteOptions _options;
    private readonly ExportScope _scope;
    private readonly HashSet<Entity> _others;
    private readonly Provenance _provenance;
    private readonly List<string> _files = new();

    /// <summary>What the dataset adds to entities of the datasets it extends (aliases, notes), by entity: those with a page.</summary>
    private readonly ILookup<Entity, Extension> _extensions;

    public SiteWriter(Dataset dataset, string directory, SiteOptions options)
    {
        _dataset = dataset;
        _directory = directory;
        _options = options;
        // The entities with a page: the dataset's own, and those of the datasets it extends that its pages name, as its exports hold them.
        _scope = ExportScope.Of(dataset, withReferenced: false);
        _others = new HashSet<Entity>(_scope.Sources.Cast<Entity>().Concat(_scope.Actors).Concat(_scope.Places).Where(e => !_scope.IsOwn(e)),
            ReferenceEqualityComparer.Instance);
        _provenance = new Provenance(_scope.Actors.Cast<Entity>().Concat(_scope.Places).Concat(_scope.Events));
        _extensions = dataset.Extensions.Where(x => _others.Contains(x.Entity)).ToLookup(x => x.Entity, (IEqualityComparer<Entity>)ReferenceEqualityComparer.Instance);
    }

    /// <summary>The other names of <paramref name="entity"/> on this site: its aliases, and those the site's dataset adds to it.</summary>
    private IReadOnlyList<string> AliasesOf(Entity entity) =>
        _extensions.Contains(entity) ? entity.Aliases.Concat(_extensions[entity].SelectMany(x => x.Aliases)).Distinct(StringComparer.Ordinal).ToList() : entity.Aliases;

    /// <summary>Every file written, relative to the site's folder, in ordinal order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The number of source pages that show their document.</summary>
    public int DocumentsShown => _documentsShown;

    private int _documentsShown;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public void WriteAll()
    {
        WriteAsset("site.css");
        WriteAsset("site.js");
        WriteOverview();
        WriteTimeline();
        WriteMap();
        WriteSearch();
        WriteLists();
        // The entity pages are independent of each other: they are written in parallel (the runtime decodes entities
        // thread-safely), and the list of files is sorted at the end so that it does not depend on the order.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(_scope.Sources, options, WriteSource);
        Parallel.ForEach(_scope.Actors, options, WriteActor);
        Parallel.ForEach(_scope.Places, options, WritePlace);
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _dataset.Events.Count, 256), options, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                WriteEvent(_dataset.Events[i]);
            }
        });
        _files.Sort(StringComparer.Ordinal);
    }

    // ---- paths --------------------------------------------------------------------------------------------------

    /// <summary>The folder of an entity kind's pages, which is also the kind's plural.</summary>
    internal static string Folder(Entity entity) => entity switch
    {
        Actor => "actors",
        Place => "places",
        Event => "events",
        Source => "sources",
        _ => throw new ArgumentException("Not an entity of the schema: " + entity.GetType().Name, nameof(entity)),
    };

    /// <summary>The kind of entity as one word (<c>actor</c>, <c>place</c>, <c>event</c>, <c>source</c>).</summary>
    internal static string KindWord(Entity entity) => Folder(entity).TrimEnd('s');

    /// <summary>The page of <paramref name="entity"/>, one of the site's dataset's own, relative to the site's folder.</summary>
    internal static string PathOf(Entity entity) => PathOf(entity, entity.Id);

    /// <summary>The page of <paramref name="entity"/> written under <paramref name="key"/>, relative to the site's folder.</summary>
    private static string PathOf(Entity entity, string key) => Folder(entity) + "/" + FileName(key) + ".html";

    /// <summary>
    /// The page of <paramref name="entity"/> on this site, relative to the site's folder: named by its key, its id when it is
    /// the dataset's own and <c>dataset:id</c> when it is another's (<see cref="ExportScope.Key"/>), so no two clash.
    /// </summary>
    private string PageOf(Entity entity) => PathOf(entity, _scope.Key(entity));

    /// <summary>Whether <paramref name="entity"/> has a page on this site: it is the dataset's own, or another dataset's that the site's pages name.</summary>
    private bool HasPage(Entity entity) => _scope.IsOwn(entity) || _others.Contains(entity);

    /// <summary>The events of <paramref name="events"/> that are the dataset's own (the union queries of a dataset that extends another also answer with the other's).</summary>
    private IReadOnlyList<Event> Own(IReadOnlyList<Event> events) => _others.Count == 0 ? events : events.Where(_scope.IsOwn).ToList();

    /// <summary>The events of the site's dataset that involve <paramref name="actor"/> or its parts.</summary>
    private IReadOnlyList<Event> Involving(Actor actor) => Own(_scope.QueriesOf(actor).Events.Involving(actor));

    /// <summary>The events of the site's dataset at <paramref name="place"/> itself.</summary>
    private IReadOnlyList<Event> AtExactly(Place place) => Own(_scope.QueriesOf(place).Events.AtExactly(place));

    /// <summary>The events of the site's dataset at <paramref name="place"/> or a place within it.</summary>
    private IReadOnlyList<Event> At(Place place) => Own(_scope.QueriesOf(place).Events.At(place));

    /// <summary>
    /// <paramref name="detail"/> (an entity's kind word in a list) with, for an entity of another dataset, the dataset it
    /// comes from (<c>armed-forces, from River valley 1.2.3</c>: the dataset's title and version).
    /// </summary>
    private string Marked(Entity entity, string detail) => _scope.IsOwn(entity) ? detail : detail + ", " + From(entity);

    /// <summary>The dataset an entity comes from, as lists mark another dataset's: <c>from River valley 1.2.3</c>.</summary>
    private static string From(Entity entity) => "from " + entity.Dataset.Title + " " + entity.Dataset.Version;

    /// <summary>After a link to an entity of another dataset in a table, the dataset it comes from; nothing for the dataset's own.</summary>
    private void WriteFrom(Html h, Entity entity)
    {
        if (!_scope.IsOwn(entity))
        {
            h.Text(" ").Element("span", From(entity), "class", "detail");
        }
    }

    /// <summary>
    /// A file name for an id: ids are kebab-case, so they are their own names; any other character is written as
    /// <c>_</c> and its code, so that no id can leave the folder or clash with another.
    /// </summary>
    internal static string FileName(string id)
    {
        bool plain = id.Length > 0 && id[0] != '.';
        foreach (char c in id)
        {
            plain &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.';
        }
        if (plain)
        {
            return id;
        }
        var b = new StringBuilder(id.Length * 2);
        foreach (char c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                b.Append(c);
            }
            else
            {
                b.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        return b.ToString();
    }

    /// <summary>Writes a file of the site: <paramref name="relative"/> uses <c>/</c>.</summary>
    private void WriteFile(string relative, string text)
    {
        string path = Path.Combine(_directory, relative.Replace('/', Path.DirectorySeparatorChar));
        string folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }
        File.WriteAllText(path, text, s_utf8);
        lock (_files)
        {
            _files.Add(relative);
        }
    }

    private void WriteAsset(string name)
    {
        using Stream stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("Almanac.Export.Site." + name)
            ?? throw new InvalidOperationException($"The site asset '{name}' is missing from Almanac.Export.");
        using var reader = new StreamReader(stream, s_utf8);
        WriteFile("assets/" + name, reader.ReadToEnd());
    }

    // ---- the frame of every page --------------------------------------------------------------------------------

    /// <summary>A page being written: its path, and the prefix that leads from it to the site's folder.</summary>
    private sealed class Page
    {
        private readonly Func<Entity, string> _pageOf;

        public Page(string path, Func<Entity, string> pageOf)
        {
            Path = path;
            Root = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
            _pageOf = pageOf;
        }

        public string Path { get; }

        public string Root { get; }

        public Html Html { get; } = new();

        /// <summary>The link from this page to <paramref name="entity"/>'s page.</summary>
        public string To(Entity entity) => Root + _pageOf(entity);

        /// <summary>The link from this page to a page or file given relative to the site's folder.</summary>
        public string To(string relative) => Root + relative;
    }

    /// <summary>Writes a page: the head, the site's navigation and search form, <paramref name="body"/> as the main content, and the footer.</summary>
    private void WritePage(string path, string title, string bodyClass, Action<Page> body) => WritePage(path, title, bodyClass, body, style: null);

    /// <summary>Writes a page as <see cref="WritePage(string, string, string, Action{Page})"/> does, with style rules of its own
    /// (<paramref name="style"/>) in its head after the site's style sheet.</summary>
    private void WritePage(string path, string title, string bodyClass, Action<Page> body, string? style)
    {
        var page = new Page(path, PageOf);
        Html h = page.Html;
        DatasetInfo info = _dataset.Info;
        h.Raw("<!DOCTYPE html>").Line()
            .Open("html", "lang", "en").Line()
            .Open("head").Line()
            .Void("meta", "charset", "utf-8").Line()
            .Void("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").Line()
            .Element("title", title == info.Title ? title : title + " · " + info.Title).Line()
            .Void("link", "rel", "stylesheet", "href", page.To("assets/site.css")).Line();
        if (style is not null)
        {
            h.Element("style", style).Line();
        }
        h            .Open("script", "src", page.To("assets/site.js"), "defer", "defer").Close("script").Line()
            .Close("head").Line()
            .Open("body", "class", bodyClass, "data-root", page.Root).Line()
            .Link("#main", "Skip to the content", "skip").Line()
            .Open("header").Line()
            .Open("nav", "aria-label", "Site").Line()
            .Link(page.To("index.html"), info.Title, "home").Line()
            .Open("ul").Line();
        foreach (var (file, label) in new[]
        {
            ("timeline.html", "Timeline"), ("map.html", "Map"), ("actors.html", "Actors"), ("places.html", "Places"),
            ("events.html", "Events"), ("sources.html", "Sources"),
        })
        {
            h.Open("li").Link(page.To(file), label).Close("li").Line();
        }
        h.Close("ul").Line()
            .Open("form", "role", "search", "action", page.To("search.html"), "method", "get", "class", "search").Line()
            .Element("label", "Search", "for", "site-search").Line()
            .Void("input", "id", "site-search", "name", "q", "type", "search", "placeholder", "id, name or alias", "autocomplete", "off",
                "aria-controls", "site-search-results", "aria-autocomplete", "list").Line()
            .Element("button", "Search", "type", "submit").Line()
            .Open("ul", "id", "site-search-results", "class", "suggestions", "role", "listbox", "aria-label", "Matches", "hidden", "hidden").Close("ul").Line()
            .Close("form").Line()
            .Close("nav").Line()
            .Close("header").Line()
            .Open("main", "id", "main").Line();
        body(page);
        h.Close("main").Line()
            .Open("footer").Line()
            .Open("p").Text($"{info.Title}, version {info.Version}").Text(info.ContentHash is string hash ? ", content hash " + hash[..Math.Min(12, hash.Length)] : "")
            .Text(". Licence: " + info.License + ".").Close("p").Line()
            .Close("footer").Line()
            .Close("body").Line()
            .Close("html").Line();
        WriteFile(path, h.ToString());
    }

    // ---- shared pieces ------------------------------------------------------------------------------------------

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>An event's date or span; a date known only to the week, month or year is marked with ≈ and says so.</summary>
    private static void WriteWhen(Html h, Event e)
    {
        bool imprecise = e.TimePrecision != TimePrecision.Day && e.TimePrecision != TimePrecision.Days;
        h.Open("span", "class", imprecise ? "when imprecise" : "when", "title", imprecise ? "date known only to the " + e.TimePrecision.ToYamlWord() : null);
        if (imprecise)
        {
            h.Open("span", "aria-hidden", "true").Text("≈ ").Close("span").Element("span", "about ", "class", "visually-hidden");
        }
        h.Open("time", "datetime", Date(e.Date)).Text(Date(e.Date)).Close("time");
        if (e.EndDate is DateOnly end)
        {
            h.Text(" – ").Open("time", "datetime", Date(end)).Text(Date(end)).Close("time");
        }
        h.Close("span");
    }

    /// <summary>A table of events: when, kind, event, place.</summary>
    private static void WriteEventTable(Page page, IEnumerable<Event> events, string caption)
    {
        Html h = page.Html;
        h.Open("table", "class", "events").Line().Element("caption", caption).Line()
            .Open("thead").Open("tr").Element("th", "When", "scope", "col").Element("th", "Kind", "scope", "col")
            .Element("th", "Event", "scope", "col").Element("th", "Place", "scope", "col").Close("tr").Close("thead").Line()
            .Open("tbody").Line();
        foreach (Event e in events)
        {
            EventRow(page, e, null);
        }
        h.Close("tbody").Line().Close("table").Line();
    }

    private static void EventRow(Page page, Event e, string?[]? attributes)
    {
        Html h = page.Html;
        h.Open("tr", attributes ?? Array.Empty<string?>()).Open("td");
        WriteWhen(h, e);
        h.Close("td").Element("td", e.Kind.ToYamlWord()).Open("td").Link(page.To(e), e.Name).Close("td").Open("td");
        if (e.Place is Place place)
        {
            h.Link(page.To(place), place.Name);
        }
        h.Close("td").Close("tr").Line();
    }

    /// <summary>Writes a list of entities as links, or says there are none.</summary>
    private static void WriteLinks(Page page, IEnumerable<Entity> entities, string none)
    {
        Html h = page.Html;
        bool any = false;
        foreach (Entity entity in entities)
        {
            if (!any)
            {
                h.Open("ul", "class", "links").Line();
                any = true;
            }
            h.Open("li").Link(page.To(entity), entity.Name).Close("li").Line();
        }
        if (any)
        {
            h.Close("ul").Line();
        }
        else
        {
            h.Element("p", none, "class", "none").Line();
        }
    }

    /// <summary>The ancestors of an entity through <paramref name="parent"/>, nearest first, guarding against cycles.</summary>
    private static List<T> Ancestors<T>(T entity, Func<T, T?> parent) where T : Entity
    {
        var chain = new List<T>();
        for (T? p = parent(entity); p is not null && !chain.Contains(p) && !ReferenceEquals(p, entity); p = parent(p))
        {
            chain.Add(p);
        }
        return chain;
    }

    /// <summary>Writes a tree of entities as nested lists: the roots, each with its children under it.</summary>
    private static void WriteTree<T>(Page page, IReadOnlyList<T> entities, Func<T, T?> parent, Func<T, string>? detail = null) where T : Entity
    {
        var children = entities.Where(e => parent(e) is not null).ToLookup(e => parent(e)!);
        Html h = page.Html;
        void Level(IEnumerable<T> level, int depth)
        {
            h.Open("ul", "class", depth == 0 ? "tree" : null).Line();
            foreach (T e in level)
            {
                h.Open("li").Link(page.To(e), e.Name);
                if (detail?.Invoke(e) is string d && d.Length > 0)
                {
                    h.Text(" ").Element("span", d, "class", "detail");
                }
                if (children[e].Any() && depth < 32)
                {
                    Level(children[e], depth + 1);
                }
                h.Close("li").Line();
            }
            h.Close("ul").Line();
        }
        Level(entities.Where(e => parent(e) is null || Ancestors(e, parent).Contains(e)), 0);
    }
}
