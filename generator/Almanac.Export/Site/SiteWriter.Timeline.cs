using System.Text;

namespace Almanac.Export.Site;

internal sealed partial class SiteWriter
{
    /// <summary>
    /// The timeline: every event as a row with its span drawn as a bar on the dataset's time axis (a date known only to
    /// the week, month or year drawn dashed and marked ≈), filterable by kind, actor (with its parts) and place (with the
    /// places within it). Each row names its kind, the actors it involves and their ancestors, and its place and the
    /// places it lies within, in <c>data-</c> attributes that the filters read. A timeline of several pages also has the
    /// same facets of every row in script files (<see cref="WriteTimelineFacets"/>), so that a filter says how many events
    /// match on every page and where.
    /// </summary>
    private void WriteTimeline()
    {
        IReadOnlyList<Event> events = _dataset.Events;
        DateOnly first = events.Count == 0 ? default : events.Min(e => e.Date);
        DateOnly last = events.Count == 0 ? default : events.Max(e => e.LastDate);
        DateOnly axisStart = AxisStart(events, first, last);
        double days = Math.Max(1, last.DayNumber - axisStart.DayNumber + 1);
        int size = _options.EventsPerPage, pages = Math.Max(1, (events.Count + size - 1) / size);
        if (pages > 1)
        {
            WriteTimelineFacets(events, size, pages);
        }
        for (int p = 0; p < pages; p++)
        {
            int from = p * size, to = Math.Min(events.Count, from + size);
            WritePage(PageName("timeline", p), "Timeline", "timeline", page =>
            {
                Html h = page.Html;
                h.Element("h1", "Timeline").Line();
                if (events.Count == 0)
                {
                    h.Element("p", "The dataset holds no events.", "class", "none").Line();
                    return;
                }
                h.Open("p").Text($"{events.Count} events from {Date(first)} to {Date(last)}. Each bar spans the event's days on the axis from {Date(axisStart)} to {Date(last)}")
                    .Text(axisStart > first ? " (a bar that began earlier starts at the left edge with ◀)" : "").Text("; ")
                    .Open("span", "class", "when imprecise").Text("≈").Close("span")
                    .Text(" and a dashed bar mark a date known only to the week, month or year.").Close("p").Line();
                Pager(page, "timeline", p, pages);
                WriteFilters(page);
                h.Open("p", "id", "shown", "aria-live", "polite", "class", "shown").Close("p").Line();
                h.Open("table", "class", "events timeline", "id", "timeline", "data-page", Count(p + 1), "data-pages", Count(pages)).Line()
                    .Element("caption", pages == 1 ? "Events by date" : $"Events {from + 1}–{to} by date").Line()
                    .Open("thead").Open("tr").Element("th", "When", "scope", "col").Element("th", "Kind", "scope", "col")
                    .Element("th", "Event", "scope", "col").Element("th", "Place", "scope", "col")
                    .Open("th", "scope", "col", "class", "axis").Element("span", Date(axisStart), "class", "start").Element("span", Date(last), "class", "end").Close("th")
                    .Close("tr").Close("thead").Line().Open("tbody").Line();
                for (int i = from; i < to; i++)
                {
                    Event e = events[i];
                    TimelineRow(page, e, axisStart, days);
                }
                h.Close("tbody").Line().Close("table").Line();
                Pager(page, "timeline", p, pages);
            });
        }
    }

    /// <summary>What the filters match an event by: its kind's word, the actors it involves with their ancestors (ordinal
    /// order of their keys), and its place with the places that contain it (nearest first).</summary>
    private (string Kind, IReadOnlyCollection<Actor> Actors, IReadOnlyList<Place> Places) Facets(Event e)
    {
        var actors = new SortedSet<Actor>(Comparer<Actor>.Create((a, b) => string.CompareOrdinal(_scope.Key(a), _scope.Key(b))));
        foreach (Actor a in e.Actors)
        {
            actors.Add(a);
            foreach (Actor ancestor in Ancestors(a, x => x.PartOf))
            {
                actors.Add(ancestor);
            }
        }
        IReadOnlyList<Place> places = e.Place is Place place ? Ancestors(place, x => x.Within).Prepend(place).ToList() : Array.Empty<Place>();
        return (e.Kind.ToYamlWord(), actors, places);
    }

    /// <summary>
    /// Writes the facets of every event of a timeline of <paramref name="pages"/> pages as scripts: <c>assets/timeline/index.js</c>
    /// (the kind words, actor ids and place ids that the rows number, and each page's file) and one
    /// <c>assets/timeline/page-N.js</c> per page, each row as <c>[kind, [actors], [places]]</c> by those numbers.
    /// </summary>
    private void WriteTimelineFacets(IReadOnlyList<Event> events, int size, int pages)
    {
        string[] kinds = TimelineKinds();
        var kindNumber = kinds.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var actorNumber = new Dictionary<Actor, int>(ReferenceEqualityComparer.Instance);
        var placeNumber = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _scope.Actors.Count; i++)
        {
            actorNumber[_scope.Actors[i]] = i;
        }
        for (int i = 0; i < _scope.Places.Count; i++)
        {
            placeNumber[_scope.Places[i]] = i;
        }
        var index = new StringBuilder("almanacTimeline.words(");
        index.Append(JsonArray(kinds)).Append(",\n").Append(JsonArray(_scope.Actors.Select(_scope.Key))).Append(",\n")
            .Append(JsonArray(_scope.Places.Select(_scope.Key))).Append(",\n").Append(JsonArray(Enumerable.Range(0, pages).Select(p => PageName("timeline", p))))
            .Append(");\n");
        WriteFile("assets/timeline/index.js", index.ToString());
        for (int p = 0; p < pages; p++)
        {
            var b = new StringBuilder("almanacTimeline.page(").Append(Count(p + 1)).Append(", [");
            for (int i = p * size; i < Math.Min(events.Count, (p + 1) * size); i++)
            {
                var (kind, actors, places) = Facets(events[i]);
                b.Append(i == p * size ? "\n[" : ",\n[").Append(Count(kindNumber[kind])).Append(",[")
                    .AppendJoin(',', actors.Select(a => Count(actorNumber[a]))).Append("],[")
                    .AppendJoin(',', places.Select(x => Count(placeNumber[x]))).Append("]]");
            }
            WriteFile($"assets/timeline/page-{Count(p + 1)}.js", b.Append("\n]);\n").ToString());
        }

