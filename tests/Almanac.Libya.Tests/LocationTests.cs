using Almanac.Libya;

namespace Almanac.Libya.Tests;

/// <summary>
/// Where the events are, as ACLED and UCDP need it: every event has a place and a geo-precision (ACLED geo_precision
/// 1-3, UCDP where_prec 1-7), an event located only by an area or a country says in its notes what the point stands
/// for, and every Libyan town is contained through the same kinds of levels, so that <c>Events.At</c> of a district,
/// the region or the country answers alike for all of them.
/// </summary>
public class LocationTests
{
    /// <summary>Place kinds that are one point on the ground: what a town-level event is placed at.</summary>
    private static readonly PlaceKind[] Settlements =
        { PlaceKind.City, PlaceKind.Town, PlaceKind.Village, PlaceKind.Suburb, PlaceKind.MilitaryBase, PlaceKind.Site };

    /// <summary>The levels every Libyan settlement's within chain goes through, innermost first.</summary>
    private static readonly PlaceKind[] LibyanLevels = { PlaceKind.District, PlaceKind.Region, PlaceKind.Country };

    /// <summary>Settlements whose district no source gives; their chain skips the district level, and their notes say so.</summary>
    private static readonly string[] DistrictUnknown = { "al-washka" };

    [Fact]
    public void Every_event_has_a_place_with_a_location_and_a_resolved_geo_precision()
    {
        foreach (Event e in Events.All)
        {
            Assert.True(e.Place is not null, $"{e.Id} has no place");
            Assert.True(e.Place!.Location is not null, $"{e.Id} is at {e.Place.Id}, which has no location");
            Assert.True(e.GeoPrecision is not null, $"{e.Id} has no geo-precision of its own or from {e.Place.Id}");
        }
    }

    [Fact]
    public void Events_located_only_by_an_area_or_the_country_say_what_the_point_stands_for()
    {
        var coarse = Events.All.Where(e => e.GeoPrecision >= GeoPrecision.Region).ToList();
        Assert.NotEmpty(coarse);
        foreach (Event e in coarse)
        {
            Assert.True((e.Notes ?? "").Contains("Location:", StringComparison.Ordinal), $"{e.Id} ({e.GeoPrecision}) does not say in its notes what its point stands for");
        }
    }

    [Fact]
    public void Events_placed_at_Libya_are_located_to_the_country()
    {
        var atLibya = Events.All.Where(e => e.Place?.Id == Places.Libya.Id).ToList();
        Assert.NotEmpty(atLibya);
        Assert.All(atLibya, e => Assert.Equal(GeoPrecision.Country, e.GeoPrecision));
    }

    [Fact]
    public void The_southern_Tripoli_front_is_a_region_at_Tripolis_point()
    {
        // ¶15, ¶23: "the fighting axes south of Tripoli"; no gazetteer gives the front a point of its own.
        Place front = Places.SouthTripoliFront;
        Assert.Equal(GeoPrecision.Region, front.GeoPrecision);
        Assert.Equal(Places.Tripoli.Location, front.Location);
        Assert.Contains(front.Citations, c => c.Source.Id == "osm-libya-cities");
        Assert.Contains("representative point", front.Notes);
    }

    [Fact]
    public void Every_Libyan_settlement_lies_within_a_district_the_region_and_the_country()
    {
        var libyan = Places.All.Where(p => p.IsWithin(Places.Libya) && Settlements.Contains(p.Kind)).ToList();
        Assert.True(libyan.Count >= 13);
        foreach (Place place in libyan)
        {
            var chain = new List<Place>();
            for (Place? up = place.Within; up is not null; up = up.Within)
            {
                chain.Add(up);
            }
            PlaceKind[] expected = DistrictUnknown.Contains(place.Id) ? LibyanLevels[1..] : LibyanLevels;
            Assert.True(chain.Select(p => p.Kind).SequenceEqual(expected),
                $"{place.Id} lies within {string.Join(" → ", chain.Select(p => $"{p.Id} ({p.Kind})"))}; expected {string.Join(" → ", expected)}");
            Assert.Equal(Places.Libya.Id, chain[^1].Id);
        }
        foreach (string id in DistrictUnknown)
        {
            Assert.Contains("District UNVERIFIED", Places.Get(id).Notes);
        }
    }

    [Fact]
    public void No_place_lies_within_a_mountain_range_or_an_area()
    {
        // A range or front spans districts: a town within it would be counted by At(range) but at another level than its neighbours.
        foreach (Place place in Places.All.Where(p => p.Within is not null))
        {
            Assert.True(place.Within!.Kind is not (PlaceKind.MountainRange or PlaceKind.Area), $"{place.Id} lies within {place.Within.Id} ({place.Within.Kind})");
        }
    }

    [Fact]
    public void The_towns_of_the_western_mountain_answer_district_queries_alike()
    {
        // ¶11: "the towns of Tiji and Badr in the western mountain"; both in the same municipality (MEMO), hence the same district.
        var nalut = Events.At(Places.NalutDistrict).Select(e => e.Id).ToList();
        Assert.Contains("2020-05-19-gna-forces-take-tiji", nalut);
        Assert.Contains("2020-05-19-gna-forces-take-badr", nalut);
        Assert.Contains("2020-05-20-zintan-declares-support-for-gna", Events.At(Places.JabalAlGharbiDistrict).Select(e => e.Id));
        Assert.Contains("2020-05-20-pantsir-strike-souq-al-ahad", Events.At(Places.MurqubDistrict).Select(e => e.Id));
    }
}
