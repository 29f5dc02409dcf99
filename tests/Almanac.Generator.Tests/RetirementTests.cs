using System.Reflection;

namespace Almanac.Generator.Tests;

/// <summary>
/// Retired ids across releases: the fixtures release-1 and release-2 are two releases of one dataset, the second renaming
/// an actor (<c>gna-forces</c> → <c>gna</c>), merging a place into another (<c>tarhuna-centre</c> → <c>tarhuna</c>) and
/// removing an event (<c>rumoured-raid</c>). Code written against release 1 compiles against release 2 with obsolete
/// warnings only, and finds the same entities.
/// </summary>
public class RetirementTests
{
    /// <summary>A consumer of release 1: its generated members and string lookups of the ids that release 2 retires.</summary>
    private const string Consumer = """
        using System.Linq;
        using Almanac;
        using Test.Data;

        internal static class Study
        {
            public static Actor Forces => Actors.GnaForces;
            public static Actor ForcesByGet => Actors.Get("gna-forces");
            public static Actor? ForcesByFind => Actors.Find("gna-forces");
            public static Actor? ForcesByTryGet => Actors.TryGet("gna-forces", out Actor? forces) ? forces : null;
            public static Resolution<Actor> ForcesResolved => Actors.Resolve("gna-forces");
            public static string[] ForcesEvents => Events.Involving(Actors.GnaForces).Select(e => e.Id).ToArray();
            public static string[] ClashParticipants => Events.ClashSouthOfTarhuna.Actors.Select(a => a.Id).ToArray();
            public static bool ForcesInClash => Events.ClashSouthOfTarhuna.Actors.Contains(Actors.GnaForces);
            public static Place Centre => Places.TarhunaCentre;
            public static Place? CentreByFind => Places.Find("tarhuna-centre");
            public static string[] CentreEvents => Events.At(Places.TarhunaCentre).Select(e => e.Id).ToArray();
            public static Event Raid => Events.RumouredRaid;
            public static string RaidName => Events.RumouredRaid.Name;
            public static bool RaidFound => Events.TryGet("rumoured-raid", out _);
            public static int EventCount => Events.All.Count;
            public static string[] AllEventIds => Events.All.Select(e => e.Id).ToArray();
        }
        """;

    private static readonly Lazy<(GeneratorHarness.Result Result, Assembly Assembly, Dataset Dataset)> s_release1 = new(() => Build("release-1"));
    private static readonly Lazy<(GeneratorHarness.Result Result, Assembly Assembly, Dataset Dataset)> s_release2 = new(() => Build("release-2"));

