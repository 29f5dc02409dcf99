// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>An actor taking part in an event, and its role.</summary>
/// <param name="Actor">The actor taking part.</param>
/// <param name="Role">What the actor did in the event.</param>
public sealed partial record Participant(Actor Actor, ParticipantRole Role);
