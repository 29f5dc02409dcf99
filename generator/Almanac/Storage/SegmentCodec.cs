using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;

namespace Almanac.Storage;

/// <summary>
/// Turns segments of the compiled data to and from their stored form, and hashes keys. Shared by the generator
/// (compiled into it from this file) and the runtime, so both sides agree by construction.
/// </summary>
/// <remarks>
/// Compressed bytes are carried in the C# string literal 14 bits per character, as characters U+4E00…U+8DFF (CJK
/// ideographs assigned since Unicode 1.1): every such character is printable, needs no escape in source, and
/// costs two bytes in the assembly's string heap for 1.75 bytes of data.
/// </remarks>
internal static class SegmentCodec
{
    private const int PackBase = 0x4E00;
    private const int BitsPerChar = 14;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>; the hash of id and alias tables.</summary>
    public static int Hash(string text) => Hash(text.AsSpan());

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return unchecked((int)hash);
    }

    /// <summary>
    /// The code units of <paramref name="text"/> as variable-length bytes (7 bits a byte, high bit set on all but the
    /// last): ASCII text takes one byte a character, so deflate sees text, not interleaved zero bytes. Any code unit
    /// round-trips, lone surrogates included.
    /// </summary>
    public static byte[] ToBytes(string text)
    {
        var bytes = new MemoryStream(text.Length + text.Length / 4);
        foreach (char c in text)
        {
            int value = c;
            while (value >= 0x80)
            {
                bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }
            bytes.WriteByte((byte)value);
        }
        return bytes.ToArray();
    }

    private static void Decode(byte[] bytes, int byteCount, Span<char> chars)
    {
        int charCount = chars.Length;
        int position = 0;
        for (int i = 0; i < charCount; i++)
        {
#if NET
            // One-byte code units (ASCII text, small numbers) are the common case: widen each run of them at once.
            int run = Math.Min(byteCount - position, charCount - i);
            if (run > 0)
            {
                System.Text.Ascii.ToUtf16(bytes.AsSpan(position, run), chars.Slice(i, run), out int widened);
                position += widened;
                i += widened;
                if (i == charCount)
                {
                    break;
                }
            }
#else
            if (position < byteCount && bytes[position] < 0x80)
            {
                chars[i] = (char)bytes[position++];
                continue;
            }
#endif
            int value = 0, shift = 0;
            byte b;
            do
            {
                if (position >= byteCount || shift > 14)
                {
                    throw new InvalidDataException("A compressed segment of the dataset is malformed.");
                }
                b = bytes[position++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            chars[i] = (char)value;
        }
    }

#if NET
    /// <summary>Inflated bytes on their way to a string: <paramref name="Count"/> bytes of <paramref name="Bytes"/>, and how the
    /// segment was stored.</summary>
    private sealed record Inflated(byte[] Bytes, int Count, DataFormat.SegmentEncoding Encoding);
#endif

    /// <summary>Deflate-compresses <paramref name="text"/> and packs the bytes into characters.</summary>
    public static string Compress(string text)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            byte[] bytes = ToBytes(text);
            deflate.Write(bytes, 0, bytes.Length);
        }
        return Pack(output.ToArray());
    }

    /// <summary>
    /// Unpacks and inflates a compressed segment of <paramref name="data"/> and, for a segment stored as differences
    /// (<see cref="DeltaHashes(string, bool)"/>, <see cref="DeltaInt32(string, bool)"/>), restores its numbers: the
    /// segment's text is the one string allocated; the bytes in between are rented.
    /// </summary>
    public static string Decompress(ReadOnlySpan<char> data, int offset, int length, int decodedLength, DataFormat.SegmentEncoding encoding = DataFormat.SegmentEncoding.Deflate)
    {
        byte[] bytes = Inflate(data, offset, length, decodedLength, out int count);
        try
        {
#if NET
            // The state is an object, not a tuple: string.Create over a reference type runs code the base library has
            // compiled, where a tuple state needs the JIT in every process.
            return string.Create(decodedLength, new Inflated(bytes, count, encoding), static (chars, state) =>
            {
                Decode(state.Bytes, state.Count, chars);
                Restore(chars, state.Encoding);
            });
#else
            var chars = new char[decodedLength];
            Decode(bytes, count, chars);
            Restore(chars, encoding);
            return new string(chars);
#endif
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Decompresses as <see cref="Decompress"/> does into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, for text that
    /// is held only until it has been read: the text is the first <paramref name="decodedLength"/> code units of the buffer, which
    /// the caller returns to the pool.
    /// </summary>
    public static char[] DecompressRented(ReadOnlySpan<char> data, int offset, int length, int decodedLength, DataFormat.SegmentEncoding encoding = DataFormat.SegmentEncoding.Deflate)
    {
        byte[] bytes = Inflate(data, offset, length, decodedLength, out int count);
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, decodedLength));
        try
        {
            Decode(bytes, count, chars.AsSpan(0, decodedLength));
            Restore(chars.AsSpan(0, decodedLength), encoding);
            return chars;
        }
        catch
        {
            ArrayPool<char>.Shared.Return(chars);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Unpacks and inflates a compressed segment into bytes rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns
    /// them): <paramref name="count"/> bytes of the variable-length code units of <see cref="ToBytes"/>.
    /// </summary>
    private static byte[] Inflate(ReadOnlySpan<char> data, int offset, int length, int decodedLength, out int count)
    {
        byte[] compressed = ArrayPool<byte>.Shared.Rent(Math.Max(1, UnpackedLength(data, offset, length)));
        // A code unit takes at most three bytes (ToBytes), so the inflated bytes fit a buffer of three per code unit.
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, 3 * decodedLength));
        try
        {
            int compressedLength = Unpack(data, offset, length, compressed);
            count = 0;
            using (var inflate = new DeflateStream(new MemoryStream(compressed, 0, compressedLength, writable: false), CompressionMode.Decompress))
            {
                int read;
                while (count < bytes.Length && (read = inflate.Read(bytes, count, bytes.Length - count)) > 0)
                {
                    count += read;
                }
            }
            return bytes;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    private static void Restore(Span<char> chars, DataFormat.SegmentEncoding encoding)
    {
        switch (encoding)
        {
            case DataFormat.SegmentEncoding.DeflateDeltaHashes:
                DeltaHashes(chars, encode: false);
                break;
            case DataFormat.SegmentEncoding.DeflateDeltaInt32:
                DeltaInt32(chars, encode: false);
                break;
        }
    }

    /// <summary>
    /// The hash table <paramref name="table"/> (an <c>int32</c> count, then (hash, entity) pairs of <c>int32</c>s) with
    /// each hash replaced by its difference from the previous one (<paramref name="encode"/>), or the reverse.
    /// </summary>
    public static string DeltaHashes(string table, bool encode)
    {
        char[] chars = table.ToCharArray();
        DeltaHashes(chars, encode);
        return new string(chars);
    }

    private static void DeltaHashes(Span<char> table, bool encode)
    {
        int count = table.Length < 2 ? 0 : table[0] | (table[1] << 16);
        if (count < 0 || 2 + 4L * count > table.Length)
        {
            throw new InvalidDataException("A hash table of the dataset is malformed.");
        }
        Delta(table, start: 2, stride: 4, count, encode);
    }

    /// <summary>
    /// A segment made only of <c>int32</c>s (an index section of segment numbers or days, a block of event lists) with each
    /// number replaced by its difference from the one before (modulo 2^32; the first from 0) when <paramref name="encode"/>,
    /// or the reverse: ascending numbers such as the events of a list become small, and small numbers take one byte a code
    /// unit in <see cref="ToBytes"/>, which deflate then compresses.
    /// </summary>
    public static string DeltaInt32(string numbers, bool encode)
    {
        char[] chars = numbers.ToCharArray();
        DeltaInt32(chars, encode);
        return new string(chars);
    }

    private static void DeltaInt32(Span<char> numbers, bool encode)
    {
        if (numbers.Length % 2 != 0)
        {
            throw new InvalidDataException("A segment of numbers of the dataset is malformed.");
        }
        Delta(numbers, start: 0, stride: 2, numbers.Length / 2, encode);
    }

    /// <summary>
    /// Replaces <paramref name="count"/> <c>int32</c>s of <paramref name="chars"/>, every <paramref name="stride"/> code units
    /// from <paramref name="start"/>, by their differences from the one before (modulo 2^32, the first from 0), or the reverse.
    /// </summary>
    private static void Delta(Span<char> chars, int start, int stride, int count, bool encode)
    {
        uint previous = 0;
        for (int i = 0, p = start; i < count; i++, p += stride)
        {
            uint value = (uint)(chars[p] | (chars[p + 1] << 16));
            uint result = encode ? value - previous : value + previous;
            previous = encode ? value : result;
            chars[p] = (char)(result & 0xFFFF);
            chars[p + 1] = (char)(result >> 16);
        }
    }

    /// <summary>Packs bytes 14 bits per character. The first character holds the number of padding bits (0–13).</summary>
    public static string Pack(byte[] bytes)
    {
        int bits = bytes.Length * 8;
        int chars = (bits + BitsPerChar - 1) / BitsPerChar;
        var result = new char[chars + 1];
        result[0] = (char)(PackBase + (chars * BitsPerChar - bits));
        int buffer = 0, count = 0, position = 1;
        foreach (byte b in bytes)
        {
            buffer = (buffer << 8) | b;
            count += 8;
            if (count >= BitsPerChar)
            {
                count -= BitsPerChar;
                result[position++] = (char)(PackBase + ((buffer >> count) & 0x3FFF));
            }
        }
        if (count > 0)
        {
            result[position] = (char)(PackBase + ((buffer << (BitsPerChar - count)) & 0x3FFF));
        }
        return new string(result);
    }

    /// <summary>How many bytes the characters written by <see cref="Pack"/> hold.</summary>
    private static int UnpackedLength(ReadOnlySpan<char> data, int offset, int length)
    {
        int padding = length < 1 ? -1 : data[offset] - PackBase;
        int bits = (length - 1) * BitsPerChar - padding;
        if (length < 1 || padding < 0 || padding >= BitsPerChar || bits < 0 || bits % 8 != 0)
        {
            throw new InvalidDataException("A compressed segment of the dataset is malformed.");
        }
        return bits / 8;
    }

    /// <summary>Unpacks characters written by <see cref="Pack"/> into the start of <paramref name="bytes"/>; returns how many.</summary>
    private static int Unpack(ReadOnlySpan<char> data, int offset, int length, byte[] bytes)
    {
        int byteCount = UnpackedLength(data, offset, length);
        int buffer = 0, count = 0, position = 0;
        int i = offset + 1;
        // Four characters (56 bits) make seven bytes; the rest goes bit by bit.
        for (; i + 4 <= offset + length && position + 7 <= byteCount; i += 4)
        {
            ulong group = ((ulong)(uint)((data[i] - PackBase) & 0x3FFF) << 42) | ((ulong)(uint)((data[i + 1] - PackBase) & 0x3FFF) << 28)
                | ((ulong)(uint)((data[i + 2] - PackBase) & 0x3FFF) << 14) | (uint)((data[i + 3] - PackBase) & 0x3FFF);
            for (int shift = 48; shift >= 0; shift -= 8)
            {
                bytes[position++] = (byte)(group >> shift);
            }
        }
        for (; i < offset + length && position < byteCount; i++)
        {
            buffer = (buffer << BitsPerChar) | ((data[i] - PackBase) & 0x3FFF);
            count += BitsPerChar;
            while (count >= 8 && position < byteCount)
            {
                count -= 8;
                bytes[position++] = (byte)(buffer >> count);
            }
            buffer &= (1 << count) - 1;
        }
        return byteCount;
    }
}
