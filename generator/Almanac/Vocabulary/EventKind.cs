namespace Almanac;

/// <summary>
/// What kind of event an <see cref="Event"/> is. YAML words are the kebab-case names (<c>air-strike</c>).
/// <see cref="EventKinds.Standards"/> crosswalks every kind to ACLED, UCDP and CAMEO.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum EventKind
{
    /// <summary>An armed clash between organised armed groups (<c>armed-clash</c>; ACLED Battles / Armed clash; CAMEO 190).</summary>
    ArmedClash,
    /// <summary>Government forces regain territory by force (<c>territory-regained</c>; ACLED Battles / Government regains territory; CAMEO 192).</summary>
    TerritoryRegained,
    /// <summary>A non-state group takes territory by force (<c>territory-taken</c>; ACLED Battles / Non-state actor overtakes territory; CAMEO 192).</summary>
    TerritoryTaken,
    /// <summary>Territory changes hands without fighting (<c>territory-transferred</c>; ACLED Strategic developments / Non-violent transfer of territory; CAMEO 192).</summary>
    TerritoryTransferred,
    /// <summary>A strike by aircraft (<c>air-strike</c>; ACLED Explosions/Remote violence / Air/drone strike; CAMEO 195).</summary>
    AirStrike,
    /// <summary>A strike by a remotely piloted aircraft (<c>drone-strike</c>; ACLED Explosions/Remote violence / Air/drone strike; CAMEO 1952).</summary>
    DroneStrike,
    /// <summary>Shelling, artillery, guided-munition or missile fire (<c>shelling</c>; ACLED Explosions/Remote violence / Shelling/artillery/missile attack; CAMEO 194).</summary>
    Shelling,
    /// <summary>An attack on civilians, including killing prisoners (<c>attack-on-civilians</c>; ACLED Violence against civilians / Attack; CAMEO 180).</summary>
    AttackOnCivilians,
    /// <summary>A withdrawal or redeployment away from a front (<c>withdrawal</c>; ACLED Strategic developments / Other; CAMEO 0874).</summary>
    Withdrawal,
    /// <summary>A deployment or reinforcement of forces (<c>deployment</c>; ACLED Strategic developments / Other; CAMEO 154).</summary>
    Deployment,
    /// <summary>A show of military power, such as a parade of captured weapons (<c>display-of-force</c>; ACLED Strategic developments / Other; CAMEO 150).</summary>
    DisplayOfForce,
    /// <summary>Weapons or equipment seized (<c>materiel-seized</c>; ACLED Strategic developments / Looting/property destruction; CAMEO 1711).</summary>
    MaterielSeized,
    /// <summary>A discovery, such as a grave or a weapons cache (<c>discovery</c>; ACLED Strategic developments / Other; CAMEO 090).</summary>
    Discovery,
    /// <summary>A public statement (<c>statement</c>; ACLED Strategic developments / Other; CAMEO 010).</summary>
    Statement,
    /// <summary>An accusation against another party (<c>accusation</c>; ACLED Strategic developments / Other; CAMEO 112).</summary>
    Accusation,
    /// <summary>A threat or announced plan to use military force (<c>threat</c>; ACLED Strategic developments / Other; CAMEO 138).</summary>
    Threat,
    /// <summary>An appeal or call (<c>appeal</c>; ACLED Strategic developments / Other; CAMEO 020).</summary>
    Appeal,
    /// <summary>A call for a ceasefire or de-escalation (<c>de-escalation-appeal</c>; ACLED Strategic developments / Other; CAMEO 0256).</summary>
    DeEscalationAppeal,
    /// <summary>A declaration of support for a party (<c>declaration-of-support</c>; ACLED Strategic developments / Other; CAMEO 051).</summary>
    DeclarationOfSupport,
    /// <summary>A discussion by telephone (<c>telephone-call</c>; ACLED Strategic developments / Other; CAMEO 041).</summary>
    TelephoneCall,
    /// <summary>Statements made in an interview (<c>interview</c>; ACLED Strategic developments / Other; CAMEO 010).</summary>
    Interview,
    /// <summary>Military aid: weapons, training, advisers (<c>military-aid</c>; ACLED Strategic developments / Other; CAMEO 072).</summary>
    MilitaryAid,
    /// <summary>A formal agreement (<c>agreement</c>; ACLED Strategic developments / Agreement; CAMEO 057).</summary>
    Agreement,
    /// <summary>Any other event (<c>other</c>; ACLED Strategic developments / Other; CAMEO 010).</summary>
    Other,
    /// <summary>Negotiations between parties, such as over the handover of a town (<c>negotiation</c>; ACLED Strategic developments / Other; CAMEO 046).</summary>
    Negotiation,
    /// <summary>A rejection or defiance of another party's demands or pressure (<c>rejection</c>; ACLED Strategic developments / Other; CAMEO 120).</summary>
    Rejection,
}
