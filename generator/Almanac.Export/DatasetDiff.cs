using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Almanac.Export;

/// <summary>What happened to one entity between two releases of a dataset.</summary>
public enum EntityChangeKind
{
    /// <summary>The entity is new in the newer release.</summary>
    Added,

    /// <summary>The entity's id was retired in favour of another id (the same entity under a new id).</summary>
    Renamed,

    /// <summary>The entity's id was retired because it became part of another entity.</summary>
    Merged,

    /// <summary>The entity was retired without a successor.</summary>
    Removed,

    /// <summary>The entity's id is missing from the newer release without being retired: an id was lost.</summary>
    Lost,

    /// <summary>The entity is in both releases with different values.</summary>
    Changed,
}

/// <summary>One field of an entity whose value differs between two releases.</summary>
/// <param name="Field">The field's key, as in the YAML schema and the JSON export (<c>name</c>, <c>participants</c>, …).</param>
/// <param name="Old">The older release's value as compact JSON, or <see langword="null"/> when it had none.</param>
/// <param name="New">The newer release's value as compact JSON, or <see langword="null"/> when it has none.</param>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>One entity that differs between two releases.</summary>
/// <param name="Kind">The entity kind: <c>source</c>, <c>actor</c>, <c>place</c> or <c>event</c> (<c>dataset</c> for the dataset's own metadata).</param>
/// <param name="Id">The entity's id (in the older release, for a retired one).</param>
/// <param name="Change">What happened to it.</param>
/// <param name="Successor">The id that replaces a renamed or merged one, else <see langword="null"/>.</param>
/// <param name="Reason">Why it was retired, as the curators wrote it, else <see langword="null"/>.</param>
/// <param name="Name">The entity's name (in the newer release when it has one there).</param>
/// <param name="Fields">The fields that differ, for a changed entity (and for a renamed one, against its successor), in the order of the schema.</param>
public sealed record EntityChange(string Kind, string Id, EntityChangeKind Change, string? Successor, string? Reason, string? Name, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// The differences between two releases of a dataset, entity by entity and field by field: what <c>almanac diff</c>
/// prints and what a dataset package's <c>CHANGELOG.md</c> is made of.
/// </summary>
/// <remarks>
/// Both sides are compared in the form of the JSON export (<see cref="DatasetJson"/>), so a release can be given as a
/// built dataset or as the JSON export kept from it (e.g. <c>dataset/releases/0.1.0/dataset.json</c>). Entities are
/// matched by kind and id. An id of the older release that the newer one does not have is renamed, merged or removed
/// when the newer release retires it (its <c>retired</c> list, as <see cref="DatasetJson"/> writes it), and lost otherwise, which a release must never do.
/// </remarks>
public sealed class DatasetDiff
{
    /// <summary>The entity kinds as the JSON export names them: the section key (<c>actors</c>) and the kind word (<c>actor</c>), from the schema.</summary>
    private static readonly (string Section, string Kind)[] Kinds = ExportSchema.EntityKinds
        .Select(m => (m.Key, m.Name.ToLowerInvariant()))
        .ToArray();

    private DatasetDiff(string datasetId, string? oldVersion, string? newVersion, IReadOnlyList<EntityChange> changes)
    {
        DatasetId = datasetId;
        OldVersion = oldVersion;
        NewVersion = newVersion;
        Changes = changes;
    }

    /// <summary>The id of the dataset (of the newer release).</summary>
    public string DatasetId { get; }

    /// <summary>The older release's version.</summary>
    public string? OldVersion { get; }

    /// <summary>The newer release's version.</summary>
    public string? NewVersion { get; }

    /// <summary>Every entity that differs: the dataset's metadata first, then by kind (sources, actors, places, events) and id.</summary>
    public IReadOnlyList<EntityChange> Changes { get; }

    /// <summary>Whether any id of the older release is missing from the newer one without being retired.</summary>
    public bool LosesIds => Changes.Any(c => c.Change == EntityChangeKind.Lost);

    /// <summary>Compares two built datasets.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="older"/> or <paramref name="newer"/> is <see langword="null"/>.</exception>
    public static DatasetDiff Compare(Dataset older, Dataset newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        using JsonDocument a = ToJson(older), b = ToJson(newer);
        return Compare(a.RootElement, b.RootElement);
    }

    /// <summary>The JSON export of <paramref name="dataset"/>, parsed.</summary>
    public static JsonDocument ToJson(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    /// <summary>Compares two releases given as JSON exports (the root objects of <see cref="DatasetJson"/> documents).</summary>
    /// <exception cref="ArgumentException">A document is not an Almanac JSON export.</exception>
    public static DatasetDiff Compare(JsonElement older, JsonElement newer)
    {
        Check(older, nameof(older));
        Check(newer, nameof(newer));
        var changes = new List<EntityChange>();
        JsonElement oldInfo = older.GetProperty("dataset"), newInfo = newer.GetProperty("dataset");
        List<FieldChange> infoFields = Fields(oldInfo, newInfo);
        if (infoFields.Count > 0)
        {
            changes.Add(new EntityChange("dataset", Text(newInfo, "id") ?? "", EntityChangeKind.Changed, null, null, Text(newInfo, "title"), infoFields));
        }
        Dictionary<(string Kind, string Id), Retired> retired = RetiredIds(newer);
        foreach (var (section, kind) in Kinds)
        {
            Dictionary<string, JsonElement> before = Entities(older, section), after = Entities(newer, section);
            var kindChanges = new List<EntityChange>();
            foreach (var (id, entity) in before)
            {
                if (after.TryGetValue(id, out JsonElement now))
                {
                    List<FieldChange> fields = Fields(entity, now);
                    if (fields.Count > 0)
                    {
                        kindChanges.Add(new EntityChange(kind, id, EntityChangeKind.Changed, null, null, Text(now, "name"), fields));
                    }
                }
                else if (retired.TryGetValue((kind, id), out Retired? retirement))
                {
                    EntityChangeKind how = retirement.How;
                    string? successor = retirement.Successor;
                    // A renamed entity is the same entity under its new id: its other fields are compared with it.
                    IReadOnlyList<FieldChange> fields = how == EntityChangeKind.Renamed && after.TryGetValue(successor!, out JsonElement renamed)
                        ? Fields(entity, renamed).Where(f => f.Field != "id").ToList()
                        : Array.Empty<FieldChange>();
                    kindChanges.Add(new EntityChange(kind, id, how, successor, retirement.Reason, Text(entity, "name"), fields));
                }
                else
                {
                    kindChanges.Add(new EntityChange(kind, id, EntityChangeKind.Lost, null, null, Text(entity, "name"), Array.Empty<FieldChange>()));
                }
            }
            var renamedTo = new HashSet<string>(kindChanges.Where(c => c.Change == EntityChangeKind.Renamed).Select(c => c.Successor!), StringComparer.Ordinal);
            foreach (var (id, entity) in after)
            {
                if (!before.ContainsKey(id) && !renamedTo.Contains(id))
                {
                    kindChanges.Add(new EntityChange(kind, id, EntityChangeKind.Added, null, null, Text(entity, "name"), Array.Empty<FieldChange>()));
                }
            }
            changes.AddRange(kindChanges.OrderBy(c => c.Id, StringComparer.Ordinal));
        }
        return new DatasetDiff(Text(newInfo, "id") ?? Text(oldInfo, "id") ?? "", Text(oldInfo, "version"), Text(newInfo, "version"), changes);
    }

    private static void Check(JsonElement root, string parameter)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.GetString() != "almanac-json"
            || !root.TryGetProperty("dataset", out _))
        {
            throw new ArgumentException("Not an Almanac JSON export (a document with \"format\": \"almanac-json\" and a \"dataset\" object).", parameter);
        }
    }

    /// <summary>The entities of one section by id, in the order of the document.</summary>
    private static Dictionary<string, JsonElement> Entities(JsonElement root, string section)
    {
        var entities = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (root.TryGetProperty(section, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entity in list.EnumerateArray())
            {
                if (Text(entity, "id") is string id)
                {
                    entities[id] = entity;
                }
            }
        }
        return entities;
    }

    /// <summary>The retirements the newer release lists (its <c>retired</c> array, with the YAML keys: the kind's word naming
    /// the id, <c>replaced-by</c> or <c>merged-into</c>, <c>since</c>, <c>reason</c>), by kind and id.</summary>
    private static Dictionary<(string Kind, string Id), Retired> RetiredIds(JsonElement root)
    {
        var retired = new Dictionary<(string, string), Retired>();
        if (root.TryGetProperty("retired", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entry in list.EnumerateArray())
            {
                foreach (var (_, kind) in Kinds)
                {
                    if (Text(entry, kind) is string id)
                    {
                        string? merged = Text(entry, "merged-into"), replaced = Text(entry, "replaced-by");
                        retired[(kind, id)] = new Retired(
                            merged is not null ? EntityChangeKind.Merged : replaced is not null ? EntityChangeKind.Renamed : EntityChangeKind.Removed,
                            merged ?? replaced, Text(entry, "reason"));
                    }
                }
            }
        }
        return retired;
    }

    private sealed record Retired(EntityChangeKind How, string? Successor, string? Reason);

    /// <summary>The fields whose values differ, in the newer release's order, then the ones only the older had.</summary>
    private static List<FieldChange> Fields(JsonElement older, JsonElement newer)
    {
        var changes = new List<FieldChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The standards' codes follow from the kind (a change shows there); a newer toolchain may add to them.
        seen.Add(DatasetJson.StandardsMember);
        foreach (JsonProperty field in newer.EnumerateObject())
        {
            if (field.Name == DatasetJson.StandardsMember)
            {
                continue;
            }
            seen.Add(field.Name);
            string value = Compact(field.Value);
            string? old = older.TryGetProperty(field.Name, out JsonElement before) ? Compact(before) : null;
            if (old != value)
            {
                changes.Add(new FieldChange(field.Name, old, value));
            }
        }
        foreach (JsonProperty field in older.EnumerateObject())
        {
            if (!seen.Contains(field.Name))
            {
                changes.Add(new FieldChange(field.Name, Compact(field.Value), null));
            }
        }
        return changes;
    }

    private static string? Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A value as compact JSON, the same text for equal values whatever the indentation of the document.</summary>
    private static string Compact(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactOptions))
        {
            value.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The changes as Markdown: a summary line, then per kind the added, retired and changed entities, a changed
    /// entity as a table of its fields with the old and new values.</summary>
    /// <param name="headingLevel">The level of the first heading (1: <c>#</c>); a changelog that lists several releases uses 2.</param>
    public string ToMarkdown(int headingLevel = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 3);
        string h1 = new('#', headingLevel), h2 = h1 + "#", h3 = h2 + "#";
        var b = new StringBuilder();
        b.Append(h1).Append(" Changes in ").Append(DatasetId).Append(' ').Append(NewVersion ?? "?").Append(" since ").Append(OldVersion ?? "?").Append("\n\n");
        if (Changes.Count == 0)
        {
            b.Append("No changes.\n");
            return b.ToString();
        }
        b.Append(string.Join(", ", Enum.GetValues<EntityChangeKind>()
            .Select(k => (Kind: k, Count: Changes.Count(c => c.Change == k && c.Kind != "dataset")))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count.ToString(CultureInfo.InvariantCulture)} {Word(x.Kind)}"))).Append(".\n");
        if (LosesIds)
        {
            b.Append("\n**Ids lost without being retired:** ").Append(string.Join(", ", Changes.Where(c => c.Change == EntityChangeKind.Lost).Select(c => $"{c.Kind} `{c.Id}`"))).Append(".\n");
        }
        foreach (var group in Changes.GroupBy(c => c.Kind))
        {
            b.Append('\n').Append(h2).Append(' ').Append(Heading(group.Key)).Append('\n');
            foreach (EntityChange change in group)
            {
                b.Append('\n');
                switch (change.Change)
                {
                    case EntityChangeKind.Changed:
                        b.Append(h3).Append(" `").Append(change.Id).Append('`').Append(change.Name is null ? "" : " " + change.Name).Append(": changed\n\n");
                        FieldTable(b, change.Fields);
                        break;
                    default:
                        b.Append("- `").Append(change.Id).Append('`').Append(change.Name is null ? "" : " " + change.Name).Append(": ").Append(Word(change.Change, singular: true));
                        if (change.Successor is not null)
                        {
                            b.Append(change.Change == EntityChangeKind.Merged ? " into `" : " to `").Append(change.Successor).Append('`');
                        }
                        if (change.Reason is not null)
                        {
                            b.Append(" (").Append(change.Reason).Append(')');
                        }
                        b.Append('\n');
                        if (change.Fields.Count > 0)
                        {
                            b.Append('\n');
                            FieldTable(b, change.Fields);
                        }
                        break;
                }
            }
        }
        return b.ToString();
    }

    private void FieldTable(StringBuilder b, IReadOnlyList<FieldChange> fields)
    {
        b.Append("| field | ").Append(OldVersion ?? "before").Append(" | ").Append(NewVersion ?? "after").Append(" |\n|---|---|---|\n");
        foreach (FieldChange field in fields)
        {
            b.Append("| ").Append(field.Field).Append(" | ").Append(Cell(field.Old)).Append(" | ").Append(Cell(field.New)).Append(" |\n");
        }
    }

    /// <summary>Writes the changes as JSON: <c>{ "dataset", "from", "to", "changes": [{ "kind", "id", "change", "successor",
    /// "reason", "name", "fields": [{ "field", "old", "new" }] }] }</c>, with old and new values as JSON values.</summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("dataset", DatasetId);
        w.WriteString("from", OldVersion);
        w.WriteString("to", NewVersion);
        w.WriteStartArray("changes");
        foreach (EntityChange change in Changes)
        {
            w.WriteStartObject();
            w.WriteString("kind", change.Kind);
            w.WriteString("id", change.Id);
            w.WriteString("change", Word(change.Change, singular: true));
            if (change.Successor is not null)
            {
                w.WriteString("successor", change.Successor);
            }
            if (change.Reason is not null)
            {
                w.WriteString("reason", change.Reason);
            }
            if (change.Name is not null)
            {
                w.WriteString("name", change.Name);
            }
            if (change.Fields.Count > 0)
            {
                w.WriteStartArray("fields");
                foreach (FieldChange field in change.Fields)
                {
                    w.WriteStartObject();
                    w.WriteString("field", field.Field);
                    WriteValue(w, "old", field.Old);
                    WriteValue(w, "new", field.New);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteValue(Utf8JsonWriter w, string key, string? json)
    {
        w.WritePropertyName(key);
        if (json is null)
        {
            w.WriteNullValue();
        }
        else
        {
            using JsonDocument value = JsonDocument.Parse(json);
            value.RootElement.WriteTo(w);
        }
    }

    /// <summary>The word of a change, its YAML word ("added", "renamed", …); a lost id, listed alone, says that it was not retired.</summary>
    private static string Word(EntityChangeKind kind, bool singular = false) =>
        kind == EntityChangeKind.Lost && singular ? "lost (not retired)" : kind.ToYamlWord();

    /// <summary>The heading of a kind's changes: the capitalised section key (<c>Actors</c>), or <c>Dataset</c>.</summary>
    private static string Heading(string kind)
    {
        string section = Kinds.FirstOrDefault(k => k.Kind == kind).Section ?? kind;
        return char.ToUpperInvariant(section[0]) + section[1..];
    }

    /// <summary>A value in a Markdown table cell: a JSON string as its text, anything else as compact JSON; pipes escaped, lines joined.</summary>
    private static string Cell(string? json)
    {
        if (json is null)
        {
            return "—";
        }
        string text = json;
        if (json.StartsWith('"'))
        {
            using JsonDocument value = JsonDocument.Parse(json);
            text = value.RootElement.GetString() ?? "";
        }
        return text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
    }
}