    private static (GeneratorHarness.Result, Assembly, Dataset) Build(string release)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture(release), sources: Consumer);
        Assert.Empty(result.Diagnostics);
        Assembly assembly = result.Load();
        var dataset = (Dataset)assembly.GetType("Test.Data.ValleyDataset", throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;
        return (result, assembly, dataset);
    }

    private static object? Ask(Assembly assembly, string property) => assembly.GetType("Study", throwOnError: true)!.GetProperty(property)!.GetValue(null);

    [Fact]
    public void Code_written_against_release_1_compiles_against_release_2_with_obsolete_warnings_naming_the_successors()
    {
        Assert.Empty(s_release1.Value.Result.CompilationDiagnostics);
        IReadOnlyList<Diagnostic> warnings = s_release2.Value.Result.CompilationDiagnostics;
        Assert.NotEmpty(warnings);
        Assert.All(warnings, d => Assert.True(d.Id == "CS0618" && d.Severity == DiagnosticSeverity.Warning, d.ToString()));
        string[] messages = warnings.Select(d => d.GetMessage()).Distinct().OrderBy(m => m, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "'Actors.GnaForces' is obsolete: 'Renamed to Actors.Gna in 0.2.0: The forces are named after the government.'",
            "'Events.RumouredRaid' is obsolete: 'Removed in 0.2.0: The bulletin never confirmed it.'",
            "'Places.TarhunaCentre' is obsolete: 'Merged into Places.Tarhuna in 0.2.0: The sources do not tell the centre from the town.'",
        }, messages);
    }

    [Fact]
    public void The_renamed_actor_gives_the_same_answers_in_both_releases_and_is_its_successor()
    {
        var (_, one, _) = s_release1.Value;
        var (_, two, dataset) = s_release2.Value;
        Actor gna = dataset.Actors.Get("gna");
        Assert.Same(gna, Ask(two, "Forces"));
        Assert.Same(gna, Ask(two, "ForcesByGet"));
        Assert.Same(gna, Ask(two, "ForcesByFind"));
        Assert.Same(gna, Ask(two, "ForcesByTryGet"));
        var resolved = (Resolution<Actor>)Ask(two, "ForcesResolved")!;
        Assert.Same(gna, resolved.Entity);
        Assert.Equal(ResolvedBy.Redirect, resolved.By);
        Assert.Equal(ResolvedBy.Id, ((Resolution<Actor>)Ask(one, "ForcesResolved")!).By);
        Assert.True((bool)Ask(two, "ForcesInClash")!);
        Assert.Equal((string[])Ask(one, "ForcesEvents")!, (string[])Ask(two, "ForcesEvents")!);
        Assert.Equal(new[] { "shelling-of-tarhuna", "clash-south-of-tarhuna" }, (string[])Ask(two, "ForcesEvents")!);
        Assert.Equal(new[] { "gna-forces", "lna" }, (string[])Ask(one, "ClashParticipants")!);
        Assert.Equal(new[] { "gna", "lna" }, (string[])Ask(two, "ClashParticipants")!);
    }

    [Fact]
    public void The_merged_place_is_the_place_it_was_merged_into_and_keeps_its_events()
    {
        var (_, one, _) = s_release1.Value;
        var (_, two, dataset) = s_release2.Value;
        Place tarhuna = dataset.Places.Get("tarhuna");
        Assert.Same(tarhuna, Ask(two, "Centre"));
        Assert.Same(tarhuna, Ask(two, "CentreByFind"));
        // Every event at the centre in release 1 is still found at it in release 2 (now at the town, with the town's own).
        Assert.Subset(((string[])Ask(two, "CentreEvents")!).ToHashSet(), ((string[])Ask(one, "CentreEvents")!).ToHashSet());
    }

    [Fact]
    public void The_removed_event_is_a_tombstone_that_no_enumeration_or_query_contains()
    {
        var (_, one, _) = s_release1.Value;
        var (_, two, dataset) = s_release2.Value;
        var raid = (Event)Ask(two, "Raid")!;
        Assert.Equal("rumoured-raid", raid.Id);
        Assert.Equal("Rumoured raid on al-Watiya", Ask(two, "RaidName"));
        Assert.Equal(Ask(one, "RaidName"), Ask(two, "RaidName"));
        Assert.NotNull(raid.Retirement);
        Assert.Equal(RetirementKind.Removed, raid.Retirement!.How);
        Assert.Equal("0.2.0", raid.Retirement.Since);
        Assert.Same(raid, Ask(two, "Raid")); // one tombstone, shared
        Assert.True((bool)Ask(one, "RaidFound")!);
        Assert.False((bool)Ask(two, "RaidFound")!);
        Assert.Equal(2, Ask(two, "EventCount"));
        Assert.DoesNotContain("rumoured-raid", (string[])Ask(two, "AllEventIds")!);
        Assert.DoesNotContain(raid, dataset.Events);
        Assert.DoesNotContain(raid, dataset.Events.Between(new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 31)));
        Assert.DoesNotContain(raid, dataset.Events.At(dataset.Places.Get("al-watiya")));
        Assert.Null(dataset.Events.Find("rumoured-raid"));
        Assert.Null(dataset.Events.Find("Rumoured raid on al-Watiya"));
        Assert.Null(dataset.Actors.Get("lna").Retirement);
    }

    [Fact]
    public void Get_of_a_removed_id_says_when_and_why()
    {
        Dataset dataset = s_release2.Value.Dataset;
        var e = Assert.Throws<KeyNotFoundException>(() => dataset.Events.Get("rumoured-raid"));
        Assert.Equal("The event 'rumoured-raid' was removed in 0.2.0: The bulletin never confirmed it.", e.Message);
        Assert.False(dataset.Events.TryGet("rumoured-raid", out Event? none));
        Assert.Null(none);
    }

    [Fact]
    public void Resolve_says_how_the_entity_was_reached()
    {
        Dataset dataset = s_release2.Value.Dataset;
        Actor gna = dataset.Actors.Get("gna");

        Resolution<Actor> byId = dataset.Actors.Resolve("gna");
        Assert.Same(gna, byId.Entity);
        Assert.Equal(ResolvedBy.Id, byId.By);
        Assert.Empty(byId.Redirects);

        Resolution<Actor> byAlias = dataset.Actors.Resolve("GNA Forces");
        Assert.Same(gna, byAlias.Entity);
        Assert.Equal(ResolvedBy.Alias, byAlias.By);

        Resolution<Actor> redirect = dataset.Actors.Resolve("gna-forces");
        Assert.Same(gna, redirect.Entity);
        Assert.Equal(ResolvedBy.Redirect, redirect.By);
        Retirement renamed = Assert.Single(redirect.Redirects);
        Assert.Equal(("actor", "gna-forces", RetirementKind.Renamed, "gna", "0.2.0"), (renamed.Kind, renamed.Id, renamed.How, renamed.SuccessorId, renamed.Since));
        Assert.Same(gna, renamed.Successor);
        Assert.Equal("The forces are named after the government.", renamed.Reason);

        Resolution<Event> removed = dataset.Events.Resolve("rumoured-raid");
        Assert.Null(removed.Entity);
        Assert.Equal(ResolvedBy.Redirect, removed.By);
        Assert.Equal(RetirementKind.Removed, removed.Retirement!.How);
        Assert.Equal("Rumoured raid on al-Watiya", removed.Retirement.Name);

        Resolution<Place> nothing = dataset.Places.Resolve("nowhere");
        Assert.Null(nothing.Entity);
        Assert.Equal(ResolvedBy.None, nothing.By);
    }

    [Fact]
    public void Retired_lists_the_retirements_of_each_kind_and_of_the_dataset()
    {
        Dataset dataset = s_release2.Value.Dataset;
        Assert.Equal(new[] { ("actor", "gna-forces"), ("event", "rumoured-raid"), ("place", "tarhuna-centre") },
            dataset.Retired.Select(r => (r.Kind, r.Id)));
        Assert.Equal("gna-forces", Assert.Single(dataset.Actors.Retired).Id);
        Assert.Equal(RetirementKind.Merged, Assert.Single(dataset.Places.Retired).How);
        Assert.Empty(dataset.Sources.Retired);
        Assert.Empty(s_release1.Value.Dataset.Retired);
    }

    [Fact]
    public void The_exports_list_the_retired_ids_with_their_successors_and_what_changed_since_the_release_before()
    {
        Dataset dataset = s_release2.Value.Dataset;
        Almanac.Export.ExportTable retired = Almanac.Export.DatasetTables.Build(dataset).Single(t => t.Name == "retired");
        Assert.Equal(new[] { "entity_type", "id", "change", "successor_id", "since", "reason", "name" }, retired.Columns.Select(c => c.Name));
        Assert.Equal(
            new[] { ("actor", "gna-forces", "renamed", "gna"), ("event", "rumoured-raid", "removed", null), ("place", "tarhuna-centre", "merged", "tarhuna") },
            retired.Rows.Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!, (string?)r[3])));
        Assert.Empty(Almanac.Export.DatasetTables.Build(s_release1.Value.Dataset).Single(t => t.Name == "retired").Rows);

        Almanac.Export.DatasetDiff diff = Almanac.Export.DatasetDiff.Compare(s_release1.Value.Dataset, dataset);
        Assert.False(diff.LosesIds, diff.ToMarkdown());
        Assert.Equal(
            new[] { ("actor", "gna-forces", Almanac.Export.EntityChangeKind.Renamed, "gna"), ("place", "tarhuna-centre", Almanac.Export.EntityChangeKind.Merged, "tarhuna"),
                    ("event", "rumoured-raid", Almanac.Export.EntityChangeKind.Removed, null) },
            diff.Changes.Where(c => c.Change is Almanac.Export.EntityChangeKind.Renamed or Almanac.Export.EntityChangeKind.Merged or Almanac.Export.EntityChangeKind.Removed)
                .Select(c => (c.Kind, c.Id, c.Change, c.Successor)));

        // The same changes as rows of the changes table: the retired ids whole (a renamed one also field by field against its successor).
        Almanac.Export.ExportTable changes = Almanac.Export.DatasetTables.Build(dataset, diff).Single(t => t.Name == "changes");
        Assert.Equal(Almanac.Export.DatasetTables.Count(withChanges: true), Almanac.Export.DatasetTables.Build(dataset, diff).Count);
        Assert.Equal(diff.Changes.Sum(c => Math.Max(1, c.Fields.Count)), changes.Rows.Count);
        Assert.Contains(changes.Rows, r => (string)r[3]! == "rumoured-raid" && (string)r[4]! == "removed" && r[6] is null && r[9] is string);
        Assert.Contains(changes.Rows, r => (string)r[3]! == "tarhuna-centre" && (string)r[4]! == "merged" && (string)r[5]! == "tarhuna");
        Assert.All(changes.Rows, r => Assert.Equal((diff.OldVersion, diff.NewVersion), ((string?)r[0], (string?)r[1])));
    }

    [Fact]
    public void A_chain_of_retirements_resolves_to_the_live_entity_at_its_end()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Fixture("small"));
        Assert.Empty(result.Diagnostics);
        Dataset dataset = result.Dataset("Test.Data.RiverDataset");
        Place town = dataset.Places.Get("river-town");
        // old-town was renamed to river-village, which was later merged into river-town.
        Assert.Same(town, dataset.Places.Get("old-town"));
        Assert.Same(town, dataset.Places.Find("old-town"));
        Assert.True(dataset.Places.TryGet("old-town", out Place? found) && ReferenceEquals(town, found));
        Resolution<Place> chain = dataset.Places.Resolve("old-town");
        Assert.Same(town, chain.Entity);
        Assert.Equal(new[] { "old-town", "river-village" }, chain.Redirects.Select(r => r.Id));
        Assert.Equal(new[] { RetirementKind.Renamed, RetirementKind.Merged }, chain.Redirects.Select(r => r.How));
        Assert.All(chain.Redirects, r => Assert.Same(town, r.Successor));
        Assert.Same(town, dataset.Places.GetRetired("old-town"));
        Assert.Throws<KeyNotFoundException>(() => dataset.Places.GetRetired("river-town"));
        Event tombstone = dataset.Events.GetRetired("2020-05-18-rumoured-strike");
        Assert.Equal("Rumoured strike on River Town", tombstone.Name);
        Assert.Empty(tombstone.Participants);
        Assert.Equal(2, dataset.Events.Count);
        Assert.Same(dataset.Actors.Get("blue-force"), dataset.Actors.GetRetired("blue-army"));
        Assert.Same(dataset.Sources.Get("report"), dataset.Sources.Get("first-report"));
    }

    [Fact]
    public void Queries_of_a_tombstone_are_empty_and_tombstones_are_not_counted()
    {
        var result = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Data("dataset.yaml", "dataset:\n  id: t\n  title: T\n  version: 2.0.0\n  license: CC0-1.0\n  citation: C\n"),
            GeneratorHarness.Data("entities.yaml", "actors:\n  - id: a\n    name: A\n    kind: state\nplaces:\n  - id: p\n    name: P\n    kind: town\n"
                + "retired:\n  - actor: gone\n    since: 1.0.0\n    reason: Never existed.\n    name: Gone\n  - place: lost\n    since: 2.0.0\n    reason: Duplicate.\n"),
        });
        Assert.Empty(result.Diagnostics);
        Dataset dataset = result.Dataset("Test.Data.TDataset");
        Actor gone = dataset.Actors.GetRetired("gone");
        Place lost = dataset.Places.GetRetired("lost");
        Assert.Equal(("gone", "Gone", RetirementKind.Removed), (gone.Id, gone.Name, gone.Retirement!.How));
        Assert.Equal(("lost", "lost"), (lost.Id, lost.Name));
        Assert.Empty(dataset.Events.Involving(gone));
        Assert.Empty(dataset.Events.At(lost));
        Assert.Empty(dataset.Events.AtExactly(lost));
        Assert.Equal(new[] { "a" }, dataset.Actors.Select(x => x.Id));
        Assert.Equal("p", Assert.Single(dataset.Places).Id);
        Assert.Null(lost.Within);
        Assert.False(dataset.Actors.ContainsId("gone"));
        Assert.Null(dataset.Actors.Find("Gone"));
    }
}
