using System;
using Almanac.Libya;
using Almanac.Storage;

namespace Almanac.Tests;

public class StoreTests
{
    [Fact]
    public void Open_rejects_null_and_data_that_is_not_a_dataset()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetStore.Open(null!));
        Assert.Throws<InvalidOperationException>(() => DatasetStore.Open(""));
        Assert.Throws<InvalidOperationException>(() => DatasetStore.Open("not a dataset at all, but long enough"));
    }

    [Fact]
    public void Open_names_the_format_version_it_cannot_read()
    {
        string data = DataFormat.Magic + (char)(DataFormat.Version + 1) + new string('\0', 64);
        var e = Assert.Throws<InvalidOperationException>(() => DatasetStore.Open(data));
        Assert.Contains($"format {DataFormat.Version + 1}", e.Message);
        Assert.Contains($"reads format {DataFormat.Version}", e.Message);
    }

    [Fact]
    public void Opening_reads_only_the_header_constant()
    {
        // The generated class carries the header in Data and the segments in Data1, Data2, …; a store opened with the
        // header alone knows the counts, and fails only when a segment is needed.
        Type holder = typeof(LibyaDataset).GetNestedType("Holder", System.Reflection.BindingFlags.NonPublic)!;
        string header = (string)holder.GetField("Data", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;
        string first = (string)holder.GetField("Data1", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;

        DatasetStore headerOnly = DatasetStore.Open(header);
        Assert.Equal(Actors.All.Count, headerOnly.Actors.Count);
        Assert.Equal(Events.All.Count, headerOnly.Events.Count);
        Assert.Throws<InvalidOperationException>(() => headerOnly.Actors[0]);

        DatasetStore complete = DatasetStore.Open(header, first);
        Assert.Equal(Actors.All[0].Id, complete.Actors[0].Id);
        Assert.Equal(Events.All[Events.All.Count - 1].Id, complete.Events[Events.All.Count - 1].Id);
    }

    [Fact]
    public void Open_by_constant_names_a_missing_constant()
    {
        var e = Assert.Throws<ArgumentException>(() => DatasetStore.Open(typeof(StoreTests), "Data"));
        Assert.Contains("has no string constant named 'Data'", e.Message);
    }

    [Fact]
    public void The_generated_classes_share_one_store()
    {
        Assert.Same(LibyaDataset.Store, LibyaDataset.Store);
        Assert.Same(LibyaDataset.Store.Actors, Actors.All);
        Assert.Same(LibyaDataset.Store.Events, Events.All);
        Assert.Equal("libya", LibyaDataset.Id);
        Assert.Matches(@"^\d+\.\d+\.\d+", LibyaDataset.Version);
        Assert.Matches("^[0-9a-f]{64}$", LibyaDataset.ContentHash);
    }

    [Fact]
    public void Collections_reject_indexes_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Actors.All[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Places.All[Places.All.Count]);
    }
}
