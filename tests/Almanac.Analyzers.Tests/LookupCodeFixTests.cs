namespace Almanac.Analyzers.Tests;

/// <summary>The code fixes of the string-lookup diagnostics: one test per fix, each checking the rewritten source and
/// what the analyzer says about it.</summary>
public class LookupCodeFixTests
{
    private static string Program(string expression) => $$"""
        using Valley.Data;

        internal static class Study
        {
            public static object? Run() => {{expression}};
        }
        """;

    private const string MemberHaftar = "Use Actors.Haftar: 'haftar' is the actor 'haftar' (Khalifa Haftar), and the member is checked by the compiler";
    private const string MemberGna = "Use Actors.Gna: 'gna' is the actor 'gna' (Government of National Accord), and the member is checked by the compiler";

    [Fact]
    public async Task ALMA003_Get_with_an_id_becomes_the_typed_member()
    {
        await Verify.Fix(Program("Actors.Get({|#0:\"haftar\"|})"), Verify.Diagnostic(Descriptors.UseTypedMember, 0, MemberHaftar),
            LookupCodeFixProvider.UseMemberKey, Program("Actors.Haftar"));
    }

    [Fact]
    public async Task ALMA003_Find_with_an_alias_becomes_the_typed_member_with_the_same_receiver()
    {
        await Verify.Fix(Program("Valley.Data.Actors.Find({|#0:\"Al-Wefaq\"|})"),
            Verify.Diagnostic(Descriptors.UseTypedMember, 0, "Use Actors.Gna: 'Al-Wefaq' is the actor 'gna' (Government of National Accord), and the member is checked by the compiler"),
            LookupCodeFixProvider.UseMemberKey, Program("Valley.Data.Actors.Gna"));
    }

    private const string AliasToGet = "'Al-Wefaq' is not the id of any actor but a name of 'gna' (Government of National Accord); Get takes ids: use Actors.Gna, Actors.Find or the id 'gna'";

    [Fact]
    public async Task ALMA002_Get_with_an_alias_becomes_the_typed_member()
    {
        await Verify.Fix(Program("Actors.Get({|#0:\"Al-Wefaq\"|})"), Verify.Diagnostic(Descriptors.AliasGivenForId, 0, AliasToGet),
            LookupCodeFixProvider.UseMemberKey, Program("Actors.Gna"));
    }

    [Fact]
    public async Task ALMA002_Get_with_an_alias_becomes_Find()
    {
        await Verify.Fix(Program("Actors.Get({|#0:\"Al-Wefaq\"|})"), Verify.Diagnostic(Descriptors.AliasGivenForId, 0, AliasToGet),
            LookupCodeFixProvider.UseFindKey, Program("Actors.Find({|#0:\"Al-Wefaq\"|})"),
            Verify.Diagnostic(Descriptors.UseTypedMember, 0, "Use Actors.Gna: 'Al-Wefaq' is the actor 'gna' (Government of National Accord), and the member is checked by the compiler"));
    }

    [Fact]
    public async Task ALMA002_TryGet_with_an_alias_gets_the_id()
    {
        await Verify.Fix(Program("Actors.TryGet({|#0:\"Hifter\"|}, out _)"),
            Verify.Diagnostic(Descriptors.AliasGivenForId, 0, "'Hifter' is not the id of any actor but a name of 'haftar' (Khalifa Haftar); TryGet takes ids: use the id 'haftar'"),
            LookupCodeFixProvider.UseIdKey, Program("Actors.TryGet(\"haftar\", out _)"));
    }

    [Fact]
    public async Task ALMA004_a_renamed_id_becomes_its_successor()
    {
        await Verify.Fix(Program("Actors.Get({|#0:\"gna-forces\"|})"),
            Verify.Diagnostic(Descriptors.RetiredId, 0, "The actor id 'gna-forces' was renamed to 'gna' in 0.2.0; use 'gna'"),
            LookupCodeFixProvider.UseIdKey, Program("Actors.Get({|#0:\"gna\"|})"), Verify.Diagnostic(Descriptors.UseTypedMember, 0, MemberGna));
    }

    [Fact]
    public async Task ALMA004_a_renamed_id_becomes_the_typed_member_of_its_successor()
    {
        await Verify.Fix(Program("Actors.Find({|#0:\"gna-forces\"|})"),
            Verify.Diagnostic(Descriptors.RetiredId, 0, "The actor id 'gna-forces' was renamed to 'gna' in 0.2.0; use 'gna'"),
            LookupCodeFixProvider.UseMemberKey, Program("Actors.Gna"));
    }

    [Fact]
    public async Task ALMA005_Find_of_a_name_that_holds_within_one_source_becomes_FindIn_with_it()
    {
        await Verify.Fix(Program("Actors.Find({|#0:\"government of reconciliation\"|})"),
            Verify.Diagnostic(Descriptors.ScopedName, 0, "'government of reconciliation' does not name one actor everywhere: within the source 'article' it is 'gna' (Government of National Accord); Find matches nothing for it: use Actors.FindIn with the source the text comes from, or Actors.Resolve to see the candidates"),
            LookupCodeFixProvider.UseFindInKey, Program("Actors.FindIn(\"government of reconciliation\", Sources.Article)"));
    }

    [Fact]
    public async Task ALMA001_a_misspelling_becomes_the_closest_id()
    {
        await Verify.Fix(Program("Actors.Get({|#0:\"hafter\"|})"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 0, "No actor has the id or alias 'hafter'; did you mean 'haftar' (Khalifa Haftar)?"),
            LookupCodeFixProvider.UseIdKey, Program("Actors.Get({|#0:\"haftar\"|})"), Verify.Diagnostic(Descriptors.UseTypedMember, 0, MemberHaftar));
    }
}
