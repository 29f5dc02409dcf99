namespace Almanac.Export.Site;

internal sealed partial class SiteWriter
{
    private void WriteActor(Actor actor) => WriteEntity(actor, page =>
    {
        WriteHierarchy(page, actor, _scope.Actors, a => a.PartOf, a => Marked(a, a.Kind.ToYamlWord()), ("part-of", "Part of"), ("parts", "Its parts"));
        var events = Involving(actor);
        WriteEventSection(page, "events", $"Events ({events.Count})", events, "Events involving " + actor.Name + " or its parts", "actors", _scope.Key(actor), "No event involves it.");
    });

    private void WritePlace(Place place) => WriteEntity(place, page =>
    {
        WriteHierarchy(page, place, _scope.Places, p => p.Within, p => Marked(p, p.Kind.ToYamlWord()), ("within", "Within"), ("inside", "Places within it"));
        var at = AtExactly(place);
        WriteEventSection(page, "events", $"Events at it ({at.Count})", at, "Events at " + place.Name, "places", _scope.Key(place), "No event is placed at it.");
        var within = At(place).Where(e => !ReferenceEquals(e.Place, place)).ToList();
        if (within.Count > 0)
        {
            WriteEventSection(page, "events-within", $"Events at places within it ({within.Count})", within, "Events at places within " + place.Name, "places", _scope.Key(place), "");
        }
    });

    /// <summary>
    /// The sections of an entity's place in its hierarchy (an actor's part-of, a place's within): the chain of the
    /// entities above it, and the tree of those below it.
    /// </summary>
    private static void WriteHierarchy<T>(Page page, T entity, IReadOnlyList<T> all, Func<T, T?> parent, Func<T, string> detail,
        (string Id, string Title) above, (string Id, string Title) below) where T : Entity
    {
        Html h = page.Html;
        List<T> chain = Ancestors(entity, parent);
        if (chain.Count > 0)
        {
            h.Open("section", "aria-labelledby", above.Id).Line().Element("h2", above.Title, "id", above.Id).Line();
            WriteChain(page, chain);
            h.Close("section").Line();
        }
        var under = all.Where(e => parent(e) is not null && Ancestors(e, parent).Contains(entity)).ToList();
        if (under.Count > 0)
        {
            h.Open("section", "aria-labelledby", below.Id).Line().Element("h2", below.Title, "id", below.Id).Line();
            WriteTree(page, under, e => ReferenceEquals(parent(e), entity) ? null : parent(e), detail);
            h.Close("section").Line();
        }
    }

    /// <summary>A section listing events (at most one page of them, then a link to the filtered timeline), or saying there are none.</summary>
    private void WriteEventSection(Page page, string id, string title, IReadOnlyList<Event> events, string caption, string filter, string filterId, string none)
    {
        Html h = page.Html;
        h.Open("section", "aria-labelledby", id).Line().Element("h2", title, "id", id).Line();
        if (events.Count > 0)
        {
            WriteEventTable(page, events.Take(_options.EventsPerPage), caption);
            More(page, events.Count, filter, filterId);
        }
        else
        {
            h.Element("p", none, "class", "none").Line();
        }
        h.Close("section").Line();
    }

    /// <summary>When a list of events was cut at one page, says so and links to the timeline filtered to them.</summary>
    private void More(Page page, int count, string filter, string id)
    {
        if (count > _options.EventsPerPage)
        {
            page.Html.Open("p", "class", "more").Text($"The first {_options.EventsPerPage} of {count} events; the ")
                .Link(page.To("timeline.html") + "?" + filter + "=" + Uri.EscapeDataString(id), "timeline filtered to them").Text(" shows every one, page by page.").Close("p").Line();
        }
    }

    private void WriteEvent(Event e) => WriteEntity(e, page =>
    {
        Html h = page.Html;
        if (e.Place is Place place)
        {
            List<Place> chain = Ancestors(place, p => p.Within);
            chain.Insert(0, place);
            h.Open("section", "aria-labelledby", "where").Line().Element("h2", "Where", "id", "where").Line();
            WriteChain(page, chain);
            h.Close("section").Line();
        }
    });

