using Almanac.Libya;

namespace Almanac.Tests;

/// <summary>The indexed queries over the real Libya dataset, each also checked against a plain scan of <see cref="Events.All"/>.</summary>
public class QueryTests
{
    private static IEnumerable<string> Ids(IEnumerable<Event> events) => events.Select(e => e.Id);

    [Fact]
    public void All_is_ordered_by_date_then_id()
    {
        var all = Events.All.ToList();
        Assert.NotEmpty(all);
        var expected = all.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(Ids(expected), Ids(all));
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sources_actors_and_places_are_ordered_by_id()
    {
        Assert.Equal(Sources.All.Select(s => s.Id).Order(StringComparer.Ordinal), Sources.All.Select(s => s.Id));
        Assert.Equal(Actors.All.Select(a => a.Id).Order(StringComparer.Ordinal), Actors.All.Select(a => a.Id));
        Assert.Equal(Places.All.Select(p => p.Id).Order(StringComparer.Ordinal), Places.All.Select(p => p.Id));
    }

    [Fact]
    public void Involving_includes_events_of_sub_units_through_part_of()
    {
        // volcano-of-rage is part of gna-forces, which is part of gna; mustafa-al-majai sits four levels below gna.
        Assert.Same(Actors.GnaForces, Actors.VolcanoOfRage.PartOf);
        Assert.Same(Actors.Gna, Actors.GnaForces.PartOf);

        var gna = Ids(Events.Involving(Actors.Gna)).ToList();
        Assert.Contains("2020-05-20-pantsir-strikes-tarhuna", gna);                 // gna-forces only
        Assert.Contains("2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies", gna); // volcano-of-rage
        Assert.Contains("2020-05-20-majai-calls-air-defence-strikes-prelude", gna);  // mustafa-al-majai only
        Assert.Contains("2020-05-20-zintan-declares-support-for-gna", gna);          // gna itself

        var forces = Ids(Events.Involving(Actors.GnaForces)).ToList();
        Assert.Contains("2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies", forces);
        Assert.DoesNotContain("2020-05-20-zintan-declares-support-for-gna", forces); // the parent's events are not the child's

        var lna = Ids(Events.Involving(Actors.Lna)).ToList();
        Assert.Contains("2020-05-01-rifadi-says-haftar-will-leave-only-by-force", lna); // khalifa-haftar is part of lna
    }

    [Fact]
    public void Involving_excludes_unrelated_and_merely_aligned_actors()
    {
        var gna = Ids(Events.Involving(Actors.Gna)).ToList();
        Assert.DoesNotContain("2020-05-20-trump-macron-telephone-call", gna);
        Assert.DoesNotContain("2020-05-20-russian-mfa-backs-initiatives-to-stop-bloodshed", gna);

        // The UAE is aligned with the LNA, not part of it: its events are not the LNA's.
        Assert.Contains(Actors.Uae.AlignedWith, a => ReferenceEquals(a.Actor, Actors.Lna));
        Assert.DoesNotContain("2020-05-20-gununu-accuses-uae-of-funding-pantsir", Ids(Events.Involving(Actors.Lna)));

        // Claiming an event is not taking part in it.
        Assert.Empty(Events.Involving(Actors.WhiteHouse));
        Assert.Empty(Events.Involving(Actors.AnadoluAgency));
    }

    [Fact]
    public void Involving_equals_a_scan_of_participants_and_their_part_of_chains_for_every_actor()
    {
        foreach (Actor actor in Actors.All)
        {
            var expected = Events.All.Where(e => e.Participants.Any(p => p.Actor.IsPartOf(actor)));
            Assert.True(Ids(expected).SequenceEqual(Ids(Events.Involving(actor))), $"Involving({actor.Id})");
        }
    }

    [Fact]
    public void At_includes_events_at_places_within()
    {
        var libya = Ids(Events.At(Places.Libya)).ToList();
        foreach (Event e in Events.At(Places.Tarhuna))
        {
            Assert.Contains(e.Id, libya);
        }
        Assert.Contains("2020-05-20-pantsir-strikes-tarhuna", libya);
        Assert.Contains("2020-05-18-gna-forces-take-al-watiya-air-base", Ids(Events.At(Places.Tripolitania)));
        Assert.Contains("2020-05-19-gna-forces-take-badr", Ids(Events.At(Places.NalutDistrict)));     // badr is within the district
        Assert.Empty(Events.At(Places.WesternMountain));                                              // a range spans districts: no town lies within it

        var tarhuna = Ids(Events.At(Places.Tarhuna)).ToList();
        Assert.Contains("2020-05-20-pantsir-strikes-tarhuna", tarhuna);
        Assert.Contains("2020-04-18-failed-gna-assault-on-tarhuna", tarhuna);
        Assert.DoesNotContain("2020-05-18-gna-strikes-al-asabaa", tarhuna);          // "near Tarhuna" in the article, but not at it
        Assert.DoesNotContain(Ids(Events.At(Places.Moscow)), libya.Contains);         // Moscow is not in Libya
        Assert.Empty(Events.At(Places.Paris));
    }

    [Fact]
    public void At_equals_a_scan_of_within_chains_for_every_place()
    {
        foreach (Place place in Places.All)
        {
            var expected = Events.All.Where(e => e.Place is not null && e.Place.IsWithin(place));
            Assert.True(Ids(expected).SequenceEqual(Ids(Events.At(place))), $"At({place.Id})");
        }
    }

    [Fact]
    public void AtExactly_equals_a_scan_of_event_places_for_every_place()
    {
        foreach (Place place in Places.All)
        {
            var expected = Events.All.Where(e => ReferenceEquals(e.Place, place));
            Assert.True(Ids(expected).SequenceEqual(Ids(Events.All.AtExactly(place))), $"AtExactly({place.Id})");
        }
    }

    [Fact]
    public void AtExactly_leaves_out_events_at_places_within()
    {
        Assert.Contains("2020-05-20-pantsir-strikes-tarhuna", Ids(Events.All.AtExactly(Places.Tarhuna)));
        Assert.DoesNotContain("2020-05-20-pantsir-strikes-tarhuna", Ids(Events.All.AtExactly(Places.Libya)));
        Assert.True(Events.All.AtExactly(Places.Libya).Count < Events.At(Places.Libya).Count);
    }

    [Fact]
    public void Queries_reject_an_entity_of_another_dataset()
    {
        Dataset copy = StoreTests.OpenCopyOfLibya();
        Assert.Throws<ArgumentException>(() => copy.Events.AtExactly(Places.Tarhuna));
        Assert.Throws<ArgumentException>(() => copy.Events.At(Places.Tarhuna));
        Assert.Throws<ArgumentException>(() => copy.Events.Involving(Actors.Gna));
        Assert.Equal(Ids(Events.All.AtExactly(Places.Tarhuna)), Ids(copy.Events.AtExactly(copy.Places.Get("tarhuna"))));
    }

    [Fact]
    public void Between_uses_overlap_semantics_with_ranged_events()
    {
        var may21 = Ids(Events.Between(new DateOnly(2020, 5, 21), new DateOnly(2020, 5, 21))).ToList();
        Assert.Contains("2020-05-21-lna-air-strike-near-al-asabaa", may21);                 // on the day
        Assert.Contains("2020-05-18-gna-air-raids-on-tarhuna", may21);                      // 18-21 May ends on it
        Assert.Contains("2019-04-04-gna-forces-accuse-lna-of-executing-prisoners", may21);  // the longest range (413 days)
        Assert.Contains("2020-05-01-eu-calls-for-halt-to-escalation", may21);
        Assert.DoesNotContain("2020-05-18-gna-forces-take-al-watiya-air-base", may21);      // a single earlier day
        Assert.DoesNotContain("2020-05-20-pantsir-strikes-tarhuna", may21);

        // A window that only the long range overlaps, far from its start and end.
        Assert.Equal(new[] { "2019-04-04-gna-forces-accuse-lna-of-executing-prisoners" },
            Ids(Events.Between(new DateOnly(2019, 10, 1), new DateOnly(2019, 10, 31))));
        // The first day of a range and the day after its end.
        Assert.Contains("2020-05-19-gna-forces-advance-towards-al-asabaa", Ids(Events.Between(new DateOnly(2020, 5, 19), new DateOnly(2020, 5, 19))));
        Assert.Empty(Events.Between(new DateOnly(2020, 5, 22), new DateOnly(2020, 12, 31)));
        Assert.Empty(Events.Between(new DateOnly(2019, 1, 1), new DateOnly(2019, 4, 3)));
        // An inverted window is empty, not an error.
        Assert.Empty(Events.Between(new DateOnly(2020, 5, 21), new DateOnly(2020, 5, 18)));
    }

    [Fact]
    public void Between_equals_an_overlap_scan_for_every_window()
    {
        var first = new DateOnly(2019, 4, 1);
        var last = new DateOnly(2020, 5, 25);
        foreach (int length in new[] { 0, 1, 2, 6, 30 })
        {
            for (DateOnly from = first; from <= last; from = from.AddDays(1))
            {
                DateOnly to = from.AddDays(length);
                var expected = Events.All.Where(e => e.Date <= to && e.LastDate >= from);
                var actual = Events.Between(from, to);
                Assert.True(Ids(expected).SequenceEqual(Ids(actual)), $"Between({from:yyyy-MM-dd}, {to:yyyy-MM-dd})");
            }
        }
    }

    [Fact]
    public void Between_looks_back_only_the_longest_short_span()
    {
        // The 413-day range is a long event, listed apart; the longest of the others runs from 1 to 21 May 2020.
        Assert.Equal(20, LibyaDataset.Dataset.Events.Store.ShortEventSpanDays);
    }

    [Theory]
    [InlineData("2019-10-01", "2019-10-31")] // only the long range runs then, a year before the other events
    [InlineData("2020-04-18", "2020-04-18")] // one single-day event and the long range
    [InlineData("2020-05-20", "2020-05-20")] // earlier events, single days and ranges, some still running
    [InlineData("2020-05-22", "2020-12-31")] // after every event
    public void Between_decodes_only_the_events_it_returns(string from, string to)
    {
        Dataset fresh = StoreTests.OpenCopyOfLibya();
        IReadOnlyList<Event> found = fresh.Events.Between(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));
        var decoded = Enumerable.Range(0, fresh.Events.Count).Where(fresh.Events.IsDecoded).ToList();
        Assert.Equal(found.Select(e => e.Index), decoded);
    }

