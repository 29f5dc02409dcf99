using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Almanac.Generator.Parsing;

/// <summary>Where a node stands in its file, kept as plain numbers until a location is needed.</summary>
internal readonly struct NodeSpan
{
    public NodeSpan(string path, Mark start, Mark end)
    {
        Path = path;
        StartIndex = (int)start.Index;
        StartLine = (int)start.Line;
        StartColumn = (int)start.Column;
        EndIndex = (int)end.Index;
        EndLine = (int)end.Line;
        EndColumn = (int)end.Column;
    }

    public string Path { get; }
    public int StartIndex { get; }
    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndIndex { get; }
    public int EndLine { get; }
    public int EndColumn { get; }

    public LocationInfo ToLocation() => LocationInfo.FromMarks(Path, StartIndex, StartLine, StartColumn, EndIndex, EndLine, EndColumn);
}

/// <summary>A YAML node with its location; the small tree the file parser walks.</summary>
internal abstract class YamlNode
{
    private readonly NodeSpan _span;
    private LocationInfo? _location;

    protected YamlNode(NodeSpan span) => _span = span;

    /// <summary>The node's location, created on first use: most nodes never need one.</summary>
    public LocationInfo Location => _location ??= _span.ToLocation();

    public NodeSpan Span => _span;

    public int StartLine => _span.StartLine;

    public abstract string ShapeName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(NodeSpan span, string value, bool isPlain) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string ShapeName => IsNull ? "empty" : "a scalar";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(NodeSpan span, List<KeyValuePair<YamlScalar, YamlNode>> entries) : base(span) => Entries = entries;

    /// <summary>The value of <paramref name="key"/>, or null (mappings are small: a scan beats a dictionary).</summary>
    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }
        return null;
    }

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string ShapeName => "a mapping";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(NodeSpan span, List<YamlNode> items, bool streamed = false) : base(span)
    {
        Items = items;
        Streamed = streamed;
    }

    /// <summary>The items were handed to the reader's item callback one by one instead of being kept here.</summary>
    public bool Streamed { get; }

    public List<YamlNode> Items { get; }

    public override string ShapeName => "a list";
}

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser. Anchors, aliases, tags and further
/// documents are refused (they would let a file expand without bound or mean something the schema does not),
/// and nesting is limited, so the tree is never larger than the text.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 64;

    private readonly string _path;
    private readonly string _text;
    private readonly IParser _parser;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Action<string, YamlNode>? _onSectionItem;

    private YamlTreeReader(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, Action<string, YamlNode>? onSectionItem)
    {
        _path = path;
        _text = text;
        _onSectionItem = onSectionItem;
        _parser = new Parser(new StringReader(text));
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the first document of <paramref name="text"/>; null when the file is empty or unreadable (a diagnostic says why).</summary>
    /// <param name="onSectionItem">When given, each item of a list under a top-level key is handed to it as soon as it is read
    /// (with the key) instead of being kept in the tree: a large file never holds more than one entity's nodes at a time.</param>
    public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, Action<string, YamlNode>? onSectionItem = null)
    {
        var reader = new YamlTreeReader(path, text, diagnostics, cancellationToken, onSectionItem);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.YamlSyntax, reader.At(ex.Start, ex.End), CleanMessage(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // YamlDotNet's scanner throws other exceptions on some malformed input; it is still a syntax error in the file.
            Mark end = reader._parser.Current?.End ?? Mark.Empty;
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.YamlSyntax, reader.At(end, end),
                "the YAML cannot be read after this point; check brackets, quotes and indentation on the following lines."));
            return null;
        }
    }

    private YamlNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }
        _parser.Consume<DocumentStart>();
        YamlNode? root = ReadNode(0, null);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, At(second.Start, second.End),
                "A dataset file holds one YAML document; split the content after '---' into another file"));
        }
        return root;
    }

    private YamlNode? ReadNode(int depth, string? sectionKey)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        ParsingEvent current = _parser.Current ?? throw new YamlException("Unexpected end of the file.");
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"The file nests more than {MaxDepth} levels deep.");
        }

        if (current is AnchorAlias alias)
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, At(alias.Start, alias.End),
                $"YAML aliases (*{alias.Value}) are not supported; write the value out where it is used"));
            _parser.MoveNext();
            return null;
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, At(node.Start, node.End),
                    $"YAML anchors (&{node.Anchor.Value}) are not supported; write the value out where it is used"));
            }
            if (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, At(node.Start, node.End),
                    $"YAML tags ({node.Tag.Value}) are not supported; remove the tag"));
            }
        }

        switch (current)
        {
            case Scalar scalar:
                _parser.MoveNext();
                return new YamlScalar(Span(scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);

            case SequenceStart start:
            {
                _parser.MoveNext();
                var items = new List<YamlNode>();
                bool stream = sectionKey is not null && _onSectionItem is not null;
                while (!_parser.TryConsume<SequenceEnd>(out var end))
                {
                    YamlNode? item = ReadNode(depth + 1, null);
                    if (item is null)
                    {
                        continue;
                    }
                    if (stream)
                    {
                        _onSectionItem!(sectionKey!, item);
                    }
                    else
                    {
                        items.Add(item);
                    }
                }
                return new YamlSequence(Span(start.Start, start.End), items, stream);
            }

            case MappingStart start:
            {
                _parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    YamlNode? key = ReadNode(depth + 1, null);
                    YamlNode? value = ReadNode(depth + 1, depth == 0 && key is YamlScalar k ? k.Value : null);
                    if (key is not YamlScalar scalarKey)
                    {
                        if (key is not null)
                        {
                            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.WrongShape, key.Location, "A key", "a plain word", key.ShapeName));
                        }
                        continue;
                    }
                    YamlScalar? first = FindKey(entries, scalarKey.Value);
                    if (first is not null)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.YamlSyntax, scalarKey.Location,
                            $"the key '{scalarKey.Value}' appears twice in this mapping (first at line {first.StartLine}); keep one."));
                        continue;
                    }
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, value ?? new YamlScalar(scalarKey.Span, "", isPlain: true)));
                }
                return new YamlMapping(Span(start.Start, start.End), entries);
            }

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private static YamlScalar? FindKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }
        return null;
    }

    private NodeSpan Span(Mark start, Mark end) => new(_path, Fit(start), Fit(end));

    private LocationInfo At(Mark start, Mark end)
    {
        start = Fit(start);
        end = Fit(end);
        return LocationInfo.FromMarks(_path, start.Index, (int)start.Line, (int)start.Column, end.Index, (int)end.Line, (int)end.Column);
    }

    /// <summary>
    /// A mark inside the text. At the end of a file that does not end with a line break, YamlDotNet's scanner puts
    /// its marks at the start of a line after the last one; such a mark moves to the end of the last line, so that
    /// every location names a line the file has.
    /// </summary>
    private Mark Fit(Mark mark)
    {
        if (mark.Index < _text.Length || _text.Length == 0 || IsBreak(_text[_text.Length - 1]) || mark.Column != 1 || mark.Line <= 1)
        {
            return mark;
        }
        int lineStart = _text.Length;
        while (lineStart > 0 && !IsBreak(_text[lineStart - 1]))
        {
            lineStart--;
        }
        return new Mark(_text.Length, mark.Line - 1, _text.Length - lineStart + 1);
    }

    /// <summary>The characters that end a line, for YAML and the compiler alike.</summary>
    private static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is reported separately.
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        string text = marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        return text.TrimEnd('.') + ".";
    }
}
