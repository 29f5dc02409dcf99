using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Almanac;
using Synth.Data;

namespace Almanac.Benchmarks.Startup;

/// <summary>
/// <c>query ALIAS [memory]</c>: finds an actor by alias and lists the events involving it (with its parts), prints the answer
/// and the time from the start of Main to the answer. <c>read ALIAS [memory]</c>: the same, then reads the date, kind,
/// place and participants of every event of the answer. <c>all</c>: decodes every source, actor, place and event with
/// every field and prints the time and the memory held.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        long start = Stopwatch.GetTimestamp();
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length is 2 or 3 && args[0] is "query" or "read")
        {
            // The phases, for the report: opening the store (reading the header constant from the assembly and parsing its
            // header), Find, then Involving with the first event decoded (query) or every event read (read).
            _ = SynthDataset.Dataset;
            long opened = Stopwatch.GetTimestamp();
            Actor actor = Actors.Find(args[1]) ?? throw new InvalidOperationException($"No actor {args[1]}");
            long found = Stopwatch.GetTimestamp();
            EventList events = Events.Involving(actor);
            string answer;
            if (args[0] == "query")
            {
                Event first = events[0];
                answer = $"the first {first.Date:yyyy-MM-dd} {first.Name}";
            }
            else
            {
                answer = $"each read (checksum {Materialise.Read(events)})";
            }
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double openMs = Stopwatch.GetElapsedTime(start, opened).TotalMilliseconds, findMs = Stopwatch.GetElapsedTime(opened, found).TotalMilliseconds;
            double jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds; // JIT time in the whole process so far
            Console.WriteLine($"{actor.Name}: {events.Count} events, {answer}");
            // With "memory", the memory held after the answer too (a full collection: not part of the timed work).
            Console.WriteLine($"result: main_ms={ms:0.000} open_ms={openMs:0.000} find_ms={findMs:0.000} involving_ms={ms - openMs - findMs:0.000} jit_ms={jitMs:0.000} events={events.Count}{(args.Length == 3 && args[2] == "memory" ? " " + Memory.Report() : "")}");
            return 0;
        }
        if (args.Length == 1 && args[0] == "all")
        {
            long checksum = Materialise.All(SynthDataset.Dataset);
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, pauseMs = GC.GetTotalPauseDuration().TotalMilliseconds;
            Console.WriteLine($"result: main_ms={ms:0.000} jit_ms={jitMs:0.000} gc_pause_ms={pauseMs:0.000} gcs={GC.CollectionCount(0)} checksum={checksum} {Memory.Report()}");
            GC.KeepAlive(SynthDataset.Dataset);
            return 0;
        }
        Console.Error.WriteLine("Usage: query ALIAS [memory] | read ALIAS [memory] | all");
        return 2;
    }
}