    [Fact]
    public void Near_returns_events_at_places_within_the_radius()
    {
        GeoPoint tripoli = Places.Tripoli.Location!.Value;
        var near50 = Ids(Events.Near(tripoli, 50)).ToList();
        Assert.Contains("2020-05-21-captured-pantsir-paraded-in-tripoli", near50);          // 0 km
        Assert.Contains("2020-05-20-pantsir-strike-souq-al-ahad", near50);                  // ~46 km
        Assert.DoesNotContain("2020-05-20-pantsir-strikes-tarhuna", near50);                // ~67 km

        var near70 = Ids(Events.Near(tripoli, 70)).ToList();
        Assert.Contains("2020-05-20-pantsir-strikes-tarhuna", near70);
        Assert.DoesNotContain("2020-05-18-gna-forces-take-al-watiya-air-base", near70);     // ~129 km

        // Events at places without a location are never "near" anything.
        Assert.DoesNotContain(Events.Near(tripoli, 20_000), e => e.Place is null || e.Place.Location is null);
        Assert.Empty(Events.Near(new GeoPoint(-33.9, 151.2), 1000));                        // Sydney
        // The southern front lines have Tripoli's point as their representative point, so radius 0 finds them too.
        Assert.Contains("2020-05-20-volcano-of-rage-finds-grave-with-seven-bodies", Ids(Events.Near(tripoli, 0)));
        Assert.Equal(Ids(Events.All.Where(e => e.Place?.Location == tripoli)), Ids(Events.Near(tripoli, 0)));
    }