    private void WriteSource(Source source)
    {
        string? text = DocumentText(source);
        if (text is not null)
        {
            System.Threading.Interlocked.Increment(ref _documentsShown);
        }
        IReadOnlyList<Passage> passages = _provenance.Of(source);
        var quotes = passages.Where(p => !p.IsClaim).ToList();
        var claims = passages.Where(p => p.IsClaim).ToList();
        SourceDocument? document = text is null ? null : new SourceDocument(text);
        var marks = new List<SourceDocument.Mark>();
        if (document is not null)
        {
            foreach (Passage p in quotes)
            {
                if (document.Find(p.Text) is var (start, end))
                {
                    marks.Add(new SourceDocument.Mark(start, end, p.Anchor, p, null));
                }
            }
            int x = 0;
            foreach (ExcludedPassage excluded in source.Excluded)
            {
                x++;
                if (document.Find(excluded.Quote) is var (start, end))
                {
                    marks.Add(new SourceDocument.Mark(start, end, "x-" + Count(x), null, excluded));
                }
            }
            marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Anchor, b.Anchor));
        }
        WriteEntity(source, style: SourceDocument.TargetStyle(marks), more: page =>
        {
            Html h = page.Html;
            if (document is not null)
            {
                h.Open("section", "aria-labelledby", "document").Line().Element("h2", "The document", "id", "document").Line()
                    .Element("p", $"{document.ParagraphCount} paragraphs; the {quotes.Count} cited passages are highlighted, each followed by what cites it; excluded passages are marked with the reason.").Line();
                document.Write(h, marks, page.To);
                h.Close("section").Line();
                // Passages the document does not hold (a document that differs from the one the dataset was built with) are still listed.
                var missing = quotes.Where(p => !marks.Any(m => m.Anchor == p.Anchor)).ToList();
                if (missing.Count > 0)
                {
                    WritePassages(page, missing, "Cited passages not found in this document", "missing", withAnchors: true);
                }
            }
            else if (quotes.Count > 0)
            {
                WritePassages(page, quotes, "Cited passages", "passages", withAnchors: true);
            }
            if (claims.Count > 0)
            {
                WritePassages(page, claims, "What the dataset takes from it, in the curator's words", "claims", withAnchors: true);
            }
            if (source.Excluded.Count > 0)
            {
                h.Open("section", "aria-labelledby", "excluded").Line().Element("h2", "Excluded passages", "id", "excluded").Line().Open("ul", "class", "excluded").Line();
                foreach (ExcludedPassage excluded in source.Excluded)
                {
                    h.Open("li").Element("blockquote", excluded.Quote, "dir", "auto")
                        .Open("p").Text(excluded.Paragraph is int n ? $"Paragraph {n}. " : "").Text("Reason: " + excluded.Reason).Close("p").Close("li").Line();
                }
                h.Close("ul").Line().Close("section").Line();
            }
        });
    }

    /// <summary>The text of <paramref name="source"/>'s document from the documents folder: its recorded path under the folder, or its file name there.</summary>
    private string? DocumentText(Source source)
    {
        if (_options.DocumentsDirectory is not string folder || source.Document is not string document)
        {
            return null;
        }
        string root = Path.GetFullPath(folder);
        foreach (string candidate in new[] { Path.Combine(root, document), Path.Combine(root, Path.GetFileName(document)) })
        {
            string full = Path.GetFullPath(candidate);
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                return File.ReadAllText(full);
            }
        }
        return null;
    }

    private static void WritePassages(Page page, IReadOnlyList<Passage> passages, string title, string id, bool withAnchors)
    {
        Html h = page.Html;
        h.Open("section", "aria-labelledby", id).Line().Element("h2", title, "id", id).Line().Open("ul", "class", "passages").Line();
        foreach (Passage p in passages)
        {
            h.Open("li", "id", withAnchors ? p.Anchor : null).Open("blockquote", "dir", "auto").Open("mark", "class", "cited").Text(p.Text).Close("mark").Close("blockquote")
                .Open("p").Text(p.Paragraph is int n ? $"Paragraph {n}. " : "").Text("Cited by ");
            for (int i = 0; i < p.CitedBy.Count; i++)
            {
                h.Text(i > 0 ? "; " : "").Link(page.To(p.CitedBy[i]), p.CitedBy[i].Name);
            }
            h.Text(".").Close("p").Close("li").Line();
        }
        h.Close("ul").Line().Close("section").Line();
    }

    private static void WriteChain<T>(Page page, IReadOnlyList<T> chain) where T : Entity
    {
        Html h = page.Html;
        h.Open("ol", "class", "chain").Line();
        foreach (T e in chain)
        {
            h.Open("li").Link(page.To(e), e.Name).Close("li").Line();
        }
        h.Close("ol").Line();
    }

    /// <summary>Writes an entity's page: its name, every field the schema gives it (references as links, citations with provenance links), then <paramref name="more"/>; <paramref name="style"/>, when given, is style rules of this page alone.</summary>
    private void WriteEntity(Entity entity, Action<Page> more, string? style = null)
    {
        string kind = KindWord(entity);
        WritePage(PageOf(entity), entity.Name, kind, page =>
        {
            Html h = page.Html;
            h.Open("p", "class", "kind").Text(kind).Text(" ").Element("code", _scope.Key(entity)).Close("p").Line()
                .Element("h1", entity.Name, "dir", "auto").Line();
            if (!_scope.IsOwn(entity))
            {
                WriteOrigin(h, kind, entity.Dataset, _extensions[entity]);
            }
            if (entity.Retirement is Retirement retirement)
            {
                h.Element("p", retirement.ToString(), "class", "retired").Line();
            }
            h.Open("section", "aria-labelledby", "record").Line().Element("h2", "Record", "id", "record").Line();
            var sink = new FieldsHtml(page.Html, this, page);
            sink.Begin();
            FieldVisitor.Visit(entity, sink);
            sink.End();
            h.Close("section").Line();
            more(page);
        }, style);
    }

    /// <summary>
    /// Says that an entity comes from another dataset, one that the site's dataset extends: its title, the version the site
    /// was written with, how to cite that release, and the aliases and notes that the site's dataset adds to it (<paramref name="added"/>).
    /// </summary>
    private static void WriteOrigin(Html h, string kind, DatasetInfo origin, IEnumerable<Extension> added)
    {
        h.Open("section", "aria-labelledby", "origin", "class", "origin").Line().Element("h2", "From another dataset", "id", "origin").Line()
            .Open("p").Text("This " + kind + " belongs to ").Element("cite", origin.Title).Text($", version {origin.Version}, which this dataset extends; its events listed here are this dataset's own.")
            .Close("p").Line()
            .Element("p", "Cite that release as: " + origin.Citation, "class", "citation").Line();
        foreach (Extension extension in added)
        {
            if (extension.Aliases.Count > 0)
            {
                h.Open("p").Text("Other names this dataset adds: ");
                for (int i = 0; i < extension.Aliases.Count; i++)
                {
                    h.Text(i > 0 ? ", " : "").Element("bdi", extension.Aliases[i]);
                }
                h.Text(".").Close("p").Line();
            }
            if (extension.Notes is string notes)
            {
                h.Open("p").Text("This dataset's notes: ").Open("span", "dir", "auto").Text(notes).Close("span").Close("p").Line();
            }
        }
        h.Close("section").Line();
    }

    /// <summary>Writes the fields of an entity as a description list: one term per field with a value, nested mappings as nested lists or tables.</summary>
    private sealed class FieldsHtml : IFieldSink
    {
        private readonly Html _h;
        private readonly SiteWriter _site;
        private readonly Page _page;

        public FieldsHtml(Html h, SiteWriter site, Page page)
        {
            _h = h;
            _site = site;
            _page = page;
        }

        public void Begin() => _h.Open("dl", "class", "record").Line();

        public void End() => _h.Close("dl").Line();

        public void Value(SchemaField field, object? value)
        {
            if (value is null || field.Key == "id")
            {
                return;
            }
            _h.Element("dt", Label(field), "title", field.Doc).Open("dd");
            Inline(field, value);
            _h.Close("dd").Line();
        }

        public void Reference(SchemaField field, Entity? target)
        {
            if (target is not null)
            {
                Value(field, target);
            }
        }

        private void Inline(SchemaField field, object value)
        {
            switch (value)
            {
                case Entity target when _site.HasPage(target):
                    _h.Link(_page.To(target), target.Name);
                    break;
                case Entity target:
                    _h.Open("span", "dir", "auto").Text(_site._scope.Key(target)).Close("span");
                    break;
                case string url when field.Type == "url" || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal):
                    _h.Link(url, url);
                    break;
                case string text:
                    _h.Open("span", "dir", "auto").Text(text).Close("span");
                    break;
                case DateOnly date:
                    _h.Open("time", "datetime", Date(date)).Text(Date(date)).Close("time");
                    break;
                case int n:
                    _h.Text(Count(n));
                    break;
                case double d:
                    _h.Text(d.ToString("0.#####", CultureInfo.InvariantCulture));
                    break;
                default:
                    _h.Text(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        public void Values(SchemaField field, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return;
            }
            _h.Element("dt", Label(field), "title", field.Doc).Open("dd").Open("ul", "class", "values").Line();
            foreach (string v in values)
            {
                // The text is isolated in its own direction; the list item keeps the page's, so bullets stay aligned.
                _h.Open("li").Element("bdi", v).Close("li").Line();
            }
            _h.Close("ul").Close("dd").Line();
        }

        public void Struct(SchemaField field, FieldRecord? value)
        {
            if (value is null)
            {
                return;
            }
            _h.Element("dt", Label(field), "title", field.Doc).Open("dd").Open("dl", "class", "nested").Line();
            value.Accept(this);
            _h.Close("dl").Close("dd").Line();
        }

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
            if (items.Count == 0)
            {
                return;
            }
            _h.Element("dt", Label(field), "title", field.Doc).Open("dd");
            if (items[0].Instance is Citation)
            {
                _h.Open("ol", "class", "citations").Line();
                foreach (FieldRecord item in items)
                {
                    _site.WriteCitation(_page, (Citation)item.Instance);
                }
                _h.Close("ol");
            }
            else
            {
                WriteTable(field, items);
            }
            _h.Close("dd").Line();
        }

        /// <summary>A list of nested mappings as a table: one row per item, one column per field any item has.</summary>
        private void WriteTable(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
            var rows = items.Select(item =>
            {
                var cells = new CellSink();
                item.Accept(cells);
                return cells.Cells;
            }).ToList();
            var columns = field.Nested!.Fields.Where(f => rows.Any(r => r.ContainsKey(f))).ToList();
            _h.Open("table", "class", "nested").Line().Open("thead").Open("tr");
            foreach (SchemaField column in columns)
            {
                _h.Element("th", Label(column), "scope", "col", "title", column.Doc);
            }
            _h.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var row in rows)
            {
                _h.Open("tr");
                foreach (SchemaField column in columns)
                {
                    _h.Open("td");
                    if (row.TryGetValue(column, out object? value))
                    {
                        if (value is IReadOnlyList<string> list)
                        {
                            _h.Text(string.Join(", ", list));
                        }
                        else if (value is FieldRecord record)
                        {
                            _h.Open("dl", "class", "nested");
                            record.Accept(this);
                            _h.Close("dl");
                        }
                        else
                        {
                            Inline(column, value);
                        }
                    }
                    _h.Close("td");
                }
                _h.Close("tr").Line();
            }
            _h.Close("tbody").Line().Close("table");
        }

        private static string Label(SchemaField field) => field.Key.Replace('-', ' ');

        /// <summary>Collects the fields of one item of a list, for a table row.</summary>
        private sealed class CellSink : IFieldSink
        {
            public Dictionary<SchemaField, object> Cells { get; } = new();

            public void Value(SchemaField field, object? value)
            {
                if (value is not null)
                {
                    Cells[field] = value;
                }
            }

            public void Reference(SchemaField field, Entity? target) => Value(field, target);

            public void Values(SchemaField field, IReadOnlyList<string> values)
            {
                if (values.Count > 0)
                {
                    Cells[field] = values;
                }
            }

            public void Struct(SchemaField field, FieldRecord? value)
            {
                if (value is not null)
                {
                    Cells[field] = value;
                }
            }

            public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
            {
                if (items.Count > 0)
                {
                    Cells[field] = items.Count + " items";
                }
            }
        }
    }

    /// <summary>One citation as a list item: the source, the paragraph and the quote (or claim), linked to the passage on the source's page.</summary>
    private void WriteCitation(Page page, Citation citation)
    {
        Html h = page.Html;
        Passage passage = _provenance.For(citation);
        string href = page.To(citation.Source) + "#" + passage.Anchor;
        h.Open("li", "class", "citation").Open("a", "href", href, "class", "provenance");
        h.Open("q", "dir", "auto").Text(passage.Text).Close("q").Close("a").Text(" — ").Link(page.To(citation.Source), citation.Source.Title);
        if (citation.Paragraph is int n)
        {
            h.Text(", ").Link(href, "paragraph " + Count(n));
        }
        if (citation.Kind == CitationKind.Reference)
        {
            h.Text(" (in the curator's words)");
        }
        if (citation.Supports.Count > 0)
        {
            h.Text("; supports " + string.Join(", ", citation.Supports));
        }
        h.Close("li").Line();
    }
}
