using CsCheck;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>One change to the bytes of a file, with a description that says exactly what it does (for replaying a failure by hand).</summary>
public sealed record Mutation(string Description, Func<byte[], byte[]> Apply)
{
    public override string ToString() => Description;
}

/// <summary>How the mutated bytes become the text the generator reads.</summary>
public enum Decoding
{
    /// <summary>As the compiler reads an AdditionalFiles item: a UTF-8 byte order mark is dropped; bytes that are not
    /// UTF-8 make the whole file read as Latin-1 (Roslyn's fallback).</summary>
    Compiler,
    /// <summary>As an editor buffer may hand it over: invalid sequences become U+FFFD, a byte order mark stays as U+FEFF.</summary>
    Lenient,
}

/// <summary>One mutated input: which corpus and file, the changes applied in order, and the decoding.</summary>
public sealed record MutationCase(Corpus Corpus, int File, Mutation[] Mutations, Decoding Decoding)
{
    public string Path => Corpus.Data[File].Path;

    public string Text()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Corpus.Data[File].Text);
        foreach (Mutation mutation in Mutations)
        {
            bytes = mutation.Apply(bytes);
        }
        return Mutators.Decode(bytes, Decoding);
    }

    public override string ToString() =>
        $"{Corpus.Name} {System.IO.Path.GetFileName(Path)} ({Decoding}): {string.Join("; ", Mutations.Select(m => m.Description))}";
}

/// <summary>CsCheck generators of mutations: byte flips, truncation, deleted, duplicated and swapped lines, changed
/// indentation, random keys and values, YAML syntax fragments, tabs, byte order marks, CRLF and invalid UTF-8.</summary>
public static class Mutators
{
    /// <summary>Keys of the schema (every key of every mapping, from the generator's own list), and near misses of them.</summary>
    private static readonly string[] s_keys = typeof(Almanac.Generator.Parsing.SchemaKeys)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .SelectMany(f => (string[])f.GetValue(null)!)
        .Distinct()
        .OrderBy(k => k, StringComparer.Ordinal)
        .Concat(new[]
    {
        "nmae", "Name", "part_of", "partof", "soruces", "evnets", "", "-", "?", "<<", "123", "true", "~", "\"quoted key\"", "ид", "名前",
    }).ToArray();

    /// <summary>Values of every shape and edge: empty, null, lists, mappings, numbers, dates, YAML indicators, hostile text.</summary>
    private static readonly string[] s_values =
    {
        "", "~", "null", "[]", "{}", "''", "\"\"", "[a, b]", "{ a: b }", "- x", "x", "gna", "tarhuna", "report", "blue-force",
        "0", "-1", "2147483648", "99999999999999999999", "1e400", "-0", "0x1F", ".nan", ".inf", "3.5", "-90.0001", "180",
        "2020-05-21", "2020-02-30", "0000-01-01", "9999-12-31", "2020-5-1", "20200521",
        "day", "days", "week", "exact", "air-strike", "state", "armed-forces", "attacker", "destroyed", "article", "town",
        "&anchor x", "*alias", "!!str x", "!tag x", "!!binary AAAA", "|", ">-", "|+\n  a\n  b", "'unterminated", "\"unterminated",
        "\"\\x00\\u0007\\uD800\\U0001F600\"", "\"a\\\"b\\\\c\"", "'it''s'", "a: b", "a #comment", "#", "%", "@", "`", "? x",
        "[[[[[[[[[[[[", "{{{{{{{{", "]]]", "}}}", "[a, {b: [c, {d: e}]}]", "- - - x",
        "\u202Eevil\u202C", "\u200F\u200E", "\uFEFF", "😀🏳️‍🌈", "الوفاق", "قوات \"زرقاء\"", "*/ \"); System.Exit(1); //", "{0} {1}",
        "Q1", "node/1", "HLXX", "LY", "en", "https://example.org/x", "ftp://x", "seeds/report.txt", "../../etc/passwd",
    };

    /// <summary>Fragments that change the structure: document markers, directives, anchors, deep nesting, block scalars.</summary>
    private static readonly string[] s_fragments =
    {
        "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:example.com,2000:\n", "&a ", "*a ", "<<: *a\n", "? ", ": ", "- ", "\t", "\r", "\r\n",
        "\n", "\n\n", "  ", "#", "'", "\"", "[", "]", "{", "}", ",", "|\n", ">\n", "!!map ", "!!seq ", "!x ", "\0", "\u0085", "\u2028",
        new string('[', 200), new string('{', 200), string.Concat(Enumerable.Repeat("- ", 100)), "a: &x [*x]\n",
        "\uFEFF", "\uFFFE", "\uFFFF", "\u202E", "\U0001F600",
    };

