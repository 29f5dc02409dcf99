using System.Text;

namespace Almanac.Export.Site;

/// <summary>
/// Builds HTML text with every value escaped: text and attribute values go through <see cref="Escape"/>, markup is
/// written only by the builder's own methods. The output is also well-formed XML (void elements closed with <c>/&gt;</c>,
/// only the five XML entities), so that tests can read every page with an XML parser.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _b = new(4096);

    /// <summary>Escapes <paramref name="text"/> for an HTML text node or a quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        int i = text.AsSpan().IndexOfAny("&<>\"'");
        if (i < 0 && !HasControl(text))
        {
            return text;
        }
        var b = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                default:
                    // Control characters other than tab and line breaks are neither valid HTML text nor XML.
                    if (c < ' ' && c is not '\t' and not '\n' and not '\r')
                    {
                        b.Append('\uFFFD');
                    }
                    else
                    {
                        b.Append(c);
                    }
                    break;
            }
        }
        return b.ToString();
    }

    private static bool HasControl(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\r')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Appends escaped text.</summary>
    public Html Text(string? text)
    {
        _b.Append(Escape(text));
        return this;
    }

    /// <summary>Appends markup the caller built from constants or escaped values.</summary>
    public Html Raw(string markup)
    {
        _b.Append(markup);
        return this;
    }

    /// <summary>Opens <paramref name="tag"/> with attributes given as name, value pairs (a <see langword="null"/> value leaves the attribute out).</summary>
    public Html Open(string tag, params string?[] attributes)
    {
        _b.Append('<').Append(tag);
        Attributes(attributes);
        _b.Append('>');
        return this;
    }

    /// <summary>Writes a void element (<c>&lt;meta/&gt;</c>, <c>&lt;input/&gt;</c>) with attributes as for <see cref="Open"/>.</summary>
    public Html Void(string tag, params string?[] attributes)
    {
        _b.Append('<').Append(tag);
        Attributes(attributes);
        _b.Append(" />");
        return this;
    }

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public Html Close(string tag)
    {
        _b.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes an element holding escaped <paramref name="text"/>.</summary>
    public Html Element(string tag, string? text, params string?[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Writes a link to <paramref name="href"/> with escaped <paramref name="text"/>.</summary>
    public Html Link(string href, string? text, string? cssClass = null) => Open("a", "href", href, "class", cssClass).Text(text).Close("a");

    /// <summary>Starts a new line (for readable output; HTML ignores it).</summary>
    public Html Line()
    {
        _b.Append('\n');
        return this;
    }

    /// <summary>The number of characters written.</summary>
    public int Length => _b.Length;

    /// <inheritdoc/>
    public override string ToString() => _b.ToString();

    private void Attributes(string?[] attributes)
    {
        if (attributes.Length % 2 != 0)
        {
            throw new ArgumentException("Attributes come in name, value pairs.", nameof(attributes));
        }
        for (int i = 0; i < attributes.Length; i += 2)
        {
            if (attributes[i + 1] is string value)
            {
                _b.Append(' ').Append(attributes[i]).Append("=\"").Append(Escape(value)).Append('"');
            }
        }
    }
}
