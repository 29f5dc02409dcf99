using System.Text.Json;

namespace Almanac.Export;

/// <summary>
/// Writes a whole dataset as one JSON document for any other language: the structure and keys of the YAML schema
/// (<c>docs/schema.md</c>), with what the build added: the paragraph of every citation, each event's effective
/// <c>geo-precision</c> and its ACLED, UCDP and CAMEO codes.
/// </summary>
/// <remarks>
/// <para>The document is <c>{ "format": "almanac-json", "format-version": 1, "almanac": {…}, "dataset": {…}, "sources": […],
/// "actors": […], "places": […], "events": […], "retired": […], "extends": […] }</c> (<c>retired</c> only when the dataset
/// retired ids, <c>extends</c> only when it adds aliases or notes to entities of datasets it extends).
/// Entities are in dataset order (sources, actors and places by id;
/// events by date, then id), lists in curated order; an absent value or empty list is left out; dates are ISO 8601
/// strings; vocabulary values are the YAML words. The header member <c>almanac</c> holds the <see cref="ExportMetadata"/>
/// (version, content hash, generator, …) with the same keys as the other exports. The output is deterministic: the same dataset gives the same bytes.</para>
/// </remarks>
public static class DatasetJson
{
    /// <summary>The member of each event that holds the codes and scope flags of the event-data standards: derived from the
    /// event's kind and figures by the toolchain, not curated, so <see cref="DatasetDiff"/> does not compare it.</summary>
    public const string StandardsMember = "standards";

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
        w.WriteStartObject(ExportMetadata.JsonMember);
        ExportMetadata.WriteMembers(w, dataset.Info);
        w.WriteEndObject();
        w.WriteStartObject("dataset");
        var sink = new JsonSink(w, dataset.Info.Id);
        FieldVisitor.VisitDataset(dataset.Info, sink);
        sink.Value("content-hash", dataset.Info.ContentHash);
        w.WriteEndObject();
        foreach (var (kind, entities) in FieldVisitor.Sections(dataset))
        {
            w.WriteStartArray(kind.Key);
            foreach (Entity entity in entities)
            {
                w.WriteStartObject();
                FieldVisitor.Visit(entity, sink);
                if (entity is Event e)
                {
                    Standards(w, e);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (dataset.Retired.Count > 0)
        {
            Retired(w, dataset.Retired);
        }
        if (dataset.Extensions.Count > 0)
        {
            Extensions(w, dataset.Extensions);
        }
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The <c>extends</c> section, with the YAML keys: the extended entity by its kind and qualified id, the
    /// added aliases and the notes.</summary>
    private static void Extensions(Utf8JsonWriter w, IReadOnlyList<Extension> extensions)
    {
        w.WriteStartArray("extends");
        foreach (Extension x in extensions)
        {
            w.WriteStartObject();
            w.WriteString(x.Kind, ExportScope.Qualified(x.Entity));
            if (x.Aliases.Count > 0)
            {
                w.WriteStartArray("aliases");
                foreach (string alias in x.Aliases)
                {
                    w.WriteStringValue(alias);
                }
                w.WriteEndArray();
            }
            if (x.Notes is { } notes)
            {
                w.WriteString("notes", notes);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The <c>retired</c> section, with the YAML keys; the successor is the id the retirement names.</summary>
    private static void Retired(Utf8JsonWriter w, IReadOnlyList<Retirement> retired)
    {
        w.WriteStartArray("retired");
        foreach (Retirement r in retired)
        {
            w.WriteStartObject();
            w.WriteString(r.Kind, r.Id);
            if (r.SuccessorId is { } successor)
            {
                w.WriteString(r.How == RetirementKind.Merged ? "merged-into" : "replaced-by", successor);
            }
            w.WriteString("since", r.Since);
            w.WriteString("reason", r.Reason);
            w.WriteString("name", r.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The ACLED, UCDP and CAMEO codes of an event's kind, whether ACLED and UCDP would record the event, and UCDP's <c>event_clarity</c> of its clarity.</summary>
    private static void Standards(Utf8JsonWriter w, Event e)
    {
        EventKindStandards codes = e.Kind.Standards();
        w.WriteStartObject(StandardsMember);
        w.WriteBoolean("acled-in-scope", StandardScope.Acled(e));
        w.WriteBoolean("ucdp-in-scope", StandardScope.Ucdp(e));
        w.WriteString("acled-disorder-type", codes.AcledDisorderType);
        w.WriteString("acled-event-type", codes.AcledEventType);
        w.WriteString("acled-sub-event-type", codes.AcledSubEventType);
        Number(w, "ucdp-type-of-violence", codes.UcdpViolence is UcdpViolenceType u ? (int)u : null);
        w.WriteNumber("ucdp-event-clarity", (int)e.Clarity);
        w.WriteString("cameo", codes.CameoCode);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int n)
        {
            w.WriteNumber(name, n);
        }
    }

    /// <summary>Writes each field under its YAML key: absent values and empty lists are left out, nested mappings are objects.</summary>
    private sealed class JsonSink : IFieldSink
    {
        private readonly Utf8JsonWriter _w;
        private readonly string _dataset;

        public JsonSink(Utf8JsonWriter w, string dataset)
        {
            _w = w;
            _dataset = dataset;
        }

        public void Value(SchemaField field, object? value) => Value(field.Key, value);

        /// <summary>A reference as the YAML writes it: the id of the dataset's own entity, <c>dataset:id</c> of another dataset's.</summary>
        public void Reference(SchemaField field, Entity? target) =>
            Value(field.Key, ExportScope.KeyIn(_dataset, target));

        public void Value(string key, object? value)
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    _w.WriteString(key, text);
                    break;
                case int number:
                    _w.WriteNumber(key, number);
                    break;
                case double number:
                    _w.WriteNumber(key, number);
                    break;
                case DateOnly date:
                    _w.WriteString(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"'{key}': no JSON form for {value.GetType().Name}.", nameof(value));
            }
        }

        public void Values(SchemaField field, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return;
            }
            _w.WriteStartArray(field.Key);
            foreach (string value in values)
            {
                _w.WriteStringValue(value);
            }
            _w.WriteEndArray();
        }

        public void Struct(SchemaField field, FieldRecord? value)
        {
            if (value is null)
            {
                return;
            }
            _w.WriteStartObject(field.Key);
            value.Accept(this);
            _w.WriteEndObject();
        }

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
            if (items.Count == 0)
            {
                return;
            }
            _w.WriteStartArray(field.Key);
            foreach (FieldRecord item in items)
            {
                _w.WriteStartObject();
                item.Accept(this);
                _w.WriteEndObject();
            }
            _w.WriteEndArray();
        }
    }
}
