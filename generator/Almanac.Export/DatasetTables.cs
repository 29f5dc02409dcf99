using System;
using System.Collections.Generic;

namespace Almanac.Export;

/// <summary>
/// The relational form of a dataset: one table each for events, actors, places, sources, and the lists inside them
/// (participants, citations, materiel, casualties by side, alignments), joined by ids. This is what the CSV tables and
/// Parquet files hold, so that DuckDB, Spark, BigQuery, pandas or R load the dataset as ordinary tables.
/// </summary>
/// <remarks>
/// <para>Rows are in dataset order (sources, actors and places by id; events by date, then id); rows of a list table
/// follow their owner, then the curated order of the list (<c>position</c>, from 0). Vocabulary values are the YAML
/// words (<c>air-strike</c>, <c>armed-forces</c>), references are ids, several values in one cell (aliases, tags) are
/// joined with <c>"; "</c>. The column list of every table is documented in <c>docs/exports.md</c>.</para>
/// </remarks>
public static class DatasetTables
{
    /// <summary>The separator of several values in one text cell (aliases, tags).</summary>
    public const string ListSeparator = "; ";

    /// <summary>Builds every table of <paramref name="dataset"/>: events, actors, places, sources, participants, citations, materiel, casualties, alignments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ExportTable> Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new[]
        {
            Events(dataset),
            Actors(dataset),
            Places(dataset),
            Sources(dataset),
            Participants(dataset),
            Citations(dataset),
            Materiel(dataset),
            Casualties(dataset),
            Alignments(dataset),
        };
    }

    private static ExportTable Events(Dataset dataset)
    {
        var t = new Builder("events", "One row per event, ordered by date, then id.")
            .Text("id", false, "event id")
            .Text("name", false, "headline")
            .Text("kind", false, "event kind (YAML word, e.g. air-strike)")
            .Date("date", false, "the day, or the first day of the span")
            .Date("end_date", true, "the last day of a span; null for a single day")
            .Date("last_date", false, "end_date, or date for a single day")
            .Text("time_precision", false, "how exactly the date is known (day, days, week, month, year)")
            .Text("place_id", true, "id of the place")
            .Text("place_name", true, "name of the place")
            .Real("latitude", true, "WGS 84 latitude of the place")
            .Real("longitude", true, "WGS 84 longitude of the place")
            .Text("geo_precision", true, "how exactly the event is located (exact, near, district, …)")
            .Text("country", true, "ISO 3166-1 alpha-2 country of the place")
            .Text("claimed_by", true, "id of the actor asserting the event, when it is one side's claim")
            .Integer("fatalities_low", true, "lowest figure of people killed")
            .Integer("fatalities_best", true, "best estimate of people killed")
            .Integer("fatalities_high", true, "highest figure of people killed")
            .Integer("wounded_low", true, "lowest figure of people wounded")
            .Integer("wounded_best", true, "best estimate of people wounded")
            .Integer("wounded_high", true, "highest figure of people wounded")
            .Integer("participant_count", false, "number of rows in participants for this event")
            .Integer("citation_count", false, "number of citations supporting the event")
            .Text("summary", true, "curator's summary")
            .Text("tags", true, "tags, joined with '; '")
            .Text("aliases", true, "other names, joined with '; '")
            .Text("notes", true, "curator's notes")
            .Text("acled_event_type", false, "ACLED event_type of the kind")
            .Text("acled_sub_event_type", false, "ACLED sub_event_type of the kind")
            .Integer("ucdp_type_of_violence", true, "UCDP type_of_violence of the kind (1, 2, 3), null where UCDP does not code it")
            .Text("cameo_code", false, "CAMEO event code of the kind (leading zeros kept)");
        foreach (Event e in dataset.Events)
        {
            EventKindStandards codes = e.Kind.Standards();
            Place? place = e.Place;
            t.Row(e.Id, e.Name, Word(e.Kind), e.Date, e.EndDate, e.LastDate, Word(e.TimePrecision),
                place?.Id, place?.Name, place?.Location?.Latitude, place?.Location?.Longitude,
                e.GeoPrecision is GeoPrecision g ? Word(g) : null, place?.Country, e.ClaimedBy?.Id,
                e.Fatalities?.Low, e.Fatalities?.Best, e.Fatalities?.High, e.Wounded?.Low, e.Wounded?.Best, e.Wounded?.High,
                e.Participants.Count, e.Citations.Count, e.Summary, Join(e.Tags), Join(e.Aliases), e.Notes,
                codes.AcledEventType, codes.AcledSubEventType, codes.UcdpViolence is UcdpViolenceType u ? (int)u : null, codes.CameoCode);
        }
        return t.Build();
    }

    private static ExportTable Actors(Dataset dataset)
    {
        var t = new Builder("actors", "One row per actor, ordered by id.")
            .Text("id", false, "actor id")
            .Text("name", false, "standard name")
            .Text("kind", false, "actor kind (YAML word, e.g. armed-forces)")
            .Text("country", true, "ISO 3166-1 alpha-2 country")
            .Text("part_of", true, "id of the parent actor")
            .Date("active_from", true, "first day active")
            .Date("active_until", true, "last day active")
            .Text("wikidata", true, "Wikidata item")
            .Text("acled", true, "ACLED actor name")
            .Text("ucdp", true, "UCDP actor id")
            .Integer("event_count", false, "events involving the actor or any actor part of it (Events.Involving)")
            .Text("aliases", true, "other names, joined with '; '")
            .Text("notes", true, "curator's notes");
        foreach (Actor a in dataset.Actors)
        {
            t.Row(a.Id, a.Name, Word(a.Kind), a.Country, a.PartOf?.Id, a.ActiveFrom, a.ActiveUntil,
                a.ExternalIds.Wikidata, a.ExternalIds.Acled, a.ExternalIds.Ucdp, dataset.Events.Involving(a).Count, Join(a.Aliases), a.Notes);
        }
        return t.Build();
    }

    private static ExportTable Places(Dataset dataset)
    {
        var t = new Builder("places", "One row per place, ordered by id.")
            .Text("id", false, "place id")
            .Text("name", false, "standard name")
            .Text("kind", false, "place kind (YAML word, e.g. town)")
            .Text("country", true, "ISO 3166-1 alpha-2 country")
            .Text("within", true, "id of the containing place")
            .Real("latitude", true, "WGS 84 latitude")
            .Real("longitude", true, "WGS 84 longitude")
            .Text("geo_precision", true, "how exactly the location is known")
            .Text("geonames", true, "GeoNames id")
            .Text("wikidata", true, "Wikidata item")
            .Text("osm", true, "OpenStreetMap element")
            .Text("icao", true, "ICAO location indicator")
            .Integer("event_count", false, "events at the place itself (Events.AtExactly)")
            .Integer("event_count_within", false, "events at the place or any place within it (Events.At)")
            .Text("aliases", true, "other names, joined with '; '")
            .Text("notes", true, "curator's notes");
        foreach (Place p in dataset.Places)
        {
            t.Row(p.Id, p.Name, Word(p.Kind), p.Country, p.Within?.Id, p.Location?.Latitude, p.Location?.Longitude,
                p.GeoPrecision is GeoPrecision g ? Word(g) : null, p.ExternalIds.GeoNames, p.ExternalIds.Wikidata, p.ExternalIds.Osm, p.ExternalIds.Icao,
                dataset.Events.AtExactly(p).Count, dataset.Events.At(p).Count, Join(p.Aliases), p.Notes);
        }
        return t.Build();
    }

    private static ExportTable Sources(Dataset dataset)
    {
        var t = new Builder("sources", "One row per source, ordered by id.")
            .Text("id", false, "source id")
            .Text("title", false, "title")
            .Text("kind", false, "source kind (YAML word, e.g. article)")
            .Text("publisher", true, "publisher")
            .Date("published", true, "publication date")
            .Text("language", true, "BCP 47 language tag")
            .Text("url", true, "where it can be read")
            .Text("document", true, "path of the local text that quotes were checked against")
            .Integer("citation_count", false, "citations quoting this source")
            .Text("aliases", true, "other titles, joined with '; '")
            .Text("notes", true, "curator's notes");
        // Entities are shared instances (reference equality is entity equality), so they key the counts.
        var counts = new Dictionary<Source, int>();
        foreach (var (_, _, _, citation) in AllCitations(dataset))
        {
            counts[citation.Source] = counts.GetValueOrDefault(citation.Source) + 1;
        }
        foreach (Source s in dataset.Sources)
        {
            t.Row(s.Id, s.Title, Word(s.Kind), s.Publisher, s.Published, s.Language, s.Url?.OriginalString, s.Document,
                counts.GetValueOrDefault(s), Join(s.Aliases), s.Notes);
        }
        return t.Build();
    }

    private static ExportTable Participants(Dataset dataset)
    {
        var t = new Builder("participants", "One row per participant of an event: the actor and its role.")
            .Text("event_id", false, "event id")
            .Integer("position", false, "order in the event's participants, from 0")
            .Text("actor_id", false, "actor id")
            .Text("actor_name", false, "actor name")
            .Text("role", false, "participant role (YAML word, e.g. attacker)");
        foreach (Event e in dataset.Events)
        {
            for (int i = 0; i < e.Participants.Count; i++)
            {
                Participant p = e.Participants[i];
                t.Row(e.Id, i, p.Actor.Id, p.Actor.Name, Word(p.Role));
            }
        }
        return t.Build();
    }

    private static ExportTable Citations(Dataset dataset)
    {
        var t = new Builder("citations", "One row per citation of an event, actor or place: the source and the exact quote.")
            .Text("entity_type", false, "event, actor or place")
            .Text("entity_id", false, "id of the cited entity")
            .Integer("position", false, "order in the entity's citations, from 0")
            .Text("source_id", false, "source id")
            .Text("quote", false, "the exact words of the source")
            .Integer("paragraph", true, "1-based paragraph of the source document where the quote starts");
        foreach (var (type, entity, position, citation) in AllCitations(dataset))
        {
            t.Row(type, entity.Id, position, citation.Source.Id, citation.Quote, citation.Paragraph);
        }
        return t.Build();
    }

    private static ExportTable Materiel(Dataset dataset)
    {
        var t = new Builder("materiel", "One row per item of materiel named in an event.")
            .Text("event_id", false, "event id")
            .Integer("position", false, "order in the event's materiel, from 0")
            .Text("item", false, "what it is")
            .Integer("count", true, "how many")
            .Text("outcome", false, "what happened to it (YAML word, e.g. destroyed)")
            .Text("owner_id", true, "id of the owner before the event");
        foreach (Event e in dataset.Events)
        {
            for (int i = 0; i < e.Materiel.Count; i++)
            {
                Materiel m = e.Materiel[i];
                t.Row(e.Id, i, m.Item, m.Count, Word(m.Outcome), m.Owner?.Id);
            }
        }
        return t.Build();
    }

    private static ExportTable Casualties(Dataset dataset)
    {
        var t = new Builder("casualties", "One row per side of an event's casualty figures (the totals are in events).")
            .Text("event_id", false, "event id")
            .Text("measure", false, "fatalities or wounded")
            .Integer("position", false, "order in the figure's sides, from 0")
            .Text("actor_id", false, "id of the side")
            .Integer("low", true, "lowest figure")
            .Integer("best", true, "best estimate")
            .Integer("high", true, "highest figure");
        foreach (Event e in dataset.Events)
        {
            AddSides(t, e, "fatalities", e.Fatalities);
            AddSides(t, e, "wounded", e.Wounded);
        }
        return t.Build();
    }

    private static void AddSides(Builder t, Event e, string measure, Casualties? casualties)
    {
        if (casualties is null)
        {
            return;
        }
        for (int i = 0; i < casualties.Sides.Count; i++)
        {
            SideCasualties side = casualties.Sides[i];
            t.Row(e.Id, measure, i, side.Actor.Id, side.Low, side.Best, side.High);
        }
    }

    private static ExportTable Alignments(Dataset dataset)
    {
        var t = new Builder("alignments", "One row per alignment of an actor with another.")
            .Text("actor_id", false, "actor id")
            .Integer("position", false, "order in the actor's alignments, from 0")
            .Text("aligned_with", false, "id of the actor aligned with")
            .Date("from", true, "first day of the alignment")
            .Date("until", true, "last day of the alignment")
            .Text("notes", true, "curator's notes");
        foreach (Actor a in dataset.Actors)
        {
            for (int i = 0; i < a.AlignedWith.Count; i++)
            {
                Alignment al = a.AlignedWith[i];
                t.Row(a.Id, i, al.Actor.Id, al.From, al.Until, al.Notes);
            }
        }
        return t.Build();
    }

    /// <summary>Every citation of events, actors and places, in that order and in dataset order within each.</summary>
    internal static IEnumerable<(string Type, Entity Entity, int Position, Citation Citation)> AllCitations(Dataset dataset)
    {
        foreach (Event e in dataset.Events)
        {
            for (int i = 0; i < e.Citations.Count; i++)
            {
                yield return ("event", e, i, e.Citations[i]);
            }
        }
        foreach (Actor a in dataset.Actors)
        {
            for (int i = 0; i < a.Citations.Count; i++)
            {
                yield return ("actor", a, i, a.Citations[i]);
            }
        }
        foreach (Place p in dataset.Places)
        {
            for (int i = 0; i < p.Citations.Count; i++)
            {
                yield return ("place", p, i, p.Citations[i]);
            }
        }
    }

    internal static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => CanonicalText.Word(value);

    internal static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(ListSeparator, values);

    private sealed class Builder
    {
        private readonly string _name;
        private readonly string _description;
        private readonly List<ExportColumn> _columns = new();
        private readonly List<object?[]> _rows = new();

        public Builder(string name, string description)
        {
            _name = name;
            _description = description;
        }

        public Builder Text(string name, bool nullable, string description) => Add(name, ColumnType.Text, nullable, description);

        public Builder Integer(string name, bool nullable, string description) => Add(name, ColumnType.Integer, nullable, description);

        public Builder Real(string name, bool nullable, string description) => Add(name, ColumnType.Real, nullable, description);

        public Builder Date(string name, bool nullable, string description) => Add(name, ColumnType.Date, nullable, description);

        public void Row(params object?[] values)
        {
            if (values.Length != _columns.Count)
            {
                throw new InvalidOperationException($"Table '{_name}': a row has {values.Length} values for {_columns.Count} columns.");
            }
            for (int i = 0; i < values.Length; i++)
            {
                ExportColumn column = _columns[i];
                object? value = values[i];
                bool ok = value is null
                    ? column.Nullable
                    : column.Type switch
                    {
                        ColumnType.Text => value is string,
                        ColumnType.Integer => value is int,
                        ColumnType.Real => value is double,
                        _ => value is DateOnly,
                    };
                if (!ok)
                {
                    throw new InvalidOperationException($"Table '{_name}', column '{column.Name}': {value?.GetType().Name ?? "null"} does not fit a {(column.Nullable ? "nullable " : "")}{column.Type} column.");
                }
            }
            _rows.Add(values);
        }

        public ExportTable Build() => new(_name, _description, _columns.AsReadOnly(), _rows.AsReadOnly());

        private Builder Add(string name, ColumnType type, bool nullable, string description)
        {
            _columns.Add(new ExportColumn(name, type, nullable, description));
            return this;
        }
    }
}
