using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Almanac.Benchmarks.Baseline;

namespace Almanac.Benchmarks.Startup.Yaml;

/// <summary>
/// <c>query DATA_FOLDER ALIAS</c>: loads the YAML, finds the actor and lists the events involving it (with its parts);
/// <c>read DATA_FOLDER ALIAS</c>: the same, then reads the date, kind, place and participants of every event of the answer;
/// <c>all DATA_FOLDER</c>: loads the YAML (which materialises everything) and prints the time and the memory held.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        long start = Stopwatch.GetTimestamp();
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length == 3 && args[0] is "query" or "read")
        {
            YamlDataset data = YamlDataset.Load(args[1]);
            PocoActor actor = data.FindActor(args[2]) ?? throw new InvalidOperationException($"No actor {args[2]}");
            List<PocoEvent> events = data.Involving(actor.Id);
            events.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
            string answer;
            if (args[0] == "query")
            {
                PocoEvent first = events[0];
                answer = $"the first {first.Date:yyyy-MM-dd} {first.Name}";
            }
            else
            {
                answer = $"each read (checksum {data.Read(events)})";
            }
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Console.WriteLine($"{actor.Name}: {events.Count} events, {answer}");
            Console.WriteLine($"result: main_ms={ms:0.000} events={events.Count} {Memory()}");
            GC.KeepAlive(data);
            return 0;
        }
        if (args.Length == 2 && args[0] == "all")
        {
            YamlDataset data = YamlDataset.Load(args[1]);
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Console.WriteLine($"result: main_ms={ms:0.000} events={data.Events.Count} {Memory()}");
            GC.KeepAlive(data);
            return 0;
        }
        Console.Error.WriteLine("Usage: query DATA_FOLDER ALIAS | read DATA_FOLDER ALIAS | all DATA_FOLDER");
        return 2;
    }

    private static string Memory()
    {
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, rss = 0;
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }
        return $"gc_heap_mb={heap / 1048576.0:0.0} peak_rss_mb={peak / 1024.0:0.0} rss_mb={rss / 1024.0:0.0}";
    }
}
