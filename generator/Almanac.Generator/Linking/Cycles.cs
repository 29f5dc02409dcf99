using Almanac.Storage;

namespace Almanac.Generator.Linking;

/// <summary>Finds cycles of parent links (an actor part of itself, a place within itself) and cuts them (ALM011).</summary>
internal static class Cycles
{
    /// <summary>Reports and cuts each cycle of <paramref name="parent"/> links once, at its member that comes first; linear in the number of entities.</summary>
    /// <param name="parent">Per entity, the index of its parent or <see cref="DataFormat.None"/>; a cut link becomes None.
    /// A parent past the entities (an entity of a referenced dataset) ends the chain, as None does.</param>
    public static void Cut(LinkContext context, int[] parent, IReadOnlyList<Located> ids, IReadOnlyList<Located?> references, string key, string kind)
    {
        // 0: not seen; 1: on the path being walked; 2: done (leads to a root or to a cut cycle).
        var state = new byte[parent.Length];
        var path = new List<int>();
        for (int first = 0; first < parent.Length; first++)
        {
            context.ThrowIfCancellationRequested();
            path.Clear();
            int node = first;
            while (node >= 0 && node < parent.Length && state[node] == 0)
            {
                state[node] = 1;
                path.Add(node);
                node = parent[node];
            }
            if (node >= 0 && node < parent.Length && state[node] == 1)
            {
                int start = node;
                for (int x = parent[node]; x != node; x = parent[x])
                {
                    start = Math.Min(start, x);
                }
                var chain = new List<string> { ids[start].Value };
                for (int x = parent[start]; x != start; x = parent[x])
                {
                    chain.Add(ids[x].Value);
                }
                chain.Add(ids[start].Value);
                context.Report(Diagnostics.Cycle, references[start]!.Location, key, kind, ids[start].Value, string.Join(" → ", chain));
                parent[start] = DataFormat.None;
            }
            foreach (int x in path)
            {
                state[x] = 2;
            }
        }
    }
}
