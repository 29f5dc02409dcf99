using Almanac.Generator.Common;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Linking;

/// <summary>The text of a source document given to the compiler, and what is wrong with it (ALM020: its quotes are then not checked).</summary>
internal sealed record DocumentText(string Path, string Text)
{
    /// <summary>ALM020 when the document was not valid UTF-8; otherwise none.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>The document as the compiler decoded it (<see langword="null"/>: unreadable, empty), with ALM020 when it was not valid UTF-8.</summary>
    public static DocumentText Read(string path, SourceText? text)
    {
        string decoded = text?.ToString() ?? "";
        DiagnosticInfo? invalid = InvalidUtf8.Check(path, decoded, text?.Encoding, "source document");
        return invalid is null ? new DocumentText(path, decoded) : new DocumentText(path, decoded) { Diagnostics = new[] { invalid }.ToEquatableArray() };
    }
}

/// <summary>MSBuild settings that shape the generated code.</summary>
internal sealed record GeneratorOptions(string? Namespace, string? DatasetClass, string? Compression = null, string? NamedEventsLimit = null);

/// <summary>One named member to emit: the entity's C# name, its index in its collection and what its XML doc says.</summary>
internal sealed record MemberModel(string Member, int Index, string Id, string Title, string Kind, string? Aliases, string? Detail, string? Citation);

/// <summary>A piece of the compiled data, with a label saying what it holds (emitted as a comment), and the number of the
/// string constant that carries it (0: the header).</summary>
internal sealed record DataPart(string Label, string Text, int Constant);

/// <summary>The dataset's own metadata.</summary>
internal sealed record DatasetMetadata(string Id, string Title, string Version, string License, string Citation, string? Description, string? Url);

/// <summary>Everything the emitter needs, and nothing that only diagnostics need (no locations): a moved line does not re-emit code.</summary>
internal sealed record EmitModel(
    string Namespace,
    string ClassName,
    DatasetMetadata Metadata,
    string ContentHash,
    EquatableArray<DataPart> Data,
    EquatableArray<MemberModel> Sources,
    EquatableArray<MemberModel> Actors,
    EquatableArray<MemberModel> Places,
    EquatableArray<MemberModel> Events,
    bool EventMembersOmitted = false);

/// <summary>The outcome of linking: the model to emit (null when nothing can be emitted) and the diagnostics.</summary>
internal sealed record LinkResult(EmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
