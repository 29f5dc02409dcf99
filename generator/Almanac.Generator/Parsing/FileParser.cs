using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Almanac.Generator.Common;

namespace Almanac.Generator.Parsing;

/// <summary>
/// Turns one YAML file into a <see cref="ParsedFile"/>: checks every key, shape, format and vocabulary word that
/// can be checked within the file and reports each mistake at its line and column. Cross-file checks
/// (references, duplicates, quotes) are the linker's.
/// </summary>
internal sealed partial class FileParser
{
    private static readonly Regex s_country = new("^[A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_wikidata = new("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_digits = new("^[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_osm = new("^(node|way|relation)/[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_icao = new("^[A-Z0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_language = new("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly CancellationToken _cancellationToken;

    private FileParser(string path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="text"/>; never throws except for cancellation.</summary>
    public static ParsedFile Parse(string path, string text, CancellationToken cancellationToken)
    {
        var parser = new FileParser(path, cancellationToken);
        string hash = Hash(text);
        var datasets = new List<DatasetSpec>();
        var sources = new List<SourceSpec>();
        var actors = new List<ActorSpec>();
        var places = new List<PlaceSpec>();
        var events = new List<EventSpec>();
        // Whether the file has (or, being unreadable, may have) a dataset section: a missing one is then not reported again.
        bool mayDeclareDataset = true;
        try
        {
            YamlNode? root = YamlTreeReader.Read(path, text, parser._diagnostics, cancellationToken,
                (section, item) => parser.ReadSectionItem(section, item, sources, actors, places, events));
            mayDeclareDataset = root is YamlMapping mapping ? mapping.Entries.Exists(e => e.Key.Value == "dataset") : parser._diagnostics.Count > 0;
            if (root is not null)
            {
                parser.ReadRoot(root, datasets, sources, actors, places, events);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            parser._diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.FileStart(path), ex.GetType().Name, ex.Message));
        }

        return new ParsedFile(path, hash, datasets.ToEquatableArray(), sources.ToEquatableArray(), actors.ToEquatableArray(),
            places.ToEquatableArray(), events.ToEquatableArray(), parser._diagnostics.ToEquatableArray(), mayDeclareDataset);
    }

    internal static string Hash(string text)
    {
        using var sha = SHA256.Create();
        byte[] bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (byte b in bytes)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private void ReadRoot(YamlNode root, List<DatasetSpec> datasets, List<SourceSpec> sources, List<ActorSpec> actors, List<PlaceSpec> places, List<EventSpec> events)
    {
        if (root is YamlScalar { IsNull: true })
        {
            return;
        }
        if (root is not YamlMapping mapping)
        {
            Report(Diagnostics.WrongShape, root.Location, "A dataset file", "a mapping of sections (" + string.Join(", ", SchemaKeys.Sections) + ")", root.ShapeName);
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            string key = entry.Key.Value;
            YamlNode value = entry.Value;
            switch (key)
            {
                case "dataset":
                    if (value is YamlMapping datasetMapping)
                    {
                        DatasetSpec? dataset = ReadDataset(datasetMapping);
                        if (dataset is not null)
                        {
                            datasets.Add(dataset);
                        }
                    }
                    else
                    {
                        Report(Diagnostics.WrongShape, value.Location, "The 'dataset' section", "a mapping", value.ShapeName);
                    }
                    break;
                case "sources":
                    ReadSection(value, key, sources, ReadSource);
                    break;
                case "actors":
                    ReadSection(value, key, actors, ReadActor);
                    break;
                case "places":
                    ReadSection(value, key, places, ReadPlace);
                    break;
                case "events":
                    ReadSection(value, key, events, ReadEvent);
                    break;
                default:
                    ReportUnknownKey(entry.Key, "the top level of a dataset file", SchemaKeys.Sections);
                    break;
            }
        }
    }

    private void ReadSection<T>(YamlNode value, string section, List<T> into, Func<YamlMapping, T?> read) where T : class
    {
        if (value is YamlScalar { IsNull: true })
        {
            return;
        }
        if (value is not YamlSequence sequence)
        {
            Report(Diagnostics.WrongShape, value.Location, $"The '{section}' section", "a list of entries", value.ShapeName);
            return;
        }
        foreach (YamlNode item in sequence.Items)
        {
            ReadItem(item, section, into, read);
        }
    }

    /// <summary>Reads an entity as soon as the tree reader has it (the section's list is streamed, not kept).</summary>
    /// <remarks>A failure here is the generator's, not the YAML's: it is reported as ALM016 at the entry, and reading goes on.</remarks>
    private void ReadSectionItem(string section, YamlNode item, List<SourceSpec> sources, List<ActorSpec> actors, List<PlaceSpec> places, List<EventSpec> events)
    {
        try
        {
            ReadStreamedItem(section, item, sources, actors, places, events);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, item.Location, ex.GetType().Name, ex.Message));
        }
    }

    private void ReadStreamedItem(string section, YamlNode item, List<SourceSpec> sources, List<ActorSpec> actors, List<PlaceSpec> places, List<EventSpec> events)
    {
        switch (section)
        {
            case "sources": ReadItem(item, section, sources, ReadSource); break;
            case "actors": ReadItem(item, section, actors, ReadActor); break;
            case "places": ReadItem(item, section, places, ReadPlace); break;
            case "events": ReadItem(item, section, events, ReadEvent); break;
            default: break; // an unknown top-level key: reported by ReadRoot, its items are ignored
        }
    }

    private void ReadItem<T>(YamlNode item, string section, List<T> into, Func<YamlMapping, T?> read) where T : class
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (item is YamlMapping entity)
        {
            T? spec = read(entity);
            if (spec is not null)
            {
                into.Add(spec);
            }
        }
        else
        {
            Report(Diagnostics.WrongShape, item.Location, $"An entry of '{section}'", "a mapping", item.ShapeName);
        }
    }

    private DatasetSpec? ReadDataset(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "the dataset section", null, null, SchemaKeys.Dataset);
        Located? id = f.Id("id");
        string? title = f.Text("title", required: true);
        string? version = f.Text("version", required: true);
        string? license = f.Text("license", required: true);
        string? citation = f.Text("citation", required: true);
        string? description = f.Text("description");
        string? url = f.Url("url");
        if (id is null || title is null || version is null || license is null || citation is null)
        {
            return null;
        }
        return new DatasetSpec(mapping.Location, id.Value, title, version, license, citation, description, url);
    }

    private SourceSpec? ReadSource(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "a source", null, "source", SchemaKeys.Source);
        Located? id = f.Id("id");
        string? title = f.Text("title", required: true);
        int? kind = f.Word<SourceKind>("kind", required: true);
        var aliases = f.Aliases("aliases");
        string? publisher = f.Text("publisher");
        int? published = f.Date("published");
        string? language = f.Matching("language", s_language, "a BCP 47 language tag such as 'en' or 'ar'");
        string? url = f.Url("url");
        Located? document = f.LocatedText("document");
        var excluded = new List<ExcludedSpec>();
        foreach (YamlMapping item in f.Mappings("excluded", "a list of { quote, reason } entries"))
        {
            var e = new Fields(this, item, "an excluded passage", f, null, SchemaKeys.ExcludedPassage);
            Located? quote = e.LocatedText("quote", required: true);
            string? reason = e.Text("reason", required: true);
            if (quote is not null && reason is not null)
            {
                excluded.Add(new ExcludedSpec(quote, reason));
            }
        }
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        return new SourceSpec(id, title ?? id.Value, kind ?? 0, aliases, publisher, published, language, url, document, excluded.ToEquatableArray(), notes);
    }

