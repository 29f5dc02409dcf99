using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Almanac.Export;

/// <summary>
/// Renders a whole dataset as canonical, human-readable text for review: a curator reads it next to the sources,
/// and a snapshot test compares it with the approved version so that every change of the data shows as a line diff.
/// </summary>
/// <remarks>
/// <para>The text is deterministic: entities are sorted (sources, actors and places by id; events by date, then id,
/// ordinally), lists inside an entity keep their curated order (aliases, citations, participants, materiel, tags,
/// excluded passages), numbers and dates are formatted with the invariant culture, and lines end with <c>'\n'</c>.</para>
/// <para>Each entity is one block: a heading line <c>{kind} {id}</c> followed by its fields, indented by two spaces,
/// labelled with the YAML keys of the schema and in the schema's order (except <c>citations</c> for the key
/// <c>sources</c>, and <c>owner</c> for a materiel's <c>actor</c>, the owner before the event). A field that is absent (<see langword="null"/>,
/// an empty list, no external ids) is left out; an event's <c>geo-precision</c> is shown only where it differs from its
/// place's (the runtime exposes the effective value, so a stated precision equal to the place's cannot be told apart). Vocabulary values are the YAML words (<c>armed-forces</c>), references
/// to other entities are their ids, dates are ISO 8601 (<c>2020-05-21</c>), coordinates are the shortest decimal form
/// that reads back exactly, citations read <c>{source id} ¶{paragraph}: "{quote}"</c> (without <c>¶</c> when the source
/// has no document). Control and invisible formatting characters in one-line text are shown as <c>\n</c>, <c>\t</c>
/// or <c>\u{XXXX}</c> so that no difference is hidden (a backslash typed in the data is shown as it is); notes, summaries
/// and reasons with line breaks are shown as indented blocks.</para>
/// <para>The text ends with an index of the cited and excluded paragraphs of every source that has a document, so
/// that a reader can walk through the document paragraph by paragraph; a paragraph number below the highest one that
/// is neither cited nor excluded is listed as uncovered.</para>
/// </remarks>
public static class CanonicalText
{
    private const string Indent = "  ";

    /// <summary>Renders every source, actor, place and event of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The compiled dataset, e.g. the generated <c>LibyaDataset.Dataset</c>.</param>
    /// <param name="withInfo">Whether the heading names the dataset (the id, title and version of its <see cref="Dataset.Info"/>);
    /// without them, a new version of unchanged data renders the same text.</param>
    /// <returns>The canonical text, with <c>'\n'</c> line ends and a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static string Render(Dataset dataset, bool withInfo = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        string? id = withInfo ? dataset.Info.Id : null, title = withInfo ? dataset.Info.Title : null, version = withInfo ? dataset.Info.Version : null;

        var sources = dataset.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var actors = dataset.Actors.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var places = dataset.Places.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var events = dataset.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var w = new Writer();
        w.Line(0, "# Almanac dataset" + (id is null ? "" : " " + Inline(id)) + (version is null ? "" : " " + Inline(version)));
        w.Field(0, "title", title);
        w.Line(0, string.Create(CultureInfo.InvariantCulture,
            $"contents: {sources.Count} sources, {actors.Count} actors, {places.Count} places, {events.Count} events"));

