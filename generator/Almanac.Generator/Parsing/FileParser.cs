using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Almanac.Text;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Parsing;

/// <summary>
/// Turns one YAML file into a <see cref="ParsedFile"/>: checks every key, shape, format and vocabulary word that
/// can be checked within the file and reports each mistake at its line and column. Cross-file checks
/// (references, duplicates, quotes) are the linker's.
/// </summary>
internal sealed partial class FileParser
{

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<DiagnosticInfo> _provenance = new();
    private readonly CancellationToken _cancellationToken;

    private FileParser(string path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses the text of an additional file as the compiler decoded it (<see langword="null"/>: unreadable, parsed as empty).</summary>
    public static ParsedFile Parse(string path, SourceText? text, CancellationToken cancellationToken) =>
        Parse(path, text?.ToString() ?? "", cancellationToken, text?.Encoding);

    /// <summary>
    /// Parses <paramref name="text"/>, decoded with <paramref name="encoding"/> (<see langword="null"/> for text that
    /// was never bytes); text that was not valid UTF-8 is reported (ALM020) and parsed as decoded. Never throws except
    /// for cancellation.
    /// </summary>
    public static ParsedFile Parse(string path, string text, CancellationToken cancellationToken, Encoding? encoding = null)
    {
        var parser = new FileParser(path, cancellationToken);
        if (InvalidUtf8.Check(path, text, encoding, "YAML file") is { } invalid)
        {
            parser._diagnostics.Add(invalid);
        }
        string hash = Hash(text);
        var read = new Sections();
        // Whether the file has (or, being unreadable, may have) a dataset section: a missing one is then not reported again.
        bool mayDeclareDataset = true;
        try
        {
            YamlNode? root = YamlTreeReader.Read(path, text, parser._diagnostics, cancellationToken,
                (section, item) => parser.ReadSectionItem(section, item, read));
            mayDeclareDataset = root is YamlMapping mapping ? mapping.Entries.Exists(e => e.Key.Value == "dataset") : parser._diagnostics.Count > 0;
            if (root is not null)
            {
                parser.ReadRoot(root, read);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            parser._diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.FileStart(path), ex.GetType().Name, ex.Message));
        }

        return new ParsedFile(path, hash, read.Datasets.ToEquatableArray(), read.Sources.ToEquatableArray(), read.Actors.ToEquatableArray(),
            read.Places.ToEquatableArray(), read.Events.ToEquatableArray(), read.Retired.ToEquatableArray(), read.Extensions.ToEquatableArray(), parser._diagnostics.ToEquatableArray(),
            parser._provenance.ToEquatableArray(), mayDeclareDataset);
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

    /// <summary>What a file declares, section by section.</summary>
    private sealed class Sections
    {
        public readonly List<DatasetSpec> Datasets = new();
        public readonly List<SourceSpec> Sources = new();
        public readonly List<ActorSpec> Actors = new();
        public readonly List<PlaceSpec> Places = new();
        public readonly List<EventSpec> Events = new();
        public readonly List<RetirementSpec> Retired = new();
        public readonly List<ExtensionSpec> Extensions = new();
    }

    private void ReadRoot(YamlNode root, Sections into)
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
                            into.Datasets.Add(dataset);
                        }
                    }
                    else
                    {
                        Report(Diagnostics.WrongShape, value.Location, "The 'dataset' section", "a mapping", value.ShapeName);
                    }
                    break;
                case "sources":
                case "actors":
                case "places":
                case "events":
                case "retired":
                case "extends":
                    ReadSection(value, key, into);
                    break;
                default:
                    ReportUnknownKey(entry.Key, "the top level of a dataset file", SchemaKeys.Sections);
                    break;
            }
        }
    }

    private void ReadSection(YamlNode value, string section, Sections into)
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
            ReadEntity(section, item, into);
        }
    }

    /// <summary>Reads an entity as soon as the tree reader has it (the section's list is streamed, not kept).</summary>
    /// <remarks>A failure here is the generator's, not the YAML's: it is reported as ALM016 at the entry, and reading goes on.</remarks>
    private void ReadSectionItem(string section, YamlNode item, Sections into)
    {
        try
        {
            ReadEntity(section, item, into);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, item.Location, ex.GetType().Name, ex.Message));
        }
    }

    /// <summary>Reads one entry of the entity section <paramref name="section"/> into its list.</summary>
    private void ReadEntity(string section, YamlNode item, Sections into)
    {
        switch (section)
        {
            case "sources": ReadItem(item, section, into.Sources, ReadSource); break;
            case "actors": ReadItem(item, section, into.Actors, ReadActor); break;
            case "places": ReadItem(item, section, into.Places, ReadPlace); break;
            case "events": ReadItem(item, section, into.Events, ReadEvent); break;
            case "retired": ReadItem(item, section, into.Retired, ReadCheckedRetirement); break;
            case "extends": ReadItem(item, section, into.Extensions, ReadCheckedExtension); break;
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

    /// <summary>
    /// Records ALM029 for each value of the entity read by <paramref name="f"/> at <paramref name="paths"/> (<c>date</c>,
    /// <c>external-ids/wikidata</c>) that is present but named neither by the <c>supports</c> of one of its citations nor
    /// by its <c>uncertain</c> list, at the value. Reported only when the build requires provenance, so the file's parse
    /// does not depend on the setting.
    /// </summary>
    private void RecordProvenance(Fields f, string[] paths, EquatableArray<CitationSpec> citations, EquatableArray<Located> uncertain)
    {
        foreach (string path in paths)
        {
            int slash = path.IndexOf('/');
            string key = path.Substring(slash + 1);
            YamlNode? value = slash < 0 ? f.Node(path) : (f.Node(path.Substring(0, slash)) as YamlMapping)?.Get(key);
            if (value is null or YamlScalar { IsNull: true } || Names(uncertain, key) || citations.Any(c => Names(c.Supports, key)))
            {
                continue;
            }
            _provenance.Add(DiagnosticInfo.Create(Diagnostics.MissingProvenance, value.Location, $"'{key}'", f.What, key));
        }

        static bool Names(EquatableArray<Located> keys, string key) => keys.Any(k => k.Value == key);
    }

    /// <summary>Reports a range of counts that is out of order (<c>low ≤ best ≤ high</c>).</summary>
    private void CheckRange(YamlMapping mapping, int? low, int? best, int? high)
    {
        if ((low is not null && best is not null && low > best) || (best is not null && high is not null && best > high) || (low is not null && high is not null && low > high))
        {
            Report(Diagnostics.InvalidValue, mapping.Location, "casualty range",
                $"low {Show(low)}, best {Show(best)}, high {Show(high)}", "the figures must satisfy low ≤ best ≤ high");
        }

        static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
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
        string? closest = EditDistance.Closest(key.Value, known);
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

    /// <summary>Whether <paramref name="text"/> is a reference: an id, or a referenced dataset's id, a colon and an id
    /// (<c>libya:gna</c>).</summary>
    internal static bool IsReference(string text)
    {
        int colon = text.IndexOf(':');
        return colon < 0 ? IsId(text) : IsId(text.Substring(0, colon)) && IsId(text.Substring(colon + 1));
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