    private static readonly byte[] s_interestingBytes =
    {
        0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x22, 0x23, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D,
        0x60, 0x7B, 0x7C, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF8, 0xFE, 0xFF,
    };

    /// <summary>Byte sequences that are not UTF-8: stray continuation bytes, truncated and overlong forms, encoded surrogates, bytes past U+10FFFF.</summary>
    private static readonly byte[][] s_invalidUtf8 =
    {
        new byte[] { 0x80 }, new byte[] { 0xBF }, new byte[] { 0xC3 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 },
        new byte[] { 0xC0, 0xAF }, new byte[] { 0xE0, 0x80, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xFE }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF },
    };

    private static readonly byte[] s_bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>A position in a file of any length, drawn as a fraction of it.</summary>
    private static readonly Gen<double> s_position = Gen.Double[0.0, 1.0];

    private static int At(double fraction, int length) => Math.Min(length, (int)(fraction * (length + 1)));

    public static readonly Gen<Mutation> BitFlip =
        Gen.Select(s_position, Gen.Int[0, 7], (p, bit) => new Mutation($"flip bit {bit} at {p:0.####}", b =>
        {
            if (b.Length == 0) return b;
            var r = (byte[])b.Clone();
            int i = Math.Min(b.Length - 1, At(p, b.Length));
            r[i] ^= (byte)(1 << bit);
            return r;
        }));

    public static readonly Gen<Mutation> ByteReplace =
        Gen.Select(s_position, Gen.OneOf(s_interestingBytes), Gen.Bool, (p, value, insert) => new Mutation(
            $"{(insert ? "insert" : "replace with")} byte 0x{value:X2} at {p:0.####}", b => insert
                ? Splice(b, At(p, b.Length), 0, new[] { value })
                : b.Length == 0 ? b : Splice(b, Math.Min(b.Length - 1, At(p, b.Length)), 1, new[] { value })));

    public static readonly Gen<Mutation> Truncate =
        s_position.Select(p => new Mutation($"truncate at {p:0.####}", b => b.Take(At(p, b.Length)).ToArray()));

    public static readonly Gen<Mutation> DeleteLines =
        Gen.Select(s_position, Gen.Int[1, 5], (p, n) => new Mutation($"delete {n} lines at {p:0.####}", b => OnLines(b, lines =>
        {
            int i = Math.Min(lines.Count - 1, At(p, lines.Count));
            lines.RemoveRange(i, Math.Min(n, lines.Count - i));
        })));

    public static readonly Gen<Mutation> DuplicateLines =
        Gen.Select(s_position, Gen.Int[1, 5], (p, n) => new Mutation($"duplicate {n} lines at {p:0.####}", b => OnLines(b, lines =>
        {
            int i = Math.Min(lines.Count - 1, At(p, lines.Count));
            lines.InsertRange(i, lines.Skip(i).Take(n).ToList());
        })));

    public static readonly Gen<Mutation> SwapLines =
        Gen.Select(s_position, s_position, (p, q) => new Mutation($"swap lines at {p:0.####} and {q:0.####}", b => OnLines(b, lines =>
        {
            int i = Math.Min(lines.Count - 1, At(p, lines.Count)), j = Math.Min(lines.Count - 1, At(q, lines.Count));
            (lines[i], lines[j]) = (lines[j], lines[i]);
        })));

    public static readonly Gen<Mutation> Indentation =
        Gen.Select(s_position, Gen.OneOf("", " ", "  ", "    ", "\t", " \t", "      ", "          "), (p, indent) =>
            new Mutation($"indent the line at {p:0.####} with '{Escape(indent)}'", b => OnLines(b, lines =>
            {
                int i = Math.Min(lines.Count - 1, At(p, lines.Count));
                lines[i] = indent + lines[i].TrimStart(' ', '\t');
            })));

    public static readonly Gen<Mutation> RandomKey =
        Gen.Select(s_position, Gen.OneOf(s_keys), Gen.OneOf(s_values), (p, key, value) =>
            new Mutation($"add '{Escape(key)}: {Escape(value)}' at the line at {p:0.####}", b => OnLines(b, lines =>
            {
                int i = Math.Min(lines.Count - 1, At(p, lines.Count));
                string line = lines[i];
                string indent = line.Substring(0, line.Length - line.TrimStart(' ', '-').Length).Replace('-', ' ');
                lines.Insert(i, indent + key + ": " + value);
            })));

    public static readonly Gen<Mutation> RandomValue =
        Gen.Select(s_position, Gen.OneOf(s_values), (p, value) =>
            new Mutation($"set the value at the line at {p:0.####} to '{Escape(value)}'", b => OnLines(b, lines =>
            {
                int i = Math.Min(lines.Count - 1, At(p, lines.Count));
                int colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                lines[i] = colon >= 0 ? lines[i].Substring(0, colon + 2) + value : lines[i] + value;
            })));

    public static readonly Gen<Mutation> Fragment =
        Gen.Select(s_position, Gen.OneOf(s_fragments), (p, fragment) =>
            new Mutation($"insert '{Escape(fragment)}' at {p:0.####}", b => Splice(b, At(p, b.Length), 0, Encoding.UTF8.GetBytes(fragment))));

    public static readonly Gen<Mutation> Tabs =
        Gen.Select(s_position, Gen.Int[1, 20], (p, n) => new Mutation($"replace {n} spaces with tabs from {p:0.####}", b =>
        {
            var r = (byte[])b.Clone();
            for (int i = At(p, b.Length), done = 0; i < r.Length && done < n; i++)
            {
                if (r[i] == (byte)' ')
                {
                    r[i] = (byte)'\t';
                    done++;
                }
            }
            return r;
        }));

    public static readonly Gen<Mutation> ByteOrderMark =
        Gen.Select(s_position, Gen.Bool, (p, atStart) => new Mutation(atStart ? "byte order mark at the start" : $"byte order mark at {p:0.####}",
            b => Splice(b, atStart ? 0 : At(p, b.Length), 0, s_bom)));

    public static readonly Gen<Mutation> LineEnds =
        Gen.OneOf("crlf", "cr", "mixed").Select(style => new Mutation($"line ends: {style}", b =>
        {
            string text = Encoding.UTF8.GetString(b);
            text = style switch
            {
                "crlf" => text.Replace("\n", "\r\n"),
                "cr" => text.Replace("\n", "\r"),
                _ => string.Concat(text.Split('\n').Select((line, i) => line + (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r"))),
            };
            return Encoding.UTF8.GetBytes(text);
        }));

    public static readonly Gen<Mutation> InvalidUtf8 =
        Gen.Select(s_position, Gen.Int[0, s_invalidUtf8.Length - 1], (p, k) => new Mutation(
            $"insert invalid UTF-8 {BitConverter.ToString(s_invalidUtf8[k])} at {p:0.####}", b => Splice(b, At(p, b.Length), 0, s_invalidUtf8[k])));

    /// <summary>One mutation of any kind; the structural ones (lines, keys, values, fragments) weigh most.</summary>
    public static readonly Gen<Mutation> Any = Gen.Frequency(
        (3, BitFlip), (3, ByteReplace), (1, Truncate), (3, DeleteLines), (3, DuplicateLines), (2, SwapLines), (3, Indentation),
        (4, RandomKey), (5, RandomValue), (4, Fragment), (2, Tabs), (1, ByteOrderMark), (1, LineEnds), (2, InvalidUtf8));

    /// <summary>A case on one of <paramref name="corpora"/>: a file, one to four mutations, a decoding.</summary>
    public static Gen<MutationCase> Cases(params Corpus[] corpora) => Cases(corpora.Select(c => (1, c)).ToArray());

    /// <summary>A case on one of <paramref name="corpora"/>, drawn with the given weights.</summary>
    public static Gen<MutationCase> Cases(params (int Weight, Corpus Corpus)[] corpora) =>
        Gen.Frequency(corpora.Select(c => (c.Weight, (IGen<Corpus>)Gen.Const(c.Corpus))).ToArray()).SelectMany(corpus => Gen.Select(
            Gen.Int[0, corpus.Data.Count - 1],
            Any.Array[1, 4],
            Gen.Frequency((4, Gen.Const(Decoding.Compiler)), (1, Gen.Const(Decoding.Lenient))),
            (file, mutations, decoding) => new MutationCase(corpus, file, mutations, decoding)));

    /// <summary>Decodes bytes as <paramref name="decoding"/> says.</summary>
    public static string Decode(byte[] bytes, Decoding decoding)
    {
        if (decoding == Decoding.Lenient)
        {
            return Encoding.UTF8.GetString(bytes);
        }
        int start = bytes.AsSpan().StartsWith(s_bom) ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static byte[] Splice(byte[] b, int at, int remove, byte[] insert)
    {
        var r = new byte[b.Length - remove + insert.Length];
        Array.Copy(b, 0, r, 0, at);
        Array.Copy(insert, 0, r, at, insert.Length);
        Array.Copy(b, at + remove, r, at + insert.Length, b.Length - at - remove);
        return r;
    }

    private static byte[] OnLines(byte[] b, Action<List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        change(lines);
        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }

    internal static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u202E' or '\uFEFF' or >= '\uFFFE' ? $"\\u{(int)c:X4}" : c.ToString());
        }
        return builder.ToString();
    }
}
