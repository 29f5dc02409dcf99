using System.Collections.Concurrent;
using System.Threading;
using Almanac.Storage;

namespace Almanac.Generator.DataEncoding;

/// <summary>
/// The stored forms of recently compressed segments, by content. An edit of one YAML file changes few segments (a
/// record block, a list block, an index section), so the encode step after it compresses those and takes the others
/// from here: compression is the largest part of re-encoding. The same text always compresses to the same stored form,
/// so the cache changes no output; it only saves the work.
/// </summary>
/// <remarks>
/// A segment is known by its encoding, its length and two independent 64-bit hashes of its code units, not by its text,
/// so that the cache holds the compressed forms only. The cache holds at most <see cref="MaxChars"/> code units of them
/// and starts again empty when it would hold more (a dataset larger than that gains nothing between two runs).
/// </remarks>
internal static class CompressedSegments
{
    /// <summary>The most code units of stored forms the cache holds.</summary>
    internal const long MaxChars = 32L * 1024 * 1024;

    private static ConcurrentDictionary<Key, string> s_packed = new();
    private static long s_chars;
    private static long s_compressions;

    /// <summary>How many segments have been compressed (not taken from the cache) since the process started.</summary>
    internal static long Compressions => Interlocked.Read(ref s_compressions);

    /// <summary>The stored form of <paramref name="text"/> compressed after <paramref name="transform"/>, from the cache when it holds it.</summary>
    public static string Get(string text, DataFormat.SegmentEncoding encoding, Func<string, string> transform)
    {
        var key = Key.Of(text, encoding);
        ConcurrentDictionary<Key, string> packed = Volatile.Read(ref s_packed);
        if (packed.TryGetValue(key, out string? stored))
        {
            return stored;
        }
        stored = SegmentCodec.Compress(transform(text));
        Interlocked.Increment(ref s_compressions);
        if (Interlocked.Add(ref s_chars, stored.Length) > MaxChars)
        {
            Volatile.Write(ref s_packed, new ConcurrentDictionary<Key, string>());
            Interlocked.Exchange(ref s_chars, stored.Length);
            packed = Volatile.Read(ref s_packed);
        }
        packed.TryAdd(key, stored);
        return stored;
    }

    /// <summary>Empties the cache.</summary>
    internal static void Clear()
    {
        Volatile.Write(ref s_packed, new ConcurrentDictionary<Key, string>());
        Interlocked.Exchange(ref s_chars, 0);
    }

    /// <summary>A segment's encoding, length and two independent 64-bit FNV-style hashes of its code units.</summary>
    private readonly record struct Key(DataFormat.SegmentEncoding Encoding, int Length, ulong Hash1, ulong Hash2)
    {
        /// <summary>The key of <paramref name="text"/>, both hashes computed in one pass.</summary>
        public static Key Of(string text, DataFormat.SegmentEncoding encoding)
        {
            ulong first = 14695981039346656037UL, second = 0x9E3779B97F4A7C15UL;
            foreach (char c in text)
            {
                first = (first ^ c) * 1099511628211UL;
                second = (second ^ c) * (0x100000001B3UL ^ 0x5BD1E995UL);
            }
            return new Key(encoding, text.Length, first, second);
        }
    }
}
