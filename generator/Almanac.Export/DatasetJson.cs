using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Almanac.Export;

/// <summary>
/// Writes a whole dataset as one JSON document for any other language: the structure and keys of the YAML schema
/// (<c>docs/schema.md</c>), with what the build added: the paragraph of every citation, each event's effective
/// <c>geo-precision</c> and its ACLED, UCDP and CAMEO codes.
/// </summary>
/// <remarks>
/// <para>The document is <c>{ "format": "almanac-json", "format-version": 1, "dataset": {…}, "sources": […],
/// "actors": […], "places": […], "events": […] }</c>. Entities are in dataset order (sources, actors and places by id;
/// events by date, then id), lists in curated order; an absent value or empty list is left out; dates are ISO 8601
/// strings; vocabulary values are the YAML words. The output is deterministic: the same dataset gives the same bytes.</para>
/// </remarks>
public static class DatasetJson
{
    /// <summary>The value of the document's <c>format-version</c>.</summary>
    public const int FormatVersion = 1;


    /// <summary>Writes <paramref name="dataset"/> (its <see cref="Dataset.Info"/> as the <c>dataset</c> section) to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void Write(Dataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("format", "almanac-json");
        w.WriteNumber("format-version", FormatVersion);
        DatasetInfo info = dataset.Info;
        w.WriteStartObject("dataset");
        w.WriteString("id", info.Id);
        w.WriteString("title", info.Title);
        w.WriteString("version", info.Version);
        w.WriteString("license", info.License);
        w.WriteString("citation", info.Citation);
        Text(w, "description", info.Description);
        Text(w, "content-hash", info.ContentHash);
        w.WriteEndObject();

        w.WriteStartArray("sources");
        foreach (Source s in dataset.Sources)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("title", s.Title);
            w.WriteString("kind", DatasetTables.Word(s.Kind));
            Text(w, "publisher", s.Publisher);
            Date(w, "published", s.Published);
            Text(w, "language", s.Language);
            Text(w, "url", s.Url?.OriginalString);
            Text(w, "document", s.Document);
            Strings(w, "aliases", s.Aliases);
            if (s.Excluded.Count > 0)
            {
                w.WriteStartArray("excluded");
                foreach (ExcludedPassage passage in s.Excluded)
                {
                    w.WriteStartObject();
                    w.WriteString("quote", passage.Quote);
                    Number(w, "paragraph", passage.Paragraph);
                    w.WriteString("reason", passage.Reason);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            Text(w, "notes", s.Notes);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (Actor a in dataset.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("kind", DatasetTables.Word(a.Kind));
            Strings(w, "aliases", a.Aliases);
            Text(w, "country", a.Country);
            Text(w, "part-of", a.PartOf?.Id);
            if (a.AlignedWith.Count > 0)
            {
                w.WriteStartArray("aligned-with");
                foreach (Alignment al in a.AlignedWith)
                {
                    w.WriteStartObject();
                    w.WriteString("actor", al.Actor.Id);
                    Date(w, "from", al.From);
                    Date(w, "until", al.Until);
                    Text(w, "notes", al.Notes);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            Date(w, "active-from", a.ActiveFrom);
            Date(w, "active-until", a.ActiveUntil);
            ExternalIds(w, a.ExternalIds);
            Citations(w, a.Citations);
            Text(w, "notes", a.Notes);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (Place p in dataset.Places)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteString("kind", DatasetTables.Word(p.Kind));
            Strings(w, "aliases", p.Aliases);
            if (p.Location is GeoPoint location)
            {
                w.WriteStartObject("location");
                w.WriteNumber("lat", location.Latitude);
                w.WriteNumber("lon", location.Longitude);
                w.WriteEndObject();
            }
            Text(w, "geo-precision", p.GeoPrecision is GeoPrecision g ? DatasetTables.Word(g) : null);
            Text(w, "within", p.Within?.Id);
            Text(w, "country", p.Country);
            ExternalIds(w, p.ExternalIds);
            Citations(w, p.Citations);
            Text(w, "notes", p.Notes);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (Event e in dataset.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("kind", DatasetTables.Word(e.Kind));
            Date(w, "date", e.Date);
            Date(w, "end-date", e.EndDate);
            w.WriteString("time-precision", DatasetTables.Word(e.TimePrecision));
            Text(w, "place", e.Place?.Id);
            Text(w, "geo-precision", e.GeoPrecision is GeoPrecision g ? DatasetTables.Word(g) : null);
            if (e.Participants.Count > 0)
            {
                w.WriteStartArray("participants");
                foreach (Participant participant in e.Participants)
                {
                    w.WriteStartObject();
                    w.WriteString("actor", participant.Actor.Id);
                    w.WriteString("role", DatasetTables.Word(participant.Role));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            Text(w, "claimed-by", e.ClaimedBy?.Id);
            Casualties(w, "fatalities", e.Fatalities);
            Casualties(w, "wounded", e.Wounded);
            if (e.Materiel.Count > 0)
            {
                w.WriteStartArray("materiel");
                foreach (Materiel m in e.Materiel)
                {
                    w.WriteStartObject();
                    w.WriteString("item", m.Item);
                    Number(w, "count", m.Count);
                    w.WriteString("outcome", DatasetTables.Word(m.Outcome));
                    Text(w, "actor", m.Owner?.Id);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            Text(w, "summary", e.Summary);
            Strings(w, "tags", e.Tags);
            Citations(w, e.Citations);
            Strings(w, "aliases", e.Aliases);
            Text(w, "notes", e.Notes);
            EventKindStandards codes = e.Kind.Standards();
            w.WriteStartObject("standards");
            w.WriteString("acled-disorder-type", codes.AcledDisorderType);
            w.WriteString("acled-event-type", codes.AcledEventType);
            w.WriteString("acled-sub-event-type", codes.AcledSubEventType);
            Number(w, "ucdp-type-of-violence", codes.UcdpViolence is UcdpViolenceType u ? (int)u : null);
            w.WriteString("cameo", codes.CameoCode);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Casualties(Utf8JsonWriter w, string name, Casualties? casualties)
    {
        if (casualties is null)
        {
            return;
        }
        w.WriteStartObject(name);
        Number(w, "low", casualties.Low);
        Number(w, "best", casualties.Best);
        Number(w, "high", casualties.High);
        if (casualties.Sides.Count > 0)
        {
            w.WriteStartArray("sides");
            foreach (SideCasualties side in casualties.Sides)
            {
                w.WriteStartObject();
                w.WriteString("actor", side.Actor.Id);
                Number(w, "low", side.Low);
                Number(w, "best", side.Best);
                Number(w, "high", side.High);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void ExternalIds(Utf8JsonWriter w, ExternalIds ids)
    {
        if (ids == Almanac.ExternalIds.None)
        {
            return;
        }
        w.WriteStartObject("external-ids");
        Text(w, "wikidata", ids.Wikidata);
        Text(w, "geonames", ids.GeoNames);
        Text(w, "acled", ids.Acled);
        Text(w, "ucdp", ids.Ucdp);
        Text(w, "osm", ids.Osm);
        Text(w, "icao", ids.Icao);
        w.WriteEndObject();
    }

    private static void Citations(Utf8JsonWriter w, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }
        w.WriteStartArray("sources");
        foreach (Citation c in citations)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Source.Id);
            w.WriteString("quote", c.Quote);
            Number(w, "paragraph", c.Paragraph);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int n)
        {
            w.WriteNumber(name, n);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is DateOnly date)
        {
            w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