        static string JsonArray(IEnumerable<string> values) => "[" + string.Join(",", values.Select(SearchIndex.Quote)) + "]";
    }

    /// <summary>The kind words of the dataset's events, in ordinal order: the kind filter's options.</summary>
    private string[] TimelineKinds() =>
        _dataset.Events.Select(e => e.Kind.ToYamlWord()).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();

    private void TimelineRow(Page page, Event e, DateOnly first, double days)
    {
        var (kind, actors, places) = Facets(e);
        bool imprecise = e.TimePrecision != TimePrecision.Day && e.TimePrecision != TimePrecision.Days;
        Html h = page.Html;
        h.Open("tr", "data-kind", kind, "data-actors", string.Join(' ', actors.Select(_scope.Key)),
            "data-places", places.Count == 0 ? null : string.Join(' ', places.Select(_scope.Key))).Open("td");
        WriteWhen(h, e);
        h.Close("td").Element("td", e.Kind.ToYamlWord()).Open("td").Link(page.To(e), e.Name).Close("td").Open("td");
        if (e.Place is Place at)
        {
            h.Link(page.To(at), at.Name);
        }
        int start = Math.Max(e.Date.DayNumber, first.DayNumber);
        double left = (start - first.DayNumber) / days * 100, width = Math.Max(0, e.LastDate.DayNumber - start + 1) / days * 100;
        h.Close("td").Open("td", "class", "axis", "aria-hidden", "true")
            .Element("span", null, "class", "bar " + Family(e.Kind) + (imprecise ? " imprecise" : "") + (e.EndDate is null ? "" : " span") + (e.Date < first ? " before" : ""),
                "style", string.Create(CultureInfo.InvariantCulture, $"left:{left:0.##}%;width:{width:0.##}%"))
            .Close("td").Close("tr").Line();
    }

    /// <summary>
    /// The first day of the time axis: the first event's date, unless nine events in ten start in the later half of the
    /// span, when the axis starts at the tenth percentile of the start dates (so that one long early span does not squeeze
    /// the rest).
    /// </summary>
    private static DateOnly AxisStart(IReadOnlyList<Event> events, DateOnly first, DateOnly last)
    {
        if (events.Count < 10)
        {
            return first;
        }
        var starts = events.Select(e => e.Date).Order().ToList();
        DateOnly p10 = starts[starts.Count / 10];
        return last.DayNumber - p10.DayNumber < (last.DayNumber - first.DayNumber) / 2 ? p10 : first;
    }

    /// <summary>The filters: selects for kind, actor and place, shown when scripts run (the table reads in full without them).</summary>
    private void WriteFilters(Page page)
    {
        Html h = page.Html;
        h.Open("form", "class", "filters", "id", "filters", "hidden", "hidden", "aria-label", "Filter the events").Line();
        h.Element("label", "Kind", "for", "filter-kind").Open("select", "id", "filter-kind", "data-filter", "kind").Element("option", "all kinds", "value", "");
        foreach (string kind in TimelineKinds())
        {
            h.Element("option", kind, "value", kind);
        }
        h.Close("select").Line();
        h.Element("label", "Actor (with its parts)", "for", "filter-actor").Open("select", "id", "filter-actor", "data-filter", "actors").Element("option", "all actors", "value", "");
        TreeOptions(h, _scope.Actors, a => a.PartOf, _scope.Key);
        h.Close("select").Line();
        h.Element("label", "Place (with what lies within it)", "for", "filter-place").Open("select", "id", "filter-place", "data-filter", "places").Element("option", "all places", "value", "");
        TreeOptions(h, _scope.Places, p => p.Within, _scope.Key);
        h.Close("select").Line();
        h.Element("button", "Show all", "type", "reset").Line();
        h.Close("form").Line();
    }

    /// <summary>The options of a filter: <paramref name="entities"/> as a tree by <paramref name="parent"/>, each indented by its depth, its value its key.</summary>
    private static void TreeOptions<T>(Html h, IReadOnlyList<T> entities, Func<T, T?> parent, Func<Entity, string> key) where T : Entity
    {
        var children = entities.Where(e => parent(e) is not null).ToLookup(e => parent(e)!);
        void Level(IEnumerable<T> level, int depth)
        {
            foreach (T e in level)
            {
                h.Element("option", new string('\u00A0', depth * 3) + e.Name, "value", key(e));
                if (depth < 32)
                {
                    Level(children[e], depth + 1);
                }
            }
        }
        Level(entities.Where(e => parent(e) is null || Ancestors(e, parent).Contains(e)), 0);
    }

    /// <summary>The colour of an event kind's bar, as a CSS class: its ACLED event type (<c>battles</c>, <c>explosions-remote-violence</c>, …).</summary>
    private static string Family(EventKind kind)
    {
        string type = kind.Standards().AcledEventType;
        var b = new System.Text.StringBuilder("k-", type.Length + 2);
        foreach (char c in type.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                b.Append(c);
            }
            else if (b[^1] != '-')
            {
                b.Append('-');
            }
        }
        return b.ToString().TrimEnd('-');
    }
}
