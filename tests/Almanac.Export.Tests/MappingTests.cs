using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>The ACLED actor-type mapping and the ISO 3166 table.</summary>
public sealed class MappingTests
{
    [Theory]
    [InlineData(1, 3, true, 13)]
    [InlineData(3, 1, true, 13)]
    [InlineData(1, 1, true, 11)]
    [InlineData(8, null, false, 80)]
    public void Interaction_puts_the_smaller_code_first(int inter1, int? inter2, bool hasActor2, int expected) =>
        Assert.Equal(expected, AcledMapping.Interaction(inter1, inter2, hasActor2));

    [Fact]
    public void Interaction_is_unknown_when_an_actor_type_is()
    {
        Assert.Null(AcledMapping.Interaction(null, 1, true));
        Assert.Null(AcledMapping.Interaction(1, null, true));
    }

    [Fact]
    public void State_forces_are_1_at_home_and_8_abroad()
    {
        Assert.Equal(1, AcledMapping.Inter(new Participant(Actors.GnaForces, ParticipantRole.Attacker), "LY"));
        Assert.Equal(8, AcledMapping.Inter(new Participant(Actors.TurkishArmedForces, ParticipantRole.Attacker), "LY"));
        Assert.Equal(1, AcledMapping.Inter(new Participant(Actors.TurkishArmedForces, ParticipantRole.Attacker), "TR"));
        Assert.Null(AcledMapping.Inter(new Participant(Actors.GnaForces, ParticipantRole.Attacker), null));
    }

    [Fact]
    public void Militias_PMCs_organisations_and_spokesmen_follow_the_documented_mapping()
    {
        Assert.Equal(3, AcledMapping.Inter(new Participant(Actors.Kaniyat, ParticipantRole.Target), "LY"));
        Assert.Equal(8, AcledMapping.Inter(new Participant(Actors.WagnerGroup, ParticipantRole.Target), "LY"));
        Assert.Equal(8, AcledMapping.Inter(new Participant(Actors.Unsmil, ParticipantRole.Speaker), "LY"));
        // A spokesman takes the type of the force he speaks for.
        Assert.Equal(1, AcledMapping.Inter(new Participant(Actors.MohamedGununu, ParticipantRole.Speaker), "LY"));
        // Unaffiliated media, parties and groups are left empty rather than guessed.
        Assert.Null(AcledMapping.Inter(new Participant(Actors.AlJazeera, ParticipantRole.Participant), "LY"));
        Assert.Null(AcledMapping.Inter(new Participant(Actors.NationalFrontParty, ParticipantRole.Speaker), "LY"));
        Assert.Equal(7, AcledMapping.Inter(new Participant(Actors.AlAsabaaNotables, ParticipantRole.Victim), "LY"));
    }

    [Fact]
    public void Sides_put_actors_and_targets_apart_and_subjects_only_when_nobody_acts()
    {
        var (side1, side2) = AcledMapping.Sides(Events._2020_05_20PantsirStrikesTarhuna);
        Assert.Equal(new[] { Actors.GnaForces }, side1.Select(p => p.Actor));
        Assert.Equal(new[] { Actors.Lna }, side2.Select(p => p.Actor));
        Event subjectsOnly = Events.All.First(e => e.Participants.Count > 0 && e.Participants.All(p => p.Role == ParticipantRole.Subject));
        Assert.Equal(subjectsOnly.Actors, AcledMapping.Sides(subjectsOnly).Side1.Select(p => p.Actor));
    }

    [Fact]
    public void Country_table_derives_ISO_numeric_codes_and_invents_none()
    {
        Assert.Equal(new CountryCode("LY", "LBY", "434", "Libya"), CountryCodes.Find("LY"));
        Assert.Equal("012", CountryCodes.Find("dz")!.Numeric);
        Assert.Null(CountryCodes.Find("XX"));
        Assert.Null(CountryCodes.Find(null));
        Assert.Equal(250, CountryCodes.All.Count);
        Assert.Equal(CountryCodes.All.Count, CountryCodes.All.Select(c => c.Numeric).Distinct().Count());
        // Every country in the dataset is in the table.
        Assert.All(Actors.All.Select(a => a.Country).Concat(Places.All.Select(p => p.Country)).OfType<string>().Distinct(),
            country => Assert.NotNull(CountryCodes.Find(country)));
    }
}
