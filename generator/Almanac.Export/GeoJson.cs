using System.Text.Json;

namespace Almanac.Export;

/// <summary>
/// Writes events and places as GeoJSON FeatureCollections (RFC 7946): WGS 84 coordinates in
/// <c>[longitude, latitude]</c> order, one Feature per event or place with flat properties, readable by QGIS, Leaflet,
/// GDAL/ogr2ogr, geopandas and sf. Features whose place has no location carry <c>"geometry": null</c> (an unlocated
/// feature, RFC 7946 §3.2) so that the collection still holds every entity.
/// </summary>
/// <remarks>Each FeatureCollection carries the dataset's <see cref="ExportMetadata"/> (its version, content hash, …) and
/// what its features are in the foreign member <c>almanac</c> (RFC 7946 §6.1). Several values in one property (aliases, tags, participants) are joined with <c>"; "</c>, because GIS
/// tools show flat attributes best. The property names are documented in <c>docs/exports.md</c>.</remarks>
public static class GeoJson
{
    /// <summary>Writes every event of <paramref name="dataset"/> as a Feature located at its place, in dataset order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void WriteEvents(Dataset dataset, Stream stream) => WriteEvents(dataset, stream, ExportOptions.Default);

    /// <summary>
    /// Writes the events <paramref name="options"/> exports from <paramref name="dataset"/> as Features: its own, and with
    /// <see cref="ExportOptions.WithReferenced"/> those of the datasets it extends after them (their ids qualified, <c>libya:e1</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="stream"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static void WriteEvents(Dataset dataset, Stream stream, ExportOptions options) => WriteEvents(ExportScope.Of(dataset, options), stream);

    internal static void WriteEvents(ExportScope scope, Stream stream) =>
        WriteFeatures(scope, stream, "events", scope.Events, e => e.Place?.Location, (w, e) =>
        {
            Place? place = e.Place;
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("kind", e.Kind.ToYamlWord());
            w.WriteString("date", Date(e.Date));
            Text(w, "end_date", e.EndDate is DateOnly end ? Date(end) : null);
            w.WriteString("time_precision", e.TimePrecision.ToYamlWord());
            w.WriteString("clarity", e.Clarity.ToYamlWord());
            Text(w, "geo_precision", e.GeoPrecision?.ToYamlWord());
            Text(w, "place_id", scope.KeyOf(place));
            Text(w, "place_name", place?.Name);
            Text(w, "country", place?.Country);
            Text(w, "participants", Join(e.Participants, p => scope.Key(p.Actor) + " (" + p.Role.ToYamlWord() + ")"));
            Text(w, "claimed_by", scope.KeyOf(e.ClaimedBy));
            Text(w, "group_id", e.Group);
            Number(w, "fatalities_best", e.Fatalities?.Best);
            Number(w, "wounded_best", e.Wounded?.Best);
            EventKindStandards codes = e.Kind.Standards();
            w.WriteString("acled_event_type", codes.AcledEventType);
            w.WriteString("acled_sub_event_type", codes.AcledSubEventType);
            w.WriteString("cameo_code", codes.CameoCode);
            w.WriteBoolean("acled_in_scope", StandardScope.Acled(e));
            w.WriteBoolean("ucdp_in_scope", StandardScope.Ucdp(e));
            w.WriteNumber("ucdp_event_clarity", (int)e.Clarity);
            Text(w, "summary", e.Summary);
            Text(w, "tags", DatasetTables.Join(e.Tags));
            w.WriteNumber("citation_count", e.Citations.Count);
        });

    /// <summary>Writes every place of <paramref name="dataset"/> as a Feature, with the number of events at it, in dataset order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void WritePlaces(Dataset dataset, Stream stream) => WritePlaces(dataset, stream, ExportOptions.Default);

    /// <summary>
    /// Writes the places <paramref name="options"/> exports from <paramref name="dataset"/> as Features: its own, those of
    /// the datasets it extends that its rows name (and with <see cref="ExportOptions.WithReferenced"/> all of theirs), their ids qualified (<c>libya:tarhuna</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="stream"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static void WritePlaces(Dataset dataset, Stream stream, ExportOptions options) => WritePlaces(ExportScope.Of(dataset, options), stream);

    internal static void WritePlaces(ExportScope scope, Stream stream) =>
        WriteFeatures(scope, stream, "places", scope.Places, p => p.Location, (w, place) =>
        {
            w.WriteString("id", place.Id);
            w.WriteString("name", place.Name);
            w.WriteString("kind", place.Kind.ToYamlWord());
            Text(w, "country", place.Country);
            Text(w, "within", scope.KeyOf(place.Within));
            Text(w, "geo_precision", place.GeoPrecision?.ToYamlWord());
            w.WriteNumber("event_count", scope.QueriesOf(place).Events.AtExactly(place).Count);
            w.WriteNumber("event_count_within", scope.QueriesOf(place).Events.At(place).Count);
            Text(w, "geonames", place.ExternalIds.GeoNames);
            Text(w, "wikidata", place.ExternalIds.Wikidata);
            Text(w, "osm", place.ExternalIds.Osm);
            Text(w, "aliases", DatasetTables.Join(place.Aliases));
        });

    /// <summary>
    /// Writes a FeatureCollection of <paramref name="what"/>: one Feature per entity, with its id, its point (or a null
    /// geometry) and the properties <paramref name="properties"/> writes.
    /// </summary>
    private static void WriteFeatures<T>(ExportScope scope, Stream stream, string what, IEnumerable<T> entities,
        Func<T, GeoPoint?> location, Action<Utf8JsonWriter, T> properties) where T : Entity
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, JsonOutput.Options);
        Begin(w, scope.Dataset.Info, what);
        foreach (T entity in entities)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", scope.Key(entity));
            Geometry(w, location(entity));
            w.WriteStartObject("properties");
            properties(w, entity);
            w.WriteString("dataset", entity.Dataset.Id);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        End(w);
    }

    private static void Begin(Utf8JsonWriter w, DatasetInfo info, string what)
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        // A foreign member (RFC 7946 §6.1): readers that do not know it ignore it.
        w.WriteStartObject(ExportMetadata.JsonMember);
        ExportMetadata.WriteMembers(w, info);
        w.WriteString("features", what);
        w.WriteEndObject();
        w.WriteStartArray("features");
    }

    private static void End(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Geometry(Utf8JsonWriter w, GeoPoint? location)
    {
        if (location is not GeoPoint point)
        {
            w.WriteNull("geometry");
            return;
        }
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(point.Longitude);
        w.WriteNumberValue(point.Latitude);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
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
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Join<T>(IReadOnlyList<T> items, Func<T, string> format)
    {
        if (items.Count == 0)
        {
            return null;
        }
        var parts = new string[items.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = format(items[i]);
        }
        return string.Join(DatasetTables.ListSeparator, parts);
    }
}