    [Fact]
    public void Near_equals_a_distance_scan()
    {
        foreach (Place center in Places.All.Where(p => p.Location is not null))
        {
            foreach (double radius in new[] { 0, 10, 25, 66.8, 67, 100, 130, 500, 5000 })
            {
                GeoPoint c = center.Location!.Value;
                var expected = Events.All.Where(e => e.Place?.Location is GeoPoint l && l.DistanceKm(c) <= radius);
                Assert.True(Ids(expected).SequenceEqual(Ids(Events.Near(c, radius))), $"Near({center.Id}, {radius})");
            }
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Near_rejects_a_negative_or_undefined_radius(double radius) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Events.Near(Places.Tripoli.Location!.Value, radius));

    [Fact]
    public void Queries_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => Events.Involving(null!));
        Assert.Throws<ArgumentNullException>(() => Events.At(null!));
        Assert.Throws<ArgumentNullException>(() => Events.All.AtExactly(null!));
    }

    [Fact]
    public void Event_lists_are_indexable_and_enumerable_alike()
    {
        EventList list = Events.At(Places.Tarhuna);
        Assert.Equal(list.Count, list.Count());
        for (int i = 0; i < list.Count; i++)
        {
            Assert.Same(list[i], list.ElementAt(i));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = list[list.Count]; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = list[-1]; });
    }
}
