using Almanac.Generator.DataEncoding;
using Almanac.Generator.Linking;
using Almanac.Lookup;

namespace Almanac.Generator;

/// <summary>
/// What the generator keeps from one run to the next in a process (an IDE's or the compiler server's), so that the run
/// after a curator's edit redoes only what the edit changed: the linked events (<see cref="LinkedEventCache"/>), the
/// written record blocks (<see cref="DataEncoder"/>), the compressed segments (<see cref="CompressedSegments"/>) and the
/// deflated pieces of the lookup table (<see cref="LookupTable"/>). Each is keyed by what its result depends on, so a run
/// gives the same output with or without them.
/// </summary>
internal static class ProcessCaches
{
    /// <summary>Forgets everything kept: the next run computes all of it again.</summary>
    public static void Clear()
    {
        LinkedEventCache.Clear();
        DataEncoder.ClearWrittenBlocks();
        CompressedSegments.Clear();
        LookupTable.ClearStored();
    }
}