        w.Section("sources", sources.Count);
        foreach (Source source in sources)
        {
            WriteSource(w, source);
        }
        w.Section("actors", actors.Count);
        foreach (Actor actor in actors)
        {
            WriteActor(w, actor);
        }
        w.Section("places", places.Count);
        foreach (Place place in places)
        {
            WritePlace(w, place);
        }
        w.Section("events", events.Count);
        foreach (Event e in events)
        {
            WriteEvent(w, e);
        }
        WriteParagraphIndex(w, sources, actors, places, events);
        return w.ToString();
    }

    private static void WriteSource(Writer w, Source source)
    {
        w.Heading("source", source);
        w.Field(1, "title", source.Title);
        w.Field(1, "kind", Word(source.Kind));
        w.Field(1, "publisher", source.Publisher);
        w.Field(1, "published", Date(source.Published));
        w.Field(1, "language", source.Language);
        w.Field(1, "url", source.Url?.OriginalString);
        w.Field(1, "document", source.Document);
        w.List(1, "aliases", source.Aliases, Inline);
        if (source.Excluded.Count > 0)
        {
            w.Line(1, "excluded:");
            foreach (ExcludedPassage passage in source.Excluded)
            {
                w.Line(2, "- " + (passage.Paragraph is int p ? Pilcrow(p) + ": " : "") + Quoted(passage.Quote));
                w.Text(3, "reason", passage.Reason);
            }
        }
        w.Text(1, "notes", source.Notes);
    }

    private static void WriteActor(Writer w, Actor actor)
    {
        w.Heading("actor", actor);
        w.Field(1, "name", actor.Name);
        w.Field(1, "kind", Word(actor.Kind));
        w.List(1, "aliases", actor.Aliases, Inline);
        w.Field(1, "country", actor.Country);
        w.Field(1, "part-of", actor.PartOf?.Id);
        if (actor.AlignedWith.Count > 0)
        {
            w.Line(1, "aligned-with:");
            foreach (Alignment alignment in actor.AlignedWith)
            {
                w.Line(2, "- actor: " + Inline(alignment.Actor.Id));
                w.Field(3, "from", Date(alignment.From));
                w.Field(3, "until", Date(alignment.Until));
                w.Text(3, "notes", alignment.Notes);
            }
        }
        w.Field(1, "active-from", Date(actor.ActiveFrom));
        w.Field(1, "active-until", Date(actor.ActiveUntil));
        WriteExternalIds(w, actor.ExternalIds);
        WriteCitations(w, actor.Citations);
        w.Text(1, "notes", actor.Notes);
    }

    private static void WritePlace(Writer w, Place place)
    {
        w.Heading("place", place);
        w.Field(1, "name", place.Name);
        w.Field(1, "kind", Word(place.Kind));
        w.List(1, "aliases", place.Aliases, Inline);
        if (place.Location is GeoPoint location)
        {
            w.Field(1, "location", Number(location.Latitude) + ", " + Number(location.Longitude));
        }
        w.Field(1, "geo-precision", place.GeoPrecision is GeoPrecision precision ? Word(precision) : null);
        w.Field(1, "within", place.Within?.Id);
        w.Field(1, "country", place.Country);
        WriteExternalIds(w, place.ExternalIds);
        WriteCitations(w, place.Citations);
        w.Text(1, "notes", place.Notes);
    }

    private static void WriteEvent(Writer w, Event e)
    {
        w.Heading("event", e);
        w.Field(1, "name", e.Name);
        w.Field(1, "kind", Word(e.Kind));
        w.Field(1, "date", Date(e.Date));
        w.Field(1, "end-date", Date(e.EndDate));
        w.Field(1, "time-precision", Word(e.TimePrecision));
        w.Field(1, "place", e.Place?.Id);
        // The event's own geo-precision (schema: "when it is less exact than the place's own location"); the inherited
        // precision of the place is shown with the place, so only a precision that differs from it is the event's own.
        if (e.GeoPrecision is GeoPrecision geoPrecision && geoPrecision != e.Place?.GeoPrecision)
        {
            w.Field(1, "geo-precision", Word(geoPrecision));
        }
        w.List(1, "participants", e.Participants, p => Inline(p.Actor.Id) + ": " + Word(p.Role));
        w.Field(1, "claimed-by", e.ClaimedBy?.Id);
        WriteCasualties(w, "fatalities", e.Fatalities);
        WriteCasualties(w, "wounded", e.Wounded);
        w.List(1, "materiel", e.Materiel, Materiel);
        w.Text(1, "summary", e.Summary);
        if (e.Tags.Count > 0)
        {
            w.Field(1, "tags", string.Join(", ", e.Tags));
        }
        w.List(1, "aliases", e.Aliases, Inline);
        WriteCitations(w, e.Citations);
        w.Text(1, "notes", e.Notes);
    }

    private static void WriteCasualties(Writer w, string label, Casualties? casualties)
    {
        if (casualties is null)
        {
            return;
        }
        w.Line(1, label + ": " + Figures(casualties.Low, casualties.Best, casualties.High));
        foreach (SideCasualties side in casualties.Sides)
        {
            w.Line(2, "- side " + Inline(side.Actor.Id) + ": " + Figures(side.Low, side.Best, side.High));
        }
    }

    private static void WriteExternalIds(Writer w, ExternalIds ids)
    {
        var pairs = new List<(string Key, string? Value)>
        {
            ("wikidata", ids.Wikidata), ("geonames", ids.GeoNames), ("acled", ids.Acled),
            ("ucdp", ids.Ucdp), ("osm", ids.Osm), ("icao", ids.Icao),
        };
        if (pairs.All(p => p.Value is null))
        {
            return;
        }
        w.Line(1, "external-ids:");
        foreach (var (key, value) in pairs)
        {
            w.Field(2, key, value);
        }
    }

    private static void WriteCitations(Writer w, IReadOnlyList<Citation> citations) =>
        w.List(1, "citations", citations, c => Inline(c.Source.Id) + (c.Paragraph is int p ? " " + Pilcrow(p) : "") + ": " + Quoted(c.Quote));

    /// <summary>Per source with paragraph numbers: which entities cite each paragraph, which paragraphs are excluded.</summary>
    private static void WriteParagraphIndex(Writer w, List<Source> sources, List<Actor> actors, List<Place> places, List<Event> events)
    {
        var cited = new List<(Citation Citation, string Entity)>();
        cited.AddRange(actors.SelectMany(a => a.Citations.Select(c => (c, "actor " + a.Id))));
        cited.AddRange(places.SelectMany(p => p.Citations.Select(c => (c, "place " + p.Id))));
        cited.AddRange(events.SelectMany(e => e.Citations.Select(c => (c, "event " + e.Id))));

        var indexed = sources
            .Where(s => s.Excluded.Any(x => x.Paragraph is not null) || cited.Any(c => ReferenceEquals(c.Citation.Source, s) && c.Citation.Paragraph is not null))
            .ToList();
        w.Section("paragraphs of source documents", indexed.Count);
        foreach (Source source in indexed)
        {
            var byParagraph = new SortedDictionary<int, List<string>>();
            void Add(int paragraph, string what)
            {
                if (!byParagraph.TryGetValue(paragraph, out List<string>? list))
                {
                    byParagraph.Add(paragraph, list = new List<string>());
                }
                if (!list.Contains(what))
                {
                    list.Add(what);
                }
            }
            foreach (ExcludedPassage passage in source.Excluded)
            {
                if (passage.Paragraph is int p)
                {
                    Add(p, "excluded: " + Inline(passage.Reason));
                }
            }
            foreach (var (citation, entity) in cited)
            {
                if (ReferenceEquals(citation.Source, source) && citation.Paragraph is int p)
                {
                    Add(p, entity);
                }
            }

            w.Heading("source", source);
            int last = byParagraph.Keys.Max();
            for (int p = 1; p <= last; p++)
            {
                string number = Pilcrow(p);
                if (!byParagraph.TryGetValue(p, out List<string>? entries))
                {
                    w.Line(1, number + ": (neither cited nor excluded)");
                    continue;
                }
                w.Line(1, number + ":");
                foreach (string entry in entries)
                {
                    w.Line(2, "- " + entry);
                }
            }
            int unknown = cited.Count(c => ReferenceEquals(c.Citation.Source, source) && c.Citation.Paragraph is null)
                + source.Excluded.Count(x => x.Paragraph is null);
            if (unknown > 0)
            {
                w.Line(1, "without paragraph: " + unknown.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Materiel(Materiel m)
    {
        var builder = new StringBuilder("item ").Append(Quoted(m.Item));
        if (m.Count is int count)
        {
            builder.Append(", count ").Append(count.ToString(CultureInfo.InvariantCulture));
        }
        builder.Append(", outcome ").Append(Word(m.Outcome));
        if (m.Owner is not null)
        {
            builder.Append(", owner ").Append(Inline(m.Owner.Id));
        }
        return builder.ToString();
    }

    private static string Figures(int? low, int? best, int? high)
    {
        var parts = new List<string>(3);
        if (low is int l)
        {
            parts.Add("low " + l.ToString(CultureInfo.InvariantCulture));
        }
        if (best is int b)
        {
            parts.Add("best " + b.ToString(CultureInfo.InvariantCulture));
        }
        if (high is int h)
        {
            parts.Add("high " + h.ToString(CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "(no figure)" : string.Join(", ", parts);
    }

    private static string Pilcrow(int paragraph) => "¶" + paragraph.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string text) => "\"" + Inline(text) + "\"";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The shortest text that reads back as the same number, with at least one decimal (<c>25.0</c>, <c>32.4346</c>).</summary>
    internal static string Number(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            text = value.ToString("0.0###################", CultureInfo.InvariantCulture);
        }
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>The YAML word of a vocabulary value: the kebab-case form of its C# name (<c>ArmedForces</c> → <c>armed-forces</c>).</summary>
    internal static string Word<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        string name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Text on one line: line breaks, tabs, other control characters and invisible format characters are escaped.</summary>
    internal static string Inline(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? escape = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsHidden(c) => "\\u{" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "}",
                _ => null,
            };
            if (escape is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length + 8);
            builder.Append(escape);
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.SpaceSeparator => c != ' ',
        _ => false,
    };

    /// <summary>Accumulates lines with '\n' ends.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _builder = new();

        public void Line(int depth, string text)
        {
            for (int i = 0; i < depth; i++)
            {
                _builder.Append(Indent);
            }
            _builder.Append(text).Append('\n');
        }

        public void Section(string title, int count)
        {
            _builder.Append('\n');
            Line(0, "## " + title + " (" + count.ToString(CultureInfo.InvariantCulture) + ")");
        }

        public void Heading(string kind, Entity entity)
        {
            _builder.Append('\n');
            Line(0, kind + " " + Inline(entity.Id));
        }

        /// <summary>A one-line field; nothing when <paramref name="value"/> is null.</summary>
        public void Field(int depth, string label, string? value)
        {
            if (value is not null)
            {
                Line(depth, label + ": " + Inline(value));
            }
        }

        /// <summary>A free-text field: on one line, or as an indented block when the text has line breaks.</summary>
        public void Text(int depth, string label, string? value)
        {
            if (value is null)
            {
                return;
            }
            string text = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            if (!text.Contains('\n', StringComparison.Ordinal))
            {
                Field(depth, label, text);
                return;
            }
            Line(depth, label + ": |");
            foreach (string line in text.Split('\n'))
            {
                if (line.Length == 0)
                {
                    _builder.Append('\n');
                }
                else
                {
                    Line(depth + 1, Inline(line));
                }
            }
        }

        /// <summary>A list field, one item per line; nothing when the list is empty.</summary>
        public void List<T>(int depth, string label, IReadOnlyList<T> items, Func<T, string> render)
        {
            if (items.Count == 0)
            {
                return;
            }
            Line(depth, label + ":");
            foreach (T item in items)
            {
                Line(depth + 1, "- " + render(item));
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
