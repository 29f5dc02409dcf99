using Almanac.Libya;

namespace Almanac.Tests;

/// <summary>Lookups (Find, Get, TryGet) over the real Libya dataset.</summary>
public class LookupTests
{
    [Fact]
    public void Find_matches_ids_names_and_aliases_of_each_collection()
    {
        Assert.Same(Actors.Gna, Actors.Find("gna"));
        Assert.Same(Actors.GnaForces, Actors.Find("gna-forces"));
        Assert.Same(Actors.GnaForces, Actors.Find("GNA armed forces"));      // the name
        Assert.Same(Places.AlWatiyaAirBase, Places.Find("AL WATIYA AIR BASE"));
        Assert.Same(Sources.Get("aljazeera-2020-05-21"), Sources.Find("Washington and Paris call for de-escalation in Libya"));
        Assert.Same(Events.Get("2020-05-20-pantsir-strikes-tarhuna"), Events.Find("2020-05-20-pantsir-strikes-tarhuna"));
        // The same word in two collections resolves within each collection.
        Assert.Same(Actors.Russia, Actors.Find("Russia"));
        Assert.Same(Places.Russia, Places.Find("Russia"));
    }

    [Theory]
    [InlineData("Gaddafi")]
    [InlineData("Libyan east")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    public void Find_returns_null_for_unknown_names(string text)
    {
        Assert.Null(Actors.Find(text));
        Assert.Null(Places.Find(text == "Libyan east" ? "Cyrenaica" : text));
        Assert.Null(Events.All.Find(text));
    }

    [Fact]
    public void Find_and_Get_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => Actors.Find(null!));
        Assert.Throws<ArgumentNullException>(() => Actors.Get(null!));
        Assert.Throws<ArgumentNullException>(() => Places.TryGet(null!, out _));
    }

    [Theory]
    [InlineData("gnaa", "gna")]
    [InlineData("gna-force", "gna-forces")]
    [InlineData("khalifa-hafter", "khalifa-haftar")]
    public void Actors_Get_unknown_id_throws_naming_the_closest_ids(string id, string closest)
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Actors.Get(id));
        Assert.Contains($"'{id}'", e.Message);
        Assert.Contains("Closest ids:", e.Message);
        Assert.Contains(closest, ClosestIds(e.Message));
    }

    [Fact]
    public void Places_and_Events_Get_unknown_id_throw_naming_the_closest_ids()
    {
        var place = Assert.Throws<KeyNotFoundException>(() => Places.Get("tarhouna"));
        Assert.Equal("tarhuna", ClosestIds(place.Message)[0]);
        var ev = Assert.Throws<KeyNotFoundException>(() => Events.Get("2020-05-20-pantsir-strike-tarhuna"));
        Assert.Equal("2020-05-20-pantsir-strikes-tarhuna", ClosestIds(ev.Message)[0]);
        var source = Assert.Throws<KeyNotFoundException>(() => Sources.All.Get("wikipedia-en"));
        Assert.Equal("wikipedia", ClosestIds(source.Message)[0]);
    }

    [Fact]
    public void Get_is_exact_and_ordinal()
    {
        // Ids are case-sensitive in Get (Find is the forgiving lookup).
        Assert.Throws<KeyNotFoundException>(() => Actors.Get("GNA"));
        Assert.Throws<KeyNotFoundException>(() => Actors.Get("Al-Wefaq"));
    }

    [Fact]
    public void TryGet_returns_the_entity_or_false()
    {
        Assert.True(Actors.TryGet("gna", out Actor? gna));
        Assert.Same(Actors.Gna, gna);
        Assert.True(Places.TryGet("tarhuna", out Place? tarhuna));
        Assert.Same(Places.Tarhuna, tarhuna);
        Assert.True(Events.TryGet("2020-05-18-gna-forces-take-al-watiya-air-base", out Event? watiya));
        Assert.Same(Places.AlWatiyaAirBase, watiya!.Place);

        Assert.False(Actors.TryGet("Al-Wefaq", out Actor? none));   // an alias is not an id
        Assert.Null(none);
        Assert.False(Places.TryGet("nowhere", out Place? nowhere));
        Assert.Null(nowhere);
        Assert.False(Events.TryGet("", out _));
    }

    [Fact]
    public void Entities_are_shared_instances()
    {
        Assert.Same(Actors.Gna, Actors.Gna);
        Assert.Same(Actors.Gna, Actors.Get("gna"));
        Assert.Same(Actors.Gna, Actors.Find("Al-Wefaq"));
        Assert.Same(Actors.Gna, Actors.All.Single(a => a.Id == "gna"));
        Assert.Same(Actors.Gna, Actors.GnaForces.PartOf);
        Assert.Same(Actors.Lna, Actors.Kaniyat.AlignedWith.Single().Actor);

        Event strike = Events.Get("2020-05-20-pantsir-strikes-tarhuna");
        Assert.Same(Places.Tarhuna, strike.Place);
        Assert.Same(Actors.GnaForces, strike.Participants[0].Actor);
        Assert.Same(Actors.GnaForces, strike.ClaimedBy);
        Assert.Same(Actors.Lna, strike.Materiel.Single().Owner);
        Assert.Same(Sources.Get("aljazeera-2020-05-21"), strike.Citations[0].Source);
        Assert.Same(strike, Events.All.Single(e => e.Id == strike.Id));
        Assert.Same(Places.MurqubDistrict, Places.Tarhuna.Within);

        // Every reference anywhere in the data is the instance of its collection.
        foreach (Event e in Events.All)
        {
            if (e.Place is not null)
            {
                Assert.Same(Places.Get(e.Place.Id), e.Place);
            }
            foreach (Participant p in e.Participants)
            {
                Assert.Same(Actors.Get(p.Actor.Id), p.Actor);
            }
        }
    }

    private static string[] ClosestIds(string message)
    {
        const string marker = "Closest ids: ";
        int start = message.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, message);
        return message[(start + marker.Length)..].TrimEnd('.').Split(", ");
    }

    [Fact]
    public void Find_with_an_ascii_spelling_does_not_allocate_once_the_entity_is_decoded()
    {
        Assert.Same(Actors.KhalifaHaftar, Actors.Find("KHALIFA haftar"));
        Assert.Same(Places.Tarhuna, Places.Find("tarhouna"));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Actor? actor = Actors.Find("KHALIFA haftar");
        Place? place = Places.Find("tarhouna");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Same(Actors.KhalifaHaftar, actor);
        Assert.Same(Places.Tarhuna, place);
        Assert.Equal(0, allocated);
    }
}
