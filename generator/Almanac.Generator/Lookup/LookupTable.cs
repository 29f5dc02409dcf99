using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Almanac.Lookup;

/// <summary>
/// The lookup table of a compiled dataset: for each kind of entity, the generated class that looks it up, every id with
/// its member, name and aliases, and every retired id with its successor. The generator writes it into the dataset
/// assembly as the value of <c>[assembly: AssemblyMetadata("Almanac.LookupTable", …)]</c>; tools that check ids against a
/// referenced dataset (the <c>Almanac.Analyzers</c> diagnostics of string lookups) read it from there, without the YAML
/// and without running the dataset's code. The text format is documented in docs/data-format.md ("Lookup table").
/// </summary>
internal sealed class LookupTable
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = (System.Runtime.CompilerServices.MethodImplOptions)512;

    /// <summary>The key of the <c>AssemblyMetadata</c> attribute that carries the table.</summary>
    public const string MetadataKey = "Almanac.LookupTable";

    /// <summary>The first line of every table: the format's name, then its version.</summary>
    public const string Magic = "almanac-lookup-table";

    /// <summary>The version of the format that <see cref="Write"/> writes and <see cref="Read"/> reads.</summary>
    public const int Version = 1;

    public LookupTable(string datasetId, string datasetVersion, string @namespace, string className, IReadOnlyList<LookupKind> kinds)
    {
        DatasetId = datasetId;
        DatasetVersion = datasetVersion;
        Namespace = @namespace;
        ClassName = className;
        Kinds = kinds;
    }

    /// <summary>The dataset's id, e.g. <c>libya</c>.</summary>
    public string DatasetId { get; }

    /// <summary>The version of the dataset's data.</summary>
    public string DatasetVersion { get; }

    /// <summary>The namespace of the generated classes.</summary>
    public string Namespace { get; }

    /// <summary>The name of the generated dataset class, e.g. <c>LibyaDataset</c>.</summary>
    public string ClassName { get; }

    /// <summary>One entry per kind of entity, in the order sources, actors, places, events.</summary>
    public IReadOnlyList<LookupKind> Kinds { get; }

    /// <summary>A table whose text is longer than this many characters is stored deflated (<see cref="Store"/>).</summary>
    public const int StoredPlainUpTo = 64 * 1024;

    /// <summary>The start of a deflated table's stored form, followed by its pieces (<see cref="PieceSeparator"/>).</summary>
    public const string DeflatedPrefix = "deflate:";

    /// <summary>Separates the pieces of a deflated stored form: each the Base64 of the deflated UTF-8 of a run of lines.</summary>
    public const char PieceSeparator = ',';

    /// <summary>A piece ends after a line chosen by its first field (<see cref="EndsPiece"/>) once it has this many characters.</summary>
    private const int PieceAtLeast = 48 * 1024;

    /// <summary>A piece ends after the line that takes it past this many characters, whatever the line.</summary>
    private const int PieceAtMost = 512 * 1024;

    /// <summary>
    /// The table as the attribute stores it: its text (<see cref="Write"/>) up to <see cref="StoredPlainUpTo"/>
    /// characters, so that a small dataset's table reads as it is; a longer text deflated, as <see cref="DeflatedPrefix"/>
    /// and its pieces, runs of whole lines each deflated on its own and written in Base64, separated by
    /// <see cref="PieceSeparator"/> (most of a large table is ids and names that repeat their words).
    /// </summary>
    /// <remarks>
    /// A piece ends after a line whose first field (an id, for most lines) hashes to a multiple of 32, once the piece is
    /// long enough: where pieces end depends on the lines around the end, not on what came before, so an edit of a name
    /// or an alias changes one piece and the others are the same text as before. The generator keeps the deflated form
    /// of the last table's pieces, so that a curator's edit deflates one piece again, not the whole table.
    /// </remarks>
    public string Store()
    {
        // Most edits of a dataset's YAML leave its table as it was (the strings of unchanged entities are the same
        // instances from one run to the next, so comparing is quick): the stored form made last time is taken whole.
        StoredTable? last = System.Threading.Volatile.Read(ref s_last);
        if (last is not null && SameContent(last.Table, this))
        {
            return last.Stored;
        }
        List<string> pieces = Pieces();
        if (pieces.Sum(p => p.Length) <= StoredPlainUpTo)
        {
            return string.Concat(pieces);
        }
        Dictionary<string, string> deflated = last?.Pieces ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new Dictionary<string, string>(pieces.Count, StringComparer.Ordinal);
        var stored = new StringBuilder(DeflatedPrefix);
        foreach (string piece in pieces)
        {
            if (!deflated.TryGetValue(piece, out string? base64) && !kept.TryGetValue(piece, out base64))
            {
                base64 = Deflate(piece);
            }
            kept[piece] = base64;
            if (stored.Length > DeflatedPrefix.Length)
            {
                stored.Append(PieceSeparator);
            }
            stored.Append(base64);
        }
        string result = stored.ToString();
        System.Threading.Volatile.Write(ref s_last, new StoredTable(this, result, kept));
        return result;
    }

    /// <summary>Forgets the last table stored.</summary>
    internal static void ClearStored() => System.Threading.Volatile.Write(ref s_last, null);

    /// <summary>The last table stored deflated in this process, with its stored form and the deflated form of its pieces.</summary>
    private static StoredTable? s_last;

    private sealed class StoredTable
    {
        public StoredTable(LookupTable table, string stored, Dictionary<string, string> pieces)
        {
            Table = table;
            Stored = stored;
            Pieces = pieces;
        }

        public LookupTable Table { get; }

        public string Stored { get; }

        /// <summary>The Base64 of each piece's deflated UTF-8, by the piece's text; never changed once made.</summary>
        public Dictionary<string, string> Pieces { get; }
    }

    /// <summary>Whether two tables have the same text.</summary>
    private static bool SameContent(LookupTable a, LookupTable b)
    {
        if (a.DatasetId != b.DatasetId || a.DatasetVersion != b.DatasetVersion || a.Namespace != b.Namespace || a.ClassName != b.ClassName
            || a.Kinds.Count != b.Kinds.Count)
        {
            return false;
        }
        for (int k = 0; k < a.Kinds.Count; k++)
        {
            LookupKind x = a.Kinds[k], y = b.Kinds[k];
            if (x.Kind != y.Kind || x.ClassName != y.ClassName
                || !Same(x.Entities, y.Entities, SameEntity) || !Same(x.Extended, y.Extended, SameEntity)
                || !Same(x.Retired, y.Retired, static (r, s) => r.Id == s.Id && r.How == s.How && r.Successor == s.Successor && r.Since == s.Since && r.Reason == s.Reason)
                || !Same(x.Scoped, y.Scoped, static (r, s) => r.Alias == s.Alias && r.Id == s.Id && r.Source == s.Source))
            {
                return false;
            }
        }
        return true;

        static bool SameEntity(LookupEntity e, LookupEntity f) =>
            e.Id == f.Id && e.Member == f.Member && e.Name == f.Name && Same(e.Aliases, f.Aliases, static (p, q) => p == q);

        static bool Same<T>(IReadOnlyList<T> xs, IReadOnlyList<T> ys, Func<T, T, bool> same)
        {
            if (xs.Count != ys.Count)
            {
                return false;
            }
            for (int i = 0; i < xs.Count; i++)
            {
                if (!same(xs[i], ys[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The Base64 of the deflated UTF-8 of one piece.</summary>
    private static string Deflate(string piece)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            byte[] bytes = new UTF8Encoding(false, true).GetBytes(piece);
            deflate.Write(bytes, 0, bytes.Length);
        }
        return Convert.ToBase64String(output.ToArray());
    }

    /// <summary>Writes the table in the text format of version <see cref="Version"/>.</summary>
    public string Write() => string.Concat(Pieces());

    /// <summary>The text of the table (<see cref="Write"/>) in pieces of whole lines, as <see cref="Store"/> deflates them.</summary>
    private List<string> Pieces()
    {
        var pieces = new List<string>();
        var text = new StringBuilder();
        Line(Magic, Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line("dataset", DatasetId, DatasetVersion, Namespace, ClassName);
        foreach (LookupKind kind in Kinds)
        {
            Line("kind", kind.Kind, kind.ClassName, Count(kind.Entities.Count), Count(kind.Retired.Count), Count(kind.Scoped.Count), Count(kind.Extended.Count));
            foreach (LookupEntity entity in kind.Entities)
            {
                Entity(entity);
            }
            foreach (LookupRetired retired in kind.Retired)
            {
                Line(retired.Id, retired.How, retired.Successor ?? "", retired.Since, retired.Reason ?? "");
            }
            foreach (LookupScopedAlias scoped in kind.Scoped)
            {
                Line(scoped.Alias, scoped.Id, scoped.Source);
            }
            foreach (LookupEntity entity in kind.Extended)
            {
                Entity(entity);
            }
        }
        if (text.Length > 0)
        {
            pieces.Add(text.ToString());
        }
        return pieces;

        void Entity(LookupEntity entity)
        {
            var fields = new string[3 + entity.Aliases.Count];
            fields[0] = entity.Id;
            fields[1] = entity.Member ?? "";
            fields[2] = entity.Name;
            for (int a = 0; a < entity.Aliases.Count; a++)
            {
                fields[3 + a] = entity.Aliases[a];
            }
            Line(fields);
        }

        void Line(params string[] fields)
        {
            LookupTable.Line(text, fields);
            if (text.Length >= PieceAtMost || (text.Length >= PieceAtLeast && EndsPiece(fields[0])))
            {
                pieces.Add(text.ToString());
                text.Clear();
            }
        }

        static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a piece may end after a line whose first field is <paramref name="field"/>: its FNV-1a hash is a multiple of 32.</summary>
    private static bool EndsPiece(string field)
    {
        uint hash = 2166136261;
        foreach (char c in field)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (hash & 31) == 0;
    }

    /// <summary>
    /// Reads a table that <see cref="Write"/> wrote. Returns <see langword="null"/> when <paramref name="text"/> is a table
    /// of another version of the format (a newer writer's), which this reader does not know.
    /// </summary>
    /// <remarks>
    /// The whole table is checked here (its lines, their fields and escapes), but an entity's or retired id's fields are
    /// split only when it is first asked for: a reader that looks up a few ids, such as the analyzers in a build that
    /// checks a handful of lookups, finds them by binary search (<see cref="LookupKind.FindEntity"/>) without splitting
    /// the other lines of a table of many thousands.
    /// </remarks>
    /// <param name="text">The table's text, or its stored form (<see cref="Store"/>).</param>
    /// <exception cref="FormatException">The text is not a lookup table, or a version-1 table is malformed.</exception>
    public static LookupTable? Read(string text)
    {
        if (text is not null && text.StartsWith(DeflatedPrefix, StringComparison.Ordinal))
        {
            text = Inflate(text);
        }
        var lines = new LineReader(text!);
        string[] magic = lines.Next();
        if (magic.Length < 2 || magic[0] != Magic)
        {
            throw new FormatException($"Not an Almanac lookup table: the first line is not '{Magic} <version>'.");
        }
        if (magic[1] != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }
        lines.CheckEscapes();
        string[] dataset = lines.Next("dataset", 5);
        var kinds = new List<LookupKind>();
        while (!lines.AtEnd)
        {
            string[] kind = lines.Next("kind", 7);
            int entityCount = lines.Count(kind[3]), retiredCount = lines.Count(kind[4]), scopedCount = lines.Count(kind[5]), extendedCount = lines.Count(kind[6]);
            var entities = new Lines<LookupEntity>(lines.Skip(entityCount, 3), s_entity);
            var retired = new Lines<LookupRetired>(lines.Skip(retiredCount, 4),
                static fields => new LookupRetired(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3],
                    fields.Length > 4 && fields[4].Length > 0 ? fields[4] : null));
            var scoped = new Lines<LookupScopedAlias>(lines.Skip(scopedCount, 3), static fields => new LookupScopedAlias(fields[0], fields[1], fields[2]));
            var extended = new Lines<LookupEntity>(lines.Skip(extendedCount, 3), s_entity);
            kinds.Add(new LookupKind(kind[1], kind[2], entities, retired, scoped, extended));
        }
        return new LookupTable(dataset[1], dataset[2], dataset[3], dataset[4], kinds);
    }

    /// <summary>Makes an entity of the fields of its line: id, member, name, aliases.</summary>
    private static readonly Func<string[], LookupEntity> s_entity = static fields =>
    {
        var aliases = new string[fields.Length - 3];
        Array.Copy(fields, 3, aliases, 0, aliases.Length);
        return new LookupEntity(fields[0], fields[1].Length == 0 ? null : fields[1], fields[2], aliases);
    };

    /// <summary>The text of a deflated stored form: its pieces inflated, one after the other.</summary>
    /// <remarks>
    /// Read piece by piece through small buffers into a builder of small chunks, so that the text is the one large object
    /// made: a reader runs inside a compiler whose heap is large, where every large allocation brings a full collection nearer.
    /// </remarks>
    private static string Inflate(string stored)
    {
        try
        {
            var text = new StringBuilder();
            Decoder utf8 = new UTF8Encoding(false, true).GetDecoder();
            var bytes = new byte[16 * 1024];
            var chars = new char[utf8.GetCharCount(new byte[bytes.Length], 0, bytes.Length) + 2];
            for (int start = DeflatedPrefix.Length; start <= stored.Length;)
            {
                int end = stored.IndexOf(PieceSeparator, start);
                end = end < 0 ? stored.Length : end;
                using (var input = new DeflateStream(new MemoryStream(Convert.FromBase64String(stored.Substring(start, end - start))), CompressionMode.Decompress))
                {
                    int read;
                    while ((read = input.Read(bytes, 0, bytes.Length)) > 0)
                    {
                        text.Append(chars, 0, utf8.GetChars(bytes, 0, read, chars, 0, flush: false));
                    }
                }
                start = end + 1;
            }
            text.Append(chars, 0, utf8.GetChars(bytes, 0, 0, chars, 0, flush: true));
            return text.ToString();
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            throw new FormatException("Not an Almanac lookup table: its deflated form does not inflate to UTF-8 text.", e);
        }
    }

    /// <summary>Appends one line: the fields, escaped, separated by tabs.</summary>
    private static readonly char[] s_escaped = { '\\', '\t', '\n', '\r' };

    private static void Line(StringBuilder text, params string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\t');
            }
            string field = fields[i];
            if (field.IndexOfAny(s_escaped) < 0)
            {
                text.Append(field);
                continue;
            }
            foreach (char c in field)
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    default: text.Append(c); break;
                }
            }
        }
        text.Append('\n');
    }

    /// <summary>A run of lines of the table, each split into fields and made into a <typeparamref name="T"/> when first asked for.</summary>
    private sealed class Lines<T> : IReadOnlyList<T>, ILookupLines
        where T : class
    {
        private readonly string _text;
        private readonly int[] _starts;
        private readonly Func<string[], T> _make;
        private readonly T?[] _items;

        /// <param name="lines">The text and the start of each line, then the start of the line after the last.</param>
        /// <param name="make">Makes an item of a line's fields.</param>
        public Lines((string Text, int[] Starts) lines, Func<string[], T> make)
        {
            _text = lines.Text;
            _starts = lines.Starts;
            _make = make;
            _items = new T?[_starts.Length - 1];
        }

        public int Count => _items.Length;

        public T this[int index]
        {
            get
            {
                // Two threads may split the same line at once: the first item kept is the one every caller gets.
                T? item = System.Threading.Volatile.Read(ref _items[index]);
                if (item is null)
                {
                    T made = _make(Fields(_text, _starts[index], _starts[index + 1] - 1));
                    item = System.Threading.Interlocked.CompareExchange(ref _items[index], made, null) ?? made;
                }
                return item;
            }
        }

        /// <summary>The text of line <paramref name="index"/> as stored: its fields separated by tabs, escaped.</summary>
        public ReadOnlySpan<char> Line(int index) => _text.AsSpan(_starts[index], _starts[index + 1] - 1 - _starts[index]);

        /// <summary>Compares the first field of line <paramref name="index"/>, an id, with <paramref name="id"/> (ordinal).</summary>
        public int CompareId(int index, string id)
        {
            int start = _starts[index], end = _text.IndexOf('\t', start, _starts[index + 1] - 1 - start);
            ReadOnlySpan<char> field = _text.AsSpan(start, (end < 0 ? _starts[index + 1] - 1 : end) - start);
            // An id with an escaped character is compared as the text it stands for.
            return field.IndexOf('\\') < 0 ? field.SequenceCompareTo(id.AsSpan()) : string.CompareOrdinal(Unescape(_text, start, start + field.Length), id);
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The fields of the line from <paramref name="start"/> to <paramref name="end"/> (its line feed), unescaped.</summary>
    private static string[] Fields(string text, int start, int end)
    {
        int count = 1;
        for (int i = start; i < end; i++)
        {
            if (text[i] == '\t')
            {
                count++;
            }
        }
        var fields = new string[count];
        for (int f = 0; f < count; f++)
        {
            int tab = f == count - 1 ? end : text.IndexOf('\t', start, end - start);
            fields[f] = Unescape(text, start, tab);
            start = tab + 1;
        }
        return fields;
    }

    /// <summary>The field between <paramref name="start"/> and <paramref name="stop"/>, unescaped (most fields have nothing to
    /// unescape); the escapes were checked when the table was read.</summary>
    private static string Unescape(string text, int start, int stop)
    {
        int backslash = text.IndexOf('\\', start, stop - start);
        if (backslash < 0)
        {
            return text.Substring(start, stop - start);
        }
        var field = new StringBuilder(stop - start);
        field.Append(text, start, backslash - start);
        for (int i = backslash; i < stop; i++)
        {
            char c = text[i];
            field.Append(c != '\\' ? c : text[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => '\\' });
        }
        return field.ToString();
    }

    /// <summary>Splits the table into lines and checks them.</summary>
    private sealed class LineReader
    {
        private readonly string _text;
        private int _position;
        private int _line;

        public LineReader(string text) => _text = text ?? throw new ArgumentNullException(nameof(text));

        public bool AtEnd => _position >= _text.Length;

        /// <summary>The fields of the next line, which must start with <paramref name="tag"/> (when given) and have at least <paramref name="minimum"/> fields.</summary>
        public string[] Next(string? tag = null, int minimum = 1)
        {
            int end = NextLine();
            string[] fields = Fields(_text, _position, end);
            _position = end + 1;
            if (fields.Length < minimum || (tag is not null && fields[0] != tag))
            {
                throw Malformed(tag is null ? $"a line has {fields.Length} fields, fewer than {minimum}" : $"'{tag}' with {minimum - 1} fields expected");
            }
            return fields;
        }

        /// <summary>
        /// Passes over the next <paramref name="count"/> lines, each of which must have at least <paramref name="minimum"/>
        /// fields, and returns where each starts (and where the line after them starts) for their fields to be split later.
        /// </summary>
        // Optimised on first call: an analyzer runs briefly inside the compiler, where its hot loops would otherwise stay at tier 0.
        [System.Runtime.CompilerServices.MethodImpl(AggressiveOptimization)]
        public (string Text, int[] Starts) Skip(int count, int minimum)
        {
            var starts = new int[count + 1];
            for (int i = 0; i < count; i++)
            {
                int end = NextLine();
                int fields = 1;
                for (int tab = _text.IndexOf('\t', _position, end - _position); tab >= 0 && fields < minimum; tab = _text.IndexOf('\t', tab + 1, end - tab - 1))
                {
                    fields++;
                }
                if (fields < minimum)
                {
                    throw Malformed($"a line has {fields} fields, fewer than {minimum}");
                }
                starts[i] = _position;
                _position = end + 1;
            }
            starts[count] = _position;
            return (_text, starts);
        }

        /// <summary>Checks every escape of the table, so that fields split later unescape without fail.</summary>
        public void CheckEscapes()
        {
            for (int i = _text.IndexOf('\\'); i >= 0; i = _text.IndexOf('\\', i + 2))
            {
                char e = i + 1 < _text.Length ? _text[i + 1] : '\0';
                if (e is not ('t' or 'n' or 'r' or '\\'))
                {
                    _line = LineOf(i);
                    throw Malformed(e is '\n' or '\t' or '\0' ? "a field ends in '\\'" : $"unknown escape '\\{e}'");
                }
            }
        }

        /// <summary>The end (the line feed, or the end of the text) of the next line, which must exist; counts it.</summary>
        private int NextLine()
        {
            if (AtEnd)
            {
                throw Malformed("the table ends early");
            }
            _line++;
            int end = _text.IndexOf('\n', _position);
            return end < 0 ? _text.Length : end;
        }

        private int LineOf(int position)
        {
            int line = 1;
            for (int i = _text.IndexOf('\n', 0, position); i >= 0; i = _text.IndexOf('\n', i + 1, position - i - 1))
            {
                line++;
            }
            return line;
        }

        public int Count(string field) =>
            int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
                ? count
                : throw Malformed($"'{field}' is not a count");

        private FormatException Malformed(string what) => new($"Malformed Almanac lookup table at line {_line}: {what}.");
    }
}

/// <summary>Lines of a table read by <see cref="LookupTable.Read"/>, whose ids compare without splitting the lines.</summary>
internal interface ILookupLines
{
    /// <summary>Compares the id of item <paramref name="index"/> with <paramref name="id"/> (ordinal).</summary>
    int CompareId(int index, string id);

    /// <summary>The text of the line of item <paramref name="index"/> as stored: its fields separated by tabs, each escaped
    /// (a backslash, tab, line feed or carriage return as <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>), for a reader that
    /// reads a field without splitting the line.</summary>
    ReadOnlySpan<char> Line(int index);
}

/// <summary>The entities of one kind in a <see cref="LookupTable"/>.</summary>
internal sealed class LookupKind
{
    public LookupKind(string kind, string className, IReadOnlyList<LookupEntity> entities, IReadOnlyList<LookupRetired> retired,
        IReadOnlyList<LookupScopedAlias>? scoped = null, IReadOnlyList<LookupEntity>? extended = null)
    {
        Kind = kind;
        ClassName = className;
        Entities = entities;
        Retired = retired;
        Scoped = scoped ?? Array.Empty<LookupScopedAlias>();
        Extended = extended ?? Array.Empty<LookupEntity>();
    }

    /// <summary>
    /// The entities of other datasets (those this one extends) that this dataset gives aliases, which its <c>Find</c>
    /// matches: each with its qualified id (<c>libya:gna</c>) as id and name, no member, and the added aliases only.
    /// They are not this dataset's entities (its <c>Get</c> does not take their ids).
    /// </summary>
    public IReadOnlyList<LookupEntity> Extended { get; }

    /// <summary>The kind's YAML word: <c>source</c>, <c>actor</c>, <c>place</c> or <c>event</c>.</summary>
    public string Kind { get; }

    /// <summary>The generated class that looks the kind up (with <c>Get</c>, <c>Find</c>, <c>TryGet</c> and <c>Resolve</c>), e.g. <c>Actors</c>, in the table's namespace.</summary>
    public string ClassName { get; }

    /// <summary>The live entities, ordered by id.</summary>
    public IReadOnlyList<LookupEntity> Entities { get; }

    /// <summary>The retired ids, ordered by id.</summary>
    public IReadOnlyList<LookupRetired> Retired { get; }

    /// <summary>The names that hold only within one source (scoped aliases), ordered by the id of their entity, then as the data lists them.</summary>
    public IReadOnlyList<LookupScopedAlias> Scoped { get; }

    /// <summary>The live entity whose id is <paramref name="id"/> (ordinal), found by binary search.</summary>
    public LookupEntity? FindEntity(string id) => Find(Entities, id, static e => e.Id);

    /// <summary>The retired id <paramref name="id"/> (ordinal), found by binary search.</summary>
    public LookupRetired? FindRetired(string id) => Find(Retired, id, static r => r.Id);

    /// <summary>The item of <paramref name="items"/>, ordered by id, whose id is <paramref name="id"/>; the lines of a table
    /// that was read are compared without being split.</summary>
    private static T? Find<T>(IReadOnlyList<T> items, string id, Func<T, string> idOf)
        where T : class
    {
        var lines = items as ILookupLines;
        int low = 0, high = items.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = lines?.CompareId(middle, id) ?? string.CompareOrdinal(idOf(items[middle]), id);
            if (order == 0)
            {
                return items[middle];
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return null;
    }
}

/// <summary>A live entity: its id, the generated member that returns it (none when the kind has too many for members), its name and aliases.</summary>
internal sealed class LookupEntity
{
    public LookupEntity(string id, string? member, string name, IReadOnlyList<string> aliases)
    {
        Id = id;
        Member = member;
        Name = name;
        Aliases = aliases;
    }

    public string Id { get; }

    public string? Member { get; }

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }
}

/// <summary>A retired id: how it was retired (<c>renamed</c>, <c>merged</c> or <c>removed</c>), the id of the live entity it
/// now stands for (at the end of the chain; none when removed), the version that retired it and why, as the curators wrote
/// it (none in a table written without it).</summary>
internal sealed class LookupRetired
{
    public LookupRetired(string id, string how, string? successor, string since, string? reason = null)
    {
        Id = id;
        How = how;
        Successor = successor;
        Since = since;
        Reason = reason;
    }

    public string Id { get; }

    public string How { get; }

    public string? Successor { get; }

    public string Since { get; }

    public string? Reason { get; }
}

/// <summary>A scoped alias: a name of the entity <see cref="Id"/> that holds only within the source <see cref="Source"/>
/// (<c>Find</c> does not match it; <c>FindIn</c> with that source does).</summary>
internal sealed class LookupScopedAlias
{
    public LookupScopedAlias(string alias, string id, string source)
    {
        Alias = alias;
        Id = id;
        Source = source;
    }

    public string Alias { get; }

    public string Id { get; }

    public string Source { get; }
}
