namespace Almanac;

/// <summary>The part an actor plays in an <see cref="Event"/>. YAML words are the kebab-case names.</summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
enum ParticipantRole
{
    /// <summary>Carries out an attack (<c>attacker</c>).</summary>
    Attacker,
    /// <summary>Is attacked (<c>target</c>).</summary>
    Target,
    /// <summary>Suffers harm without being a party to the fighting (<c>victim</c>).</summary>
    Victim,
    /// <summary>Makes a statement (<c>speaker</c>).</summary>
    Speaker,
    /// <summary>Is spoken to or called upon (<c>addressee</c>).</summary>
    Addressee,
    /// <summary>Is spoken about (<c>subject</c>).</summary>
    Subject,
    /// <summary>Gives support (<c>supporter</c>).</summary>
    Supporter,
    /// <summary>Receives support (<c>beneficiary</c>).</summary>
    Beneficiary,
    /// <summary>Mediates or negotiates (<c>mediator</c>).</summary>
    Mediator,
    /// <summary>Takes part in another way (<c>participant</c>).</summary>
    Participant,
}