    private ActorSpec? ReadActor(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "an actor", null, "actor", SchemaKeys.Actor);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<ActorKind>("kind", required: true);
        var aliases = f.Aliases("aliases");
        string? country = f.Matching("country", s_country, "an ISO 3166-1 alpha-2 code in capitals, such as 'LY'");
        Located? partOf = f.Reference("part-of");
        var alignments = new List<AlignmentSpec>();
        foreach (YamlMapping item in f.Mappings("aligned-with", "a list of { actor, from, until, notes } entries"))
        {
            var a = new Fields(this, item, "an alignment", f, null, SchemaKeys.Alignment);
            Located? actor = a.Reference("actor", required: true);
            int? from = a.Date("from");
            int? until = a.Date("until");
            string? alignmentNotes = a.Text("notes");
            CheckOrder(item, from, until, "until", "from");
            if (actor is not null)
            {
                alignments.Add(new AlignmentSpec(actor, from, until, alignmentNotes));
            }
        }
        int? activeFrom = f.Date("active-from");
        int? activeUntil = f.Date("active-until");
        CheckOrder(mapping, activeFrom, activeUntil, "active-until", "active-from");
        ExternalIdsSpec? externalIds = ReadExternalIds(f, SchemaKeys.ActorExternalIds);
        var citations = ReadCitations(f, required: false);
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        return new ActorSpec(id, name ?? id.Value, kind ?? 0, aliases, country, partOf, alignments.ToEquatableArray(), activeFrom, activeUntil,
            externalIds, citations, notes);
    }

    private PlaceSpec? ReadPlace(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "a place", null, "place", SchemaKeys.Place);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<PlaceKind>("kind", required: true);
        var aliases = f.Aliases("aliases");
        double? latitude = null, longitude = null;
        YamlNode? locationNode = f.Node("location");
        if (locationNode is YamlMapping location)
        {
            var l = new Fields(this, location, "the location", f, null, SchemaKeys.GeoPoint);
            latitude = l.Coordinate("lat", 90, "latitude");
            longitude = l.Coordinate("lon", 180, "longitude");
        }
        else if (locationNode is not null && !(locationNode is YamlScalar { IsNull: true }))
        {
            Report(Diagnostics.WrongShape, locationNode.Location, $"The location of {f.What}", "a mapping { lat: …, lon: … }", locationNode.ShapeName);
        }
        int? precision = f.Word<GeoPrecision>("geo-precision", required: latitude is not null || longitude is not null);
        if (precision is not null && latitude is null && longitude is null && locationNode is null)
        {
            Report(Diagnostics.MissingField, mapping.Location, f.What, "location");
        }
        Located? within = f.Reference("within");
        string? country = f.Matching("country", s_country, "an ISO 3166-1 alpha-2 code in capitals, such as 'LY'");
        ExternalIdsSpec? externalIds = ReadExternalIds(f, SchemaKeys.PlaceExternalIds);
        var citations = ReadCitations(f, required: false);
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        bool hasLocation = latitude is not null && longitude is not null;
        return new PlaceSpec(id, name ?? id.Value, kind ?? 0, aliases, hasLocation ? latitude : null, hasLocation ? longitude : null,
            hasLocation ? precision ?? (int)GeoPrecision.Exact : null, within, country, externalIds, citations, notes);
    }

    private EventSpec? ReadEvent(YamlMapping mapping)
    {
        var f = new Fields(this, mapping, "an event", null, "event", SchemaKeys.Event);
        Located? id = f.Id("id");
        string? name = f.Text("name", required: true);
        int? kind = f.Word<EventKind>("kind", required: true);
        int? date = f.Date("date", required: true);
        int? endDate = f.Date("end-date");
        CheckOrder(mapping, date, endDate, "end-date", "date");
        int? timePrecision = f.Word<TimePrecision>("time-precision", required: true);
        Located? place = f.Reference("place");
        int? geoPrecision = f.Word<GeoPrecision>("geo-precision");
        var participants = new List<ParticipantSpec>();
        foreach (YamlMapping item in f.Mappings("participants", "a list of { actor, role } entries"))
        {
            var p = new Fields(this, item, "a participant", f, null, SchemaKeys.Participant);
            Located? actor = p.Reference("actor", required: true);
            int? role = p.Word<ParticipantRole>("role", required: true);
            if (actor is not null && role is not null)
            {
                participants.Add(new ParticipantSpec(actor, role.Value));
            }
        }
        Located? claimedBy = f.Reference("claimed-by");
        CasualtiesSpec? fatalities = ReadCasualties(f, "fatalities");
        CasualtiesSpec? wounded = ReadCasualties(f, "wounded");
        var materiel = new List<MaterielSpec>();
        foreach (YamlMapping item in f.Mappings("materiel", "a list of { item, count, outcome, actor } entries"))
        {
            var m = new Fields(this, item, "materiel", f, null, SchemaKeys.Materiel);
            string? what = m.Text("item", required: true);
            int? count = m.Count("count");
            int? outcome = m.Word<MaterielOutcome>("outcome", required: true);
            Located? owner = m.Reference("actor");
            if (what is not null && outcome is not null)
            {
                materiel.Add(new MaterielSpec(what, count, outcome.Value, owner));
            }
        }
        string? summary = f.Text("summary");
        var tags = new List<string>();
        foreach (Located tag in f.Texts("tags"))
        {
            if (IsId(tag.Value))
            {
                tags.Add(tag.Value);
            }
            else
            {
                Report(Diagnostics.InvalidValue, tag.Location, "tag", tag.Value, "tags are kebab-case words such as 'air-defence'");
            }
        }
        var citations = ReadCitations(f, required: true);
        var aliases = f.Aliases("aliases");
        string? notes = f.Text("notes");
        if (id is null)
        {
            return null;
        }
        return new EventSpec(id, name ?? id.Value, kind ?? (int)EventKind.Other, aliases, date ?? 0, endDate, timePrecision ?? (int)TimePrecision.Day,
            place, geoPrecision, participants.ToEquatableArray(), claimedBy, fatalities, wounded, materiel.ToEquatableArray(), summary,
            tags.ToEquatableArray(), citations, notes);
    }

    private CasualtiesSpec? ReadCasualties(Fields f, string key)
    {
        YamlNode? node = f.Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }
        if (node is not YamlMapping mapping)
        {
            Report(Diagnostics.WrongShape, node.Location, $"'{key}' of {f.What}", "a mapping { low, best, high, sides }", node.ShapeName);
            return null;
        }
        var c = new Fields(this, mapping, $"'{key}'", f, null, SchemaKeys.Casualties);
        (int? low, int? best, int? high) = ReadRange(c, mapping);
        var sides = new List<SideSpec>();
        foreach (YamlMapping item in c.Mappings("sides", "a list of { actor, low, best, high } entries"))
        {
            var s = new Fields(this, item, "a side", c, null, SchemaKeys.SideCasualties);
            Located? actor = s.Reference("actor", required: true);
            (int? sideLow, int? sideBest, int? sideHigh) = ReadRange(s, item);
            if (actor is not null)
            {
                sides.Add(new SideSpec(actor, sideLow, sideBest, sideHigh));
            }
        }
        return new CasualtiesSpec(low, best, high, sides.ToEquatableArray());
    }

    private (int? Low, int? Best, int? High) ReadRange(Fields f, YamlMapping mapping)
    {
        int? low = f.Count("low"), best = f.Count("best"), high = f.Count("high");
        if ((low is not null && best is not null && low > best) || (best is not null && high is not null && best > high) || (low is not null && high is not null && low > high))
        {
            Report(Diagnostics.InvalidValue, mapping.Location, "casualty range",
                $"low {Show(low)}, best {Show(best)}, high {Show(high)}", "the figures must satisfy low ≤ best ≤ high");
        }
        return (low, best, high);

        static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
    }

    private ExternalIdsSpec? ReadExternalIds(Fields f, string[] allowed)
    {
        YamlNode? node = f.Node("external-ids");
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }
        if (node is not YamlMapping mapping)
        {
            Report(Diagnostics.WrongShape, node.Location, $"'external-ids' of {f.What}", "a mapping", node.ShapeName);
            return null;
        }
        var e = new Fields(this, mapping, "'external-ids'", f, null, allowed);
        string? Get(string key, Regex pattern, string hint) => allowed.Contains(key) ? e.Matching(key, pattern, hint) : null;
        return new ExternalIdsSpec(
            Get("wikidata", s_wikidata, "a Wikidata item such as 'Q3579'"),
            Get("geonames", s_digits, "a GeoNames id (digits)"),
            allowed.Contains("acled") ? e.Text("acled") : null,
            Get("ucdp", s_digits, "a UCDP actor id (digits)"),
            Get("osm", s_osm, "an OpenStreetMap element such as 'node/123'"),
            Get("icao", s_icao, "a four-character ICAO location indicator such as 'HL77'"));
    }

    private EquatableArray<CitationSpec> ReadCitations(Fields f, bool required)
    {
        var citations = new List<CitationSpec>();
        YamlNode? node = f.Node("sources");
        if (required && (node is null || node is YamlScalar { IsNull: true } || node is YamlSequence { Items.Count: 0 }))
        {
            Report(Diagnostics.MissingField, node?.Location ?? f.Location, f.What, "sources");
        }
        foreach (YamlMapping item in f.Mappings("sources", "a list of { source, quote } citations"))
        {
            var c = new Fields(this, item, "a citation", f, null, SchemaKeys.Citation);
            Located? source = c.Reference("source", required: true);
            Located? quote = c.LocatedText("quote", required: true);
            if (source is not null && quote is not null)
            {
                citations.Add(new CitationSpec(source, quote));
            }
        }
        return citations.ToEquatableArray();
    }

    private void CheckOrder(YamlMapping mapping, int? first, int? last, string lastKey, string firstKey)
    {
        if (first is not null && last is not null && last < first)
        {
            YamlNode node = mapping.Entries.First(e => e.Key.Value == lastKey).Value;
            Report(Diagnostics.InvalidValue, node.Location, lastKey, ((YamlScalar)node).Value, $"it is before '{firstKey}'");
        }
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        // Descriptions are phrased for the middle of a sentence; a message that starts with one gets a capital.
        if (arguments.Length > 0 && arguments[0].Length > 0 && descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture).StartsWith("{0}", StringComparison.Ordinal))
        {
            arguments[0] = char.ToUpperInvariant(arguments[0][0]) + arguments[0].Substring(1);
        }
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }

    private void ReportUnknownKey(YamlScalar key, string where, IReadOnlyList<string> known)
    {
        string? closest = Suggestions.Closest(key.Value, known);
        string hint = closest is null ? $"; known keys: {string.Join(", ", known)}" : $"; did you mean '{closest}'?";
        Report(Diagnostics.UnknownKey, key.Location, key.Value, where, hint);
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> into a day number (days since 0001-01-01, as <c>DateOnly.DayNumber</c>).</summary>
    internal static bool TryParseDate(string text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day))
        {
            return false;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = (int)(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay);
        return true;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a kebab-case id: groups of [a-z0-9] joined by single hyphens.</summary>
    internal static bool IsId(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[text.Length - 1] == '-')
        {
            return false;
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
