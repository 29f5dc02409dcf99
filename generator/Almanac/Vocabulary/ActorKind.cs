namespace Almanac;

/// <summary>What kind of actor an <see cref="Actor"/> is. YAML words are the kebab-case names (<c>armed-forces</c>).</summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum ActorKind
{
    /// <summary>A sovereign state (<c>state</c>).</summary>
    State,
    /// <summary>A government or governing authority (<c>government</c>).</summary>
    Government,
    /// <summary>An office of a government, such as a presidency or press office (<c>government-office</c>).</summary>
    GovernmentOffice,
    /// <summary>A ministry (<c>ministry</c>).</summary>
    Ministry,
    /// <summary>Regular armed forces or one of their units (<c>armed-forces</c>).</summary>
    ArmedForces,
    /// <summary>A named military operation or its operations room (<c>military-operation</c>).</summary>
    MilitaryOperation,
    /// <summary>A militia or other irregular armed group (<c>militia</c>).</summary>
    Militia,
    /// <summary>A private military company (<c>private-military-company</c>).</summary>
    PrivateMilitaryCompany,
    /// <summary>A political party (<c>political-party</c>).</summary>
    PoliticalParty,
    /// <summary>An international or supranational organisation or one of its missions (<c>international-organization</c>).</summary>
    InternationalOrganization,
    /// <summary>A municipality, local council or other local authority (<c>local-authority</c>).</summary>
    LocalAuthority,
    /// <summary>Civil-society groups: notables, elders, unions (<c>civil-society</c>).</summary>
    CivilSociety,
    /// <summary>A news outlet or agency (<c>media</c>).</summary>
    Media,
    /// <summary>A person (<c>person</c>).</summary>
    Person,
    /// <summary>Any other group (<c>group</c>).</summary>
    Group,
}
