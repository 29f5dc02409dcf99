using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Common;

/// <summary>
/// Finds where a file given to the compiler was not valid UTF-8 (ALM020), in the text as the compiler decoded it.
/// The compiler decodes an additional file as strict UTF-8 and, when that fails, once more with a fallback encoding:
/// the system's ANSI code page on Windows (Windows-1252 in western locales: no byte is lost, but each is read as a
/// character of that code page), UTF-8 elsewhere (each bad sequence becomes U+FFFD). A file that starts with a UTF-8
/// byte-order mark is decoded with U+FFFD replacements everywhere.
/// </summary>
internal static class InvalidUtf8
{
    /// <summary>
    /// The ALM020 diagnostic for <paramref name="text"/>, decoded with <paramref name="encoding"/> (the
    /// <see cref="SourceText.Encoding"/>; <see langword="null"/> for text that was never bytes), located at the
    /// first character that comes from a bad byte; <see langword="null"/> when the text was valid UTF-8.
    /// <paramref name="what"/> names the file in the message ("YAML file", "source document").
    /// </summary>
    public static DiagnosticInfo? Check(string path, string text, Encoding? encoding, string what)
    {
        int index;
        try
        {
            index = FirstBadCharacter(text, encoding);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An encoding that cannot encode its own text back (it should not happen): reported, never thrown.
            return DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.FileStart(path), ex.GetType().Name, ex.Message);
        }
        if (index < 0)
        {
            return null;
        }
        LinePosition start = SourceText.From(text).Lines.GetLinePosition(index);
        var location = new LocationInfo(path, new TextSpan(index, 1), new LinePositionSpan(start, new LinePosition(start.Line, start.Character + 1)));
        char c = text[index];
        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return DiagnosticInfo.Create(Diagnostics.InvalidUtf8, location, what,
            char.IsControl(c) || char.IsSurrogate(c) ? code : $"'{c}' ({code})");
    }

    /// <summary>The index of the first character of <paramref name="text"/> that a byte which is not UTF-8 became, or -1.</summary>
    internal static int FirstBadCharacter(string text, Encoding? encoding)
    {
        if (encoding is null || encoding.DecoderFallback is DecoderExceptionFallback)
        {
            // Never bytes, or decoded strictly: nothing was replaced, and a U+FFFD in the text was written as such.
            return -1;
        }
        if (encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001)
        {
            // UTF-8 (or UTF-16/UTF-32 by byte-order mark) with replacement: every bad sequence became U+FFFD.
            return text.IndexOf('\uFFFD');
        }

        // A code page: the bytes are the text encoded back; find the first that is not UTF-8, then its character.
        int offset = FirstInvalidByte(encoding.GetBytes(text));
        if (offset < 0)
        {
            return -1;
        }
        int bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            bytes += encoding.GetByteCount(text.ToCharArray(i, width));
            if (bytes > offset)
            {
                return i;
            }
            i += width - 1;
        }
        return text.Length - 1;
    }

    /// <summary>The offset of the first byte of <paramref name="bytes"/> that does not start a well-formed UTF-8 sequence (Unicode table 3-7), or -1.</summary>
    private static int FirstInvalidByte(byte[] bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int length;
            byte low = 0x80, high = 0xBF; // the allowed range of the second byte
            switch (b)
            {
                case >= 0xC2 and <= 0xDF: length = 2; break;
                case 0xE0: length = 3; low = 0xA0; break;
                case 0xED: length = 3; high = 0x9F; break;
                case >= 0xE1 and <= 0xEF: length = 3; break;
                case 0xF0: length = 4; low = 0x90; break;
                case >= 0xF1 and <= 0xF3: length = 4; break;
                case 0xF4: length = 4; high = 0x8F; break;
                default: return i;
            }
            if (i + length > bytes.Length || bytes[i + 1] < low || bytes[i + 1] > high)
            {
                return i;
            }
            for (int k = 2; k < length; k++)
            {
                if (bytes[i + k] is < 0x80 or > 0xBF)
                {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
