using Microsoft.CodeAnalysis;

namespace Almanac.Generator.Project;

/// <summary>The Almanac runtime the compilation references, as far as the generated code depends on it: whether it is
/// there, and which versions of the compiled data format it reads.</summary>
internal sealed record RuntimeInfo(bool Referenced, int OldestFormat, int NewestFormat)
{
    /// <summary>The runtime's surface for generated code, with the constants <c>OldestFormat</c> and <c>NewestFormat</c>.</summary>
    public const string CompiledDatasetType = "Almanac.Compiled.CompiledDataset";

    public static readonly RuntimeInfo Missing = new(false, 0, 0);

    /// <summary>Looks the runtime up in <paramref name="compilation"/>; missing when the type or one of its constants is not there.</summary>
    public static RuntimeInfo Find(Compilation compilation)
    {
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(CompiledDatasetType);
        return type is not null && Constant(type, "OldestFormat") is int oldest && Constant(type, "NewestFormat") is int newest
            ? new RuntimeInfo(true, oldest, newest)
            : Missing;
    }

    /// <summary>Whether the runtime reads data of format <paramref name="format"/>.</summary>
    public bool Reads(int format) => Referenced && OldestFormat <= format && format <= NewestFormat;

    private static int? Constant(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue)?.ConstantValue as int?;
}
