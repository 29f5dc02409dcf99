using System;

namespace Almanac;

/// <summary>UCDP's type of violence (<c>type_of_violence</c>).</summary>
public enum UcdpViolenceType
{
    /// <summary>State-based armed conflict (1).</summary>
    StateBased = 1,
    /// <summary>Non-state conflict (2).</summary>
    NonState = 2,
    /// <summary>One-sided violence (3).</summary>
    OneSided = 3,
}

/// <summary>The codes of one <see cref="EventKind"/> in the event-data standards researchers use.</summary>
/// <param name="AcledEventType">ACLED <c>event_type</c>, e.g. <c>Explosions/Remote violence</c>.</param>
/// <param name="AcledSubEventType">ACLED <c>sub_event_type</c>, e.g. <c>Air/drone strike</c>.</param>
/// <param name="UcdpViolence">UCDP GED <c>type_of_violence</c>, or <see langword="null"/> where UCDP does not code such events.</param>
/// <param name="CameoCode">CAMEO event code as a string: leading zeros are significant (<c>"041"</c>).</param>
public sealed record EventKindStandards(string AcledEventType, string AcledSubEventType, UcdpViolenceType? UcdpViolence, string CameoCode)
{
    /// <summary>ACLED <c>disorder_type</c> derived from the event type.</summary>
    public string AcledDisorderType => AcledEventType switch
    {
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };

    /// <summary>The CAMEO root code (the first two digits), e.g. <c>"19"</c> for <c>"195"</c>.</summary>
    public string CameoRootCode => CameoCode.Substring(0, 2);

    /// <summary>
    /// Whether ACLED codes events of this kind at all: <see langword="false"/> for the verbal kinds (statements, appeals,
    /// accusations, threats, calls, interviews, declarations of support) and <see cref="EventKind.Other"/>, which map to
    /// ACLED's catch-all <c>Strategic developments / Other</c> only so that an ACLED-shaped file has a value; ACLED does not
    /// record statements as strategic developments unless they change the conflict, which a curator codes with another kind.
    /// </summary>
    public bool InAcledScope { get; init; } = true;
}

/// <summary>The crosswalk of <see cref="EventKind"/> to ACLED, UCDP and CAMEO.</summary>
/// <remarks>
/// ACLED does not code verbal events; those kinds map to its catch-all <c>Strategic developments / Other</c> and are
/// outside its scope (<see cref="EventKindStandards.InAcledScope"/>). UCDP's type of violence applies only to organised
/// violence, so it is <see langword="null"/> for the other kinds.
/// </remarks>
public static class EventKinds
{
    /// <summary>The ACLED, UCDP and CAMEO codes of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static EventKindStandards Standards(this EventKind kind) =>
        (uint)kind < (uint)s_table.Length ? s_table[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined event kind.");

    private static readonly EventKindStandards[] s_table = BuildTable();

    private static EventKindStandards[] BuildTable()
    {
        var values = Enum.GetValues<EventKind>();
        var table = new EventKindStandards[values.Length];
        foreach (EventKind kind in values)
        {
            table[(int)kind] = Create(kind);
        }
        return table;
    }

    private static EventKindStandards Create(EventKind kind) => kind switch
    {
        EventKind.ArmedClash => new("Battles", "Armed clash", UcdpViolenceType.StateBased, "190"),
        EventKind.TerritoryRegained => new("Battles", "Government regains territory", UcdpViolenceType.StateBased, "192"),
        EventKind.TerritoryTaken => new("Battles", "Non-state actor overtakes territory", UcdpViolenceType.StateBased, "192"),
        EventKind.TerritoryTransferred => new("Strategic developments", "Non-violent transfer of territory", null, "192"),
        EventKind.AirStrike => new("Explosions/Remote violence", "Air/drone strike", UcdpViolenceType.StateBased, "195"),
        EventKind.DroneStrike => new("Explosions/Remote violence", "Air/drone strike", UcdpViolenceType.StateBased, "1952"),
        EventKind.Shelling => new("Explosions/Remote violence", "Shelling/artillery/missile attack", UcdpViolenceType.StateBased, "194"),
        EventKind.AttackOnCivilians => new("Violence against civilians", "Attack", UcdpViolenceType.OneSided, "180"),
        EventKind.Withdrawal => new("Strategic developments", "Other", null, "0874"),
        EventKind.Deployment => new("Strategic developments", "Other", null, "154"),
        EventKind.DisplayOfForce => new("Strategic developments", "Other", null, "150"),
        EventKind.MaterielSeized => new("Strategic developments", "Looting/property destruction", null, "1711"),
        EventKind.Discovery => new("Strategic developments", "Other", null, "090"),
        EventKind.Statement => Verbal("Strategic developments", "Other", null, "010"),
        EventKind.Accusation => Verbal("Strategic developments", "Other", null, "112"),
        EventKind.Threat => Verbal("Strategic developments", "Other", null, "138"),
        EventKind.Appeal => Verbal("Strategic developments", "Other", null, "020"),
        EventKind.DeEscalationAppeal => Verbal("Strategic developments", "Other", null, "0256"),
        EventKind.DeclarationOfSupport => Verbal("Strategic developments", "Other", null, "051"),
        EventKind.TelephoneCall => Verbal("Strategic developments", "Other", null, "041"),
        EventKind.Interview => Verbal("Strategic developments", "Other", null, "010"),
        EventKind.MilitaryAid => new("Strategic developments", "Other", null, "072"),
        EventKind.Agreement => new("Strategic developments", "Agreement", null, "057"),
        EventKind.Other => Verbal("Strategic developments", "Other", null, "010"),
        EventKind.Negotiation => Verbal("Strategic developments", "Other", null, "046"),
        EventKind.Rejection => Verbal("Strategic developments", "Other", null, "120"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined event kind."),
    };

    /// <summary>The codes of a kind ACLED does not code (<see cref="EventKindStandards.InAcledScope"/> false).</summary>
    private static EventKindStandards Verbal(string acledEventType, string acledSubEventType, UcdpViolenceType? ucdp, string cameoCode) =>
        new(acledEventType, acledSubEventType, ucdp, cameoCode) { InAcledScope = false };
}
