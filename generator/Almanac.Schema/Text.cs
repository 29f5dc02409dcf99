namespace Almanac.Schema;

/// <summary>How the schema's doc lines are written into the derived files.</summary>
internal static class Text
{
    /// <summary>A doc line as a sentence: Markdown code marks dropped, a capital first letter and a full stop.</summary>
    public static string Sentence(string doc)
    {
        string text = doc.Replace("`", "");
        text = char.ToUpperInvariant(text[0]) + text.Substring(1);
        return text.EndsWith('.') ? text : text + ".";
    }
}
